"""Nudges over whole days: when each kind fires, escalates and resolves; auto-raise; the goal."""

from __future__ import annotations

from datetime import UTC

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import async_mock_service

from .helpers import HEIGHT, PRESENCE, STAND_ONLY, Day, at


async def test_stand_nudge_fires_at_the_limit_escalates_and_resolves_when_standing(
    day: Day,
) -> None:
    await day.start("08:59", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:01")
    assert day.sensor("next_nudge") == at("09:29").astimezone(UTC).isoformat()
    await day.travel("10:00")
    assert day.fired() == [
        ("09:29", "stand", 1),
        ("09:39", "stand", 2),
        ("09:49", "stand", 3),
    ]
    assert day.sensor("nudge") == "stand"
    assert day.sensor("nudges_today") == "3"
    event = day.nudges[0].data
    assert event["workstation"] == "Office desk"
    assert event["sitting_bout_minutes"] == 30
    assert event["exercise"]["key"].startswith("stand_")
    assert event["title"] == "Time to stand up"
    assert "Stand up and move" in event["message"]

    await day.set(HEIGHT, "110")
    await day.travel("10:02")
    assert day.how() == [("stand", "stood")]
    assert day.resolved[0].data["response_seconds"] == 31 * 60
    assert day.sensor("nudge") == "none"
    # Answered after 31 minutes: not within the 10-minute repeat interval.
    assert day.sensor("nudge_compliance_today") == "0.0"


async def test_a_quick_answer_counts_as_compliance(day: Day) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:30")
    await day.set(HEIGHT, "110")
    await day.travel("09:35")
    assert day.how() == [("stand", "stood")]
    assert day.sensor("nudge_compliance_today") == "100.0"
    state = day.hass.states.get("sensor.office_desk_nudge_compliance_today")
    assert state is not None
    assert state.attributes["median_response_seconds"] == 0


async def test_leaving_the_desk_resolves_as_left(day: Day) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    await day.set(PRESENCE, "off")
    await day.travel("09:40")
    assert day.how() == [("stand", "left")]
    assert day.fired() == [("09:30", "stand", 1)]


async def test_move_nudge_suggests_dynamic_exercises_and_a_break_resolves_it(
    day: Day,
) -> None:
    entry = await day.start("09:00", sit_limit_minutes=240, core_enabled=False)
    await day.set(PRESENCE, "on")
    await day.travel("10:01")
    assert day.fired() == [("10:00", "move", 1)]
    exercise = day.nudges[0].data["exercise"]
    assert exercise["key"] in {
        "bird_dog",
        "cat_cow",
        "dead_bug",
        "hip_hinge",
        "short_walk",
    } | {
        "open_book",
        "glute_bridge",
        "hip_circles",
    }
    assert 2 <= len(exercise["steps"]) <= 5
    await day.action(
        "start_break", device_id=day.nudges[0].data["device_id"], minutes=5
    )
    assert day.how() == [("move", "break")]
    assert day.sensor("breaks_today") == "1"
    assert day.sensor("sitting_bout") == "0.0"
    # The mobility timer starts again from the break.
    await day.travel("11:00")
    assert day.fired() == [("10:00", "move", 1)]
    await day.travel("11:02")
    assert day.fired() == [("10:00", "move", 1), ("11:01", "move", 1)]
    assert entry.runtime_data.nudging.planner.today.desk_nudges == 2


async def test_evening_stretch_after_a_long_seated_day_until_completed(
    day: Day,
) -> None:
    entry = await day.start("15:00", sit_limit_minutes=240, move_interval_minutes=480)
    await day.set(PRESENCE, "on")
    await day.travel("18:59")
    assert day.fired() == []
    await day.travel("19:01")
    assert day.fired() == [("19:00", "stretch", 1)]
    assert "hip" in day.nudges[0].data["message"].lower()
    await day.action("complete", config_entry_id=entry.entry_id, kind="stretch")
    assert day.how() == [("stretch", "done")]
    await day.travel("21:00")
    assert len(day.fired()) == 1


async def test_no_evening_stretch_after_a_short_seated_day(day: Day) -> None:
    await day.start("18:30", sit_limit_minutes=240)
    await day.set(PRESENCE, "on")
    await day.travel("20:00")
    assert day.fired() == []


async def test_morning_core_on_first_occupancy_expires_after_half_an_hour(
    day: Day,
) -> None:
    await day.start("04:30", sit_limit_minutes=240)
    await day.travel("05:30")
    assert day.fired() == []
    await day.set(PRESENCE, "on")
    assert day.fired() == [("05:30", "core", 1)]
    assert "breathing" in day.nudges[0].data["message"].lower()
    await day.travel("06:01")
    assert day.how() == [("core", "expired")]
    await day.set(PRESENCE, "off")
    await day.travel("07:00")
    await day.set(PRESENCE, "on")
    await day.travel("07:05")
    assert day.fired() == [("05:30", "core", 1)]


async def test_active_nudges_and_the_snooze_survive_a_reload(day: Day) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert await day.hass.config_entries.async_reload(entry.entry_id)
    await day.hass.async_block_till_done()
    assert day.sensor("nudge") == "stand"
    await day.travel("09:41")
    assert day.fired() == [("09:30", "stand", 1), ("09:40", "stand", 2)]


async def test_auto_raise_from_the_chosen_level(hass: HomeAssistant, day: Day) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    await day.start(
        "09:00",
        desk_entity="cover.desk",
        auto_raise=True,
        auto_raise_level=2,
        **STAND_ONLY,
    )
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert calls == []
    await day.travel("09:41")
    assert [call.data["position"] for call in calls] == [105]


async def test_auto_raise_never_moves_a_desk_that_is_moving(
    hass: HomeAssistant, day: Day
) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "closing", {"current_position": 20})
    await day.start(
        "09:00",
        desk_entity="cover.desk",
        auto_raise=True,
        auto_raise_level=1,
        **STAND_ONLY,
    )
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert calls == []


async def test_standing_goal_streak_over_a_week(day: Day) -> None:
    await day.start("09:00", standing_goal_minutes=60, **STAND_ONLY)
    for date in ("2026-11-23", "2026-11-24"):
        await day.travel("09:00", date)
        await day.set(PRESENCE, "on")
        await day.set(HEIGHT, "110")
        await day.travel("10:00", date)
        assert day.sensor("goal_streak") == ("1" if date.endswith("23") else "2")
        await day.set(PRESENCE, "off")
        await day.set(HEIGHT, "72")
    await day.travel("12:00", "2026-11-26")
    assert day.sensor("goal_streak") == "0"


async def test_move_nudge_comes_due_while_standing(day: Day) -> None:
    await day.start("09:00", sit_limit_minutes=240, core_enabled=False)
    await day.set(PRESENCE, "on")
    await day.travel("09:20")
    await day.set(HEIGHT, "110")
    await day.travel("10:01")
    assert day.fired() == [("10:00", "move", 1)]


async def test_evening_stretch_comes_at_its_time_while_away(day: Day) -> None:
    await day.start("15:00", sit_limit_minutes=240, move_interval_minutes=480)
    await day.set(PRESENCE, "on")
    await day.travel("17:30")
    await day.set(PRESENCE, "off")
    await day.travel("19:01")
    assert day.fired() == [("19:00", "stretch", 1)]
