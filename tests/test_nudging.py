"""Nudges over whole days: when they fire, what defers them, how they resolve and deliver."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant, ServiceCall, State
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_mock_service,
    mock_restore_cache,
)

from .conftest import CHAIR, HEIGHT, PRESENCE, travel, workstation_entry

ZONE = ZoneInfo("Europe/Amsterdam")
MONDAY = "2026-11-23"
SATURDAY = "2026-11-28"


def at(clock: str, day: str = MONDAY) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZONE)


class Day:
    """A day at the desk: the clock, the sources, and what backcare said."""

    def __init__(self, hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
        self.hass = hass
        self.freezer = freezer
        self.nudges = async_capture_events(hass, "backcare_nudge")
        self.resolved = async_capture_events(hass, "backcare_nudge_resolved")
        self.entry: MockConfigEntry | None = None

    async def start(
        self, clock: str, day: str = MONDAY, **options: Any
    ) -> MockConfigEntry:
        self.freezer.move_to(at(clock, day))
        self.entry = workstation_entry(**options)
        self.entry.add_to_hass(self.hass)
        assert await self.hass.config_entries.async_setup(self.entry.entry_id)
        await self.hass.async_block_till_done()
        return self.entry

    async def travel(self, clock: str, day: str = MONDAY) -> None:
        await travel(self.hass, self.freezer, at(clock, day))

    async def set(self, entity_id: str, state: str, **attributes: Any) -> None:
        self.hass.states.async_set(entity_id, state, attributes)
        await self.hass.async_block_till_done()

    async def action(self, name: str, **data: Any) -> None:
        await self.hass.services.async_call("backcare", name, data, blocking=True)
        await self.hass.async_block_till_done()

    def fired(self) -> list[tuple[str, str, int]]:
        """(local time, kind, level) of each nudge so far."""
        return [
            (
                event.time_fired.astimezone(ZONE).strftime("%H:%M"),
                event.data["kind"],
                event.data["level"],
            )
            for event in self.nudges
        ]

    def how(self) -> list[tuple[str, str]]:
        return [(event.data["kind"], event.data["how"]) for event in self.resolved]

    def sensor(self, key: str) -> str:
        state = self.hass.states.get(f"sensor.office_desk_{key}")
        assert state is not None
        return state.state


@pytest.fixture
async def day(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, desk_states: None
) -> Day:
    await hass.config.async_set_time_zone("Europe/Amsterdam")
    return Day(hass, freezer)


# Only the stand nudge, for tests about it.
STAND_ONLY = {"move_interval_minutes": 480, "core_enabled": False}


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


async def test_snooze_defers_every_nudge_and_the_next_one_escalates(day: Day) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    await day.action("snooze", config_entry_id=entry.entry_id, minutes=20)
    assert day.how() == [("stand", "snoozed")]
    await day.travel("09:50")
    assert day.fired() == [("09:30", "stand", 1)]
    await day.travel("09:52")
    assert day.fired() == [("09:30", "stand", 1), ("09:51", "stand", 2)]


async def test_snooze_button_uses_fifteen_minutes(day: Day) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    await day.hass.services.async_call(
        "button", "press", {"entity_id": "button.office_desk_snooze"}, blocking=True
    )
    await day.travel("09:50")
    assert day.fired() == [("09:30", "stand", 1), ("09:46", "stand", 2)]


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


async def test_nudges_switch_turns_every_nudge_off(day: Day) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.hass.services.async_call(
        "switch", "turn_off", {"entity_id": "switch.office_desk_nudges"}, blocking=True
    )
    await day.set(PRESENCE, "on")
    await day.travel("10:00")
    assert day.fired() == []
    assert day.sensor("next_nudge") == "unknown"
    await day.hass.services.async_call(
        "switch", "turn_on", {"entity_id": "switch.office_desk_nudges"}, blocking=True
    )
    assert day.fired() == [("10:00", "stand", 1)]


async def test_nudges_switch_is_restored_after_a_restart(
    hass: HomeAssistant, day: Day
) -> None:
    mock_restore_cache(hass, [State("switch.office_desk_nudges", "off")])
    await day.start("09:00", **STAND_ONLY)
    state = hass.states.get("switch.office_desk_nudges")
    assert state is not None
    assert state.state == "off"
    await day.set(PRESENCE, "on")
    await day.travel("10:00")
    assert day.fired() == []


async def test_active_nudges_and_the_snooze_survive_a_reload(day: Day) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert await day.hass.config_entries.async_reload(entry.entry_id)
    await day.hass.async_block_till_done()
    assert day.sensor("nudge") == "stand"
    await day.travel("09:41")
    assert day.fired() == [("09:30", "stand", 1), ("09:40", "stand", 2)]


async def test_phone_notification_with_buttons_replaced_and_cleared(
    hass: HomeAssistant, day: Day
) -> None:
    calls = async_mock_service(hass, "notify", "mobile_app_phone")
    entry = await day.start(
        "09:00",
        notify_services=["notify.mobile_app_phone"],
        desk_entity="cover.desk",
        **STAND_ONLY,
    )
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert len(calls) == 1
    data = calls[0].data
    assert data["title"] == "Time to stand up"
    assert data["data"]["tag"] == f"backcare_{entry.entry_id}"
    assert [action["action"] for action in data["data"]["actions"]] == [
        f"BACKCARE_SNOOZE_{entry.entry_id}",
        f"BACKCARE_RAISE_{entry.entry_id}",
        f"BACKCARE_DONE_{entry.entry_id}",
    ]
    await day.set(HEIGHT, "110")
    await day.travel("09:34")
    assert calls[-1].data == {
        "message": "clear_notification",
        "data": {"tag": f"backcare_{entry.entry_id}"},
    }


async def test_notification_buttons_act_on_their_own_workstation_only(
    hass: HomeAssistant, day: Day
) -> None:
    other = MockConfigEntry(domain="backcare", title="Other desk")
    other.add_to_hass(hass)
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    for forged in (
        f"BACKCARE_SNOOZE_{other.entry_id}",
        "BACKCARE_SNOOZE_01NOTANENTRY",
        f"BACKCARE_EXPLODE_{entry.entry_id}",
        "SOMETHING_ELSE",
        None,
    ):
        hass.bus.async_fire("mobile_app_notification_action", {"action": forged})
        await hass.async_block_till_done()
    assert day.how() == []
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"BACKCARE_SNOOZE_{entry.entry_id}"},
    )
    await hass.async_block_till_done()
    assert day.how() == [("stand", "snoozed")]


async def test_done_button_counts_a_mobility_break(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00", sit_limit_minutes=240, core_enabled=False)
    await day.set(PRESENCE, "on")
    await day.travel("10:01")
    hass.bus.async_fire(
        "mobile_app_notification_action", {"action": f"BACKCARE_DONE_{entry.entry_id}"}
    )
    await hass.async_block_till_done()
    assert day.how() == [("move", "break")]
    assert day.sensor("breaks_today") == "1"


@pytest.mark.parametrize(
    ("desk", "service", "expected"),
    [
        (
            {
                "desk_entity": "cover.desk",
                "desk_stand_height": 80,
                "desk_sit_height": 20,
            },
            "cover.set_cover_position",
            {"entity_id": "cover.desk", "position": 80},
        ),
        (
            {"desk_entity": "number.desk_height"},
            "number.set_value",
            {"entity_id": "number.desk_height", "value": 105.0},
        ),
        (
            {
                "desk_stand_button": "input_button.desk_stand",
                "desk_sit_button": "input_button.desk_sit",
            },
            "input_button.press",
            {"entity_id": "input_button.desk_stand"},
        ),
    ],
    ids=["cover", "number", "preset-button"],
)
async def test_raise_desk_moves_each_kind_of_desk(
    hass: HomeAssistant,
    day: Day,
    desk: dict[str, Any],
    service: str,
    expected: dict[str, Any],
) -> None:
    domain, name = service.split(".")
    calls: list[ServiceCall] = async_mock_service(hass, domain, name)
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    entry = await day.start("09:00", **desk)
    await day.set(PRESENCE, "on")
    await day.action("raise_desk", config_entry_id=entry.entry_id)
    assert [call.data for call in calls] == [expected]


async def test_desk_is_never_moved_while_away_off_schedule_or_moving(
    hass: HomeAssistant, day: Day
) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    entry = await day.start("09:00", desk_entity="cover.desk")
    with pytest.raises(ServiceValidationError) as err:
        await day.action("raise_desk", config_entry_id=entry.entry_id)
    assert err.value.translation_key == "desk_unoccupied"
    await day.set(PRESENCE, "on")
    hass.states.async_set("cover.desk", "opening", {"current_position": 40})
    with pytest.raises(ServiceValidationError) as err:
        await day.action("lower_desk", config_entry_id=entry.entry_id)
    assert err.value.translation_key == "desk_moving"
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    await day.travel("18:01")
    with pytest.raises(ServiceValidationError) as err:
        await day.action("raise_desk", config_entry_id=entry.entry_id)
    assert err.value.translation_key == "desk_off_schedule"
    assert calls == []


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


async def test_actions_refuse_bad_targets_and_impossible_requests(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00")
    with pytest.raises(ServiceValidationError) as err:
        await day.action("raise_desk", config_entry_id=entry.entry_id)
    assert err.value.translation_key == "no_desk"
    with pytest.raises(ServiceValidationError) as err:
        await day.action(
            "set_posture", config_entry_id=entry.entry_id, posture="standing"
        )
    assert err.value.translation_key == "posture_source_present"
    with pytest.raises(ServiceValidationError) as err:
        await day.action("snooze", device_id="not-a-device")
    assert err.value.translation_key == "unknown_workstation"
    with pytest.raises(ServiceValidationError):
        await day.action("snooze", config_entry_id="not-an-entry")
    with pytest.raises(Exception, match="kind"):
        await day.action("complete", config_entry_id=entry.entry_id, kind="jump")
    with pytest.raises(Exception, match="minutes"):
        await day.action("snooze", config_entry_id=entry.entry_id, minutes=-5)
    assert day.sensor("seated_time_today") == "0.0"


async def test_manual_posture_for_a_workstation_without_posture_source(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00", height_entity=None, standing_height=None)
    await day.set(CHAIR, "on")
    assert day.sensor("posture") == "sitting"
    await day.action("set_posture", config_entry_id=entry.entry_id, posture="standing")
    assert day.sensor("posture") == "standing"
    await day.travel("09:10")
    await day.action("set_posture", posture="sitting")
    assert day.sensor("posture") == "sitting"
    assert float(day.sensor("standing_time_today")) == 10


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
