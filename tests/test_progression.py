"""The core level, today's exercises and the exercise streak, over days and restarts."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.backcare.engine.progression import UP_DAYS
from custom_components.backcare.engine.routines import Routine

from .helpers import PRESENCE, Day, at

# Only the morning core and the evening stretch: no stand or move nudges in between.
CORE_ONLY = {"sit_limit_minutes": 240, "move_interval_minutes": 480}
WEEK = ("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27")


async def _restart_at(
    hass: HomeAssistant, day: Day, entry: MockConfigEntry, clock: str, date: str
) -> None:
    """Stop Home Assistant, and start it again at `clock` on `date`."""
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    day.freezer.move_to(at(clock, date))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


def _figures(day: Day) -> tuple[str, str, str]:
    return (
        day.sensor("core_level"),
        day.sensor("routines_completed_today"),
        day.sensor("exercise_streak"),
    )


async def _morning_core_done(day: Day, entry: MockConfigEntry, date: str) -> None:
    await day.set(PRESENCE, "on")
    await day.travel("05:32", date)
    assert day.fired()[-1][1] == "core"
    await day.action("complete", config_entry_id=entry.entry_id, kind="core")
    await day.set(PRESENCE, "off")


async def test_a_week_of_core_sessions_moves_the_level_up_and_a_lapse_down(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("05:00", **CORE_ONLY)
    assert _figures(day) == ("1", "0", "0")
    for number, date in enumerate(WEEK, start=1):
        await _restart_at(hass, day, entry, "05:29", date)
        await _morning_core_done(day, entry, date)
        assert _figures(day) == ("2" if number == 5 else "1", "1", str(number))
        level = day.hass.states.get("sensor.office_desk_core_level")
        assert level.attributes["sessions_to_level_up"] == (
            UP_DAYS if number == 5 else UP_DAYS - number
        )

    # Saturday, nothing done yet: the run up to yesterday stands, today is at zero.
    await _restart_at(hass, day, entry, "09:00", "2026-11-28")
    assert _figures(day) == ("2", "0", "5")
    # Sunday: a whole day without any, the streak is over; the level stays a while.
    await day.travel("00:01", "2026-11-30")
    assert _figures(day) == ("2", "0", "0")
    # Seven whole days without a session after Friday: down a level at midnight.
    await _restart_at(hass, day, entry, "23:58", "2026-12-04")
    assert day.sensor("core_level") == "2"
    await day.travel("00:01", "2026-12-05")
    assert day.sensor("core_level") == "1"


async def test_exercise_nudges_done_count_and_posture_nudges_do_not(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("15:00", sit_limit_minutes=30, move_interval_minutes=480)
    await day.set(PRESENCE, "on")
    await day.travel("15:31")
    assert day.fired() == [("15:30", "stand", 1)]
    await day.action("complete", config_entry_id=entry.entry_id, kind="stand")
    assert day.how() == [("stand", "done")]
    assert _figures(day) == ("1", "0", "0")
    await day.travel("19:01")
    assert day.fired()[-1] == ("19:00", "stretch", 1)
    await day.action("complete", config_entry_id=entry.entry_id, kind="stretch")
    assert _figures(day) == ("1", "1", "1")


async def test_a_routine_completed_counts_once_with_the_nudge_it_completes(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("05:00", **CORE_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("05:10")
    assert day.fired() == [("05:00", "core", 1)]
    workstation = entry.runtime_data
    workstation.routine_completed(Routine.CORE)
    await hass.async_block_till_done()
    assert day.how() == [("core", "done")]
    assert _figures(day) == ("1", "1", "1")
    assert workstation.nudging.progress.core.session_days == [at("05:10").date()]
    # A routine without a nudge showing counts too.
    workstation.routine_completed(Routine.MOBILITY)
    await hass.async_block_till_done()
    assert _figures(day) == ("1", "2", "1")
    # ...and is kept across a restart.
    await _restart_at(hass, day, entry, "06:00", WEEK[0])
    assert _figures(day) == ("1", "2", "1")


async def test_an_unreadable_saved_progress_starts_afresh_and_the_rest_carries_on(
    hass: HomeAssistant, day: Day, hass_storage: dict
) -> None:
    entry = await day.start("05:00", **CORE_ONLY)
    await _morning_core_done(day, entry, WEEK[0])
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    saved = hass_storage[f"backcare.{entry.entry_id}"]["data"]
    saved["progress"] = {"core": {"level": "high"}}
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert _figures(day) == ("1", "0", "0")
    # Today's nudges are still known.
    assert day.sensor("nudges_today") == "1"
