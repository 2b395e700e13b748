"""When stand and move nudges may fire: the schedule, workday, do-not-disturb and meetings."""

from __future__ import annotations

from datetime import timedelta

import pytest

from custom_components.backcare.options import parse_time

from .helpers import MONDAY, PRESENCE, SATURDAY, STAND_ONLY, Day, at


@pytest.mark.parametrize(
    ("clock", "date"),
    [("18:05", MONDAY), ("10:00", SATURDAY)],
    ids=["evening", "weekend"],
)
async def test_no_stand_or_move_nudge_outside_the_active_schedule(
    day: Day, clock: str, date: str
) -> None:
    await day.start(clock, date, core_enabled=False, stretch_min_seated_minutes=600)
    await day.set(PRESENCE, "on")
    start = at(clock, date)
    end = (start + timedelta(hours=2)).strftime("%H:%M")
    await day.travel(end, date)
    assert day.fired() == []
    assert day.sensor("next_nudge") != "unknown"  # the pace is still shown


async def test_a_nudge_due_before_the_active_hours_fires_when_they_start(
    day: Day,
) -> None:
    await day.start("07:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("08:01")
    assert day.fired() == [("08:00", "stand", 1)]


async def test_a_workday_sensor_decides_the_active_days(day: Day) -> None:
    await day.set("binary_sensor.workday", "on")
    await day.start(
        "10:00", SATURDAY, workday_entity="binary_sensor.workday", **STAND_ONLY
    )
    await day.set(PRESENCE, "on")
    await day.travel("10:31", SATURDAY)
    assert day.fired() == [("10:30", "stand", 1)]


async def test_do_not_disturb_defers_and_fires_at_once_when_it_ends(day: Day) -> None:
    await day.set("input_boolean.focus", "off")
    await day.start("09:00", dnd_entities=["input_boolean.focus"], **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:20")
    await day.set("input_boolean.focus", "on")
    await day.travel("09:45")
    assert day.fired() == []
    await day.set("input_boolean.focus", "off")
    assert day.fired() == [("09:45", "stand", 1)]


async def test_a_meeting_in_progress_defers_nudges(day: Day) -> None:
    await day.set("calendar.work", "on", message="Standup")
    await day.start("09:00", calendar_entities=["calendar.work"], **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:50")
    assert day.fired() == []
    await day.set("calendar.work", "off")
    assert day.fired() == [("09:50", "stand", 1)]


async def test_a_nudge_due_in_a_meeting_fires_before_it(day: Day) -> None:
    await day.set(
        "calendar.work",
        "off",
        message="Planning",
        all_day=False,
        start_time="2026-11-23 09:20:00",
        end_time="2026-11-23 10:30:00",
    )
    await day.start("09:00", calendar_entities=["calendar.work"], **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:15")
    assert day.fired() == [("09:10", "stand", 1)]


@pytest.mark.parametrize("value", ["25:99", "soon", None])
def test_a_schedule_time_that_is_no_time_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="not a time"):
        parse_time(value)
