"""Guided routines in Home Assistant: the step sensor, the events, stop, restart, unload."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import Unauthorized
from homeassistant.util import dt as dt_util
from homeassistant.util.async_ import get_scheduled_timer_handles
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_mock_service,
)

from custom_components.backcare.compat import probatio
from custom_components.backcare.engine.routines import EVENING, core_routine

from .bench.clock import fire_due
from .helpers import PRESENCE, STAND_ONLY, Day, workstation_device

SENSOR = "sensor.office_desk_routine_step"
STEP = "backcare_routine_step"
FINISHED = "backcare_routine_finished"


async def tick(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, to: datetime
) -> None:
    """Move the clock to `to` and run the timers due by then (and those they set)."""
    freezer.move_to(to)
    fire_due(hass, to)
    await hass.async_block_till_done()


async def start(hass: HomeAssistant, routine: str, **target: Any) -> None:
    await hass.services.async_call(
        "backcare", "start_routine", {"routine": routine, **target}, blocking=True
    )
    await hass.async_block_till_done()


def attributes(hass: HomeAssistant) -> dict[str, Any]:
    state = hass.states.get(SENSOR)
    assert state is not None
    return dict(state.attributes)


async def test_an_evening_routine_runs_step_by_step_at_each_exact_second(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    entry: MockConfigEntry,
) -> None:
    steps = async_capture_events(hass, STEP)
    finished = async_capture_events(hass, FINISHED)
    device = workstation_device(hass, entry)
    assert hass.states.get(SENSOR).state == "No routine"
    started = dt_util.utcnow()
    await start(hass, "evening", device_id=device.id)

    offset = 0
    for number, step in enumerate(EVENING, start=1):
        at = started + timedelta(seconds=offset)
        if number > 1:
            # A second early, the step before is still shown.
            await tick(hass, midday, at - timedelta(seconds=1))
            assert len(steps) == number - 1
        await tick(hass, midday, at)
        assert len(steps) == number
        event = steps[-1].data
        assert event["step"] == number
        assert event["total"] == len(EVENING) == 11
        assert event["exercise"] == step.exercise.key
        assert event["seconds"] == step.seconds
        assert event["side"] == (step.side.value if step.side else None)
        assert event["routine"] == "evening"
        assert event["device_id"] == device.id
        assert event["entry_id"] == entry.entry_id
        assert event["instruction"].startswith(event["name"])
        shown = attributes(hass)
        assert shown["step"] == number
        assert shown["total"] == 11
        assert shown["remaining_seconds"] == step.seconds
        assert shown["ends_at"] == (at + timedelta(seconds=step.seconds)).isoformat()
        assert shown["exercise"] == step.exercise.key
        assert hass.states.get(SENSOR).state.startswith(event["name"])
        offset += step.seconds

    assert steps[1].data["side"] == "left"
    assert hass.states.get(SENSOR).state == "Foam rolling"
    assert "Hold for 30 seconds" in steps[1].data["instruction"]
    assert steps[1].data["instruction"].startswith("Hip-flexor stretch, left side. ")
    assert finished == []
    await tick(hass, midday, started + timedelta(seconds=offset))
    assert [event.data["result"] for event in finished] == ["completed"]
    assert finished[0].data["routine"] == "evening"
    assert hass.states.get(SENSOR).state == "No routine"
    assert attributes(hass)["step"] is None
    await tick(hass, midday, started + timedelta(seconds=offset + 600))
    assert len(steps) == 11
    assert len(finished) == 1


async def test_the_sensor_is_written_once_per_step_not_every_second(
    hass: HomeAssistant, midday: FrozenDateTimeFactory, entry: MockConfigEntry
) -> None:
    writes = async_capture_events(hass, "state_changed")
    started = dt_util.utcnow()
    await start(hass, "core")
    for second in range(1, 100):
        await tick(hass, midday, started + timedelta(seconds=second))
    routine_writes = [event for event in writes if event.data["entity_id"] == SENSOR]
    # Breathing, then pelvic tilts from 60 s on.
    assert [event.data["new_state"].attributes["step"] for event in routine_writes] == [
        1,
        2,
    ]


async def test_stop_ends_the_routine_and_nothing_more_is_said(
    hass: HomeAssistant, midday: FrozenDateTimeFactory, entry: MockConfigEntry
) -> None:
    steps = async_capture_events(hass, STEP)
    finished = async_capture_events(hass, FINISHED)
    started = dt_util.utcnow()
    await start(hass, "mobility", config_entry_id=entry.entry_id)
    await tick(hass, midday, started + timedelta(seconds=55))
    await hass.services.async_call(
        "backcare", "stop_routine", {"config_entry_id": entry.entry_id}, blocking=True
    )
    await hass.async_block_till_done()
    assert [event.data["result"] for event in finished] == ["stopped"]
    assert hass.states.get(SENSOR).state == "No routine"
    await tick(hass, midday, started + timedelta(minutes=10))
    assert len(steps) == 2
    assert len(finished) == 1
    # Stopping again, with nothing running, does nothing.
    await hass.services.async_call("backcare", "stop_routine", {}, blocking=True)
    assert len(finished) == 1


async def test_a_second_start_restarts_the_routine_instead_of_doubling_it(
    hass: HomeAssistant, midday: FrozenDateTimeFactory, entry: MockConfigEntry
) -> None:
    steps = async_capture_events(hass, STEP)
    finished = async_capture_events(hass, FINISHED)
    first = dt_util.utcnow()
    await start(hass, "core")
    await tick(hass, midday, first + timedelta(seconds=30))
    await start(hass, "core")
    assert [event.data["result"] for event in finished] == ["stopped"]
    assert [event.data["step"] for event in steps] == [1, 1]
    # The first run's second step would have come at 60 s: only the new run's, at 90 s.
    await tick(hass, midday, first + timedelta(seconds=60))
    assert [event.data["step"] for event in steps] == [1, 1]
    await tick(hass, midday, first + timedelta(seconds=90))
    assert [event.data["step"] for event in steps] == [1, 1, 2]
    await tick(hass, midday, first + timedelta(seconds=130))
    assert [event.data["result"] for event in finished] == ["stopped", "completed"]
    await tick(hass, midday, first + timedelta(minutes=10))
    assert len(steps) == 3
    assert len(finished) == 2


@pytest.mark.parametrize("how", ["unload", "reload"])
async def test_a_restart_mid_routine_leaves_no_timer_and_does_not_resume(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    entry: MockConfigEntry,
    how: str,
) -> None:
    steps = async_capture_events(hass, STEP)
    finished = async_capture_events(hass, FINISHED)
    started = dt_util.utcnow()
    await start(hass, "evening")
    await tick(hass, midday, started + timedelta(seconds=70))
    if how == "unload":
        assert await hass.config_entries.async_unload(entry.entry_id)
    else:
        assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert routine_timers(hass) == 0
    await tick(hass, midday, started + timedelta(minutes=15))
    # Silently: no step, no end, no storm of the steps missed.
    assert len(steps) == 2
    assert finished == []
    if how == "reload":
        assert hass.states.get(SENSOR).state == "No routine"


async def test_finishing_the_evening_routine_completes_the_stretch_nudge(
    day: Day,
) -> None:
    entry = await day.start("15:00", sit_limit_minutes=240, move_interval_minutes=480)
    await day.set(PRESENCE, "on")
    await day.travel("19:01")
    assert day.fired() == [("19:00", "stretch", 1)]
    finished = async_capture_events(day.hass, FINISHED)
    await day.action("start_routine", routine="evening")
    run = entry.runtime_data.routine.player.run
    assert run is not None
    await tick(day.hass, day.freezer, run.ends - timedelta(seconds=1))
    assert day.how() == []
    await tick(day.hass, day.freezer, run.ends)
    assert [event.data["result"] for event in finished] == ["completed"]
    assert day.how() == [("stretch", "done")]


async def test_a_stopped_routine_leaves_its_nudge_open(day: Day) -> None:
    await day.start("15:00", sit_limit_minutes=240, move_interval_minutes=480)
    await day.set(PRESENCE, "on")
    await day.travel("19:01")
    await day.action("start_routine", routine="evening")
    await day.action("stop_routine")
    await day.travel("19:30")
    assert day.how() == []


async def test_a_routine_without_its_nudge_open_answers_nothing(
    hass: HomeAssistant, midday: FrozenDateTimeFactory, entry: MockConfigEntry
) -> None:
    resolved = async_capture_events(hass, "backcare_nudge_resolved")
    started = dt_util.utcnow()
    await start(hass, "core")
    await tick(hass, midday, started + timedelta(seconds=100))
    assert resolved == []


async def test_the_routine_speaks_home_assistant_s_language(
    hass: HomeAssistant, midday: FrozenDateTimeFactory, entry: MockConfigEntry
) -> None:
    steps = async_capture_events(hass, STEP)
    await hass.config.async_update(language="de")
    await start(hass, "core")
    assert steps[0].data["name"] == "Bauchatmung"
    assert "60 Sekunden" in steps[0].data["instruction"]
    assert hass.states.get(SENSOR).state == "Bauchatmung"
    await hass.config.async_update(language="fr")
    await hass.async_block_till_done()
    assert hass.states.get(SENSOR).state == "Respiration abdominale"


async def test_the_core_routine_runs_at_the_workstation_s_core_level(
    hass: HomeAssistant, midday: FrozenDateTimeFactory, entry: MockConfigEntry
) -> None:
    steps = async_capture_events(hass, STEP)
    await start(hass, "core")
    assert hass.states.get("sensor.office_desk_core_level").state == "1"
    assert steps[-1].data["total"] == len(core_routine(1)) == 2
    # As after a week of core sessions (tests/test_progression.py): level 3.
    entry.runtime_data.nudging.progress.core.level = 3
    await start(hass, "core")
    assert steps[-1].data["step"] == 1
    assert steps[-1].data["total"] == len(core_routine(3)) == 6


async def test_an_unknown_routine_is_refused(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    with pytest.raises(probatio.Invalid):
        await hass.services.async_call(
            "backcare", "start_routine", {"routine": "yoga"}, blocking=True
        )


async def test_only_users_who_control_the_workstation_start_a_routine(
    hass: HomeAssistant, entry: MockConfigEntry, hass_read_only_user: Any
) -> None:
    with pytest.raises(Unauthorized):
        await hass.services.async_call(
            "backcare",
            "start_routine",
            {"routine": "core"},
            blocking=True,
            context=Context(user_id=hass_read_only_user.id),
        )
    assert entry.runtime_data.routine.player.run is None


@pytest.mark.parametrize(
    ("language", "title"), [("en", "Start routine"), ("de", "Routine starten")]
)
async def test_the_stretch_notification_starts_the_evening_routine(
    hass: HomeAssistant, day: Day, language: str, title: str
) -> None:
    calls = async_mock_service(hass, "notify", "mobile_app_phone")
    await hass.config.async_update(language=language)
    entry = await day.start(
        "15:00",
        sit_limit_minutes=240,
        move_interval_minutes=480,
        notify_services=["notify.mobile_app_phone"],
        desk_entity="cover.desk",
    )
    await day.set(PRESENCE, "on")
    await day.travel("19:01")
    (nudge,) = day.nudges
    nudge_id = nudge.data["nudge_id"]
    actions = calls[-1].data["data"]["actions"]
    # Three buttons, as Android shows: the routine's instead of the desk's.
    assert actions[1] == {
        "action": f"BACKCARE_ROUTINE_{entry.entry_id}_{nudge_id}",
        "title": title,
    }
    assert len(actions) == 3
    steps = async_capture_events(hass, STEP)
    hass.bus.async_fire(
        "mobile_app_notification_action", {"action": actions[1]["action"]}
    )
    await hass.async_block_till_done()
    assert [event.data["routine"] for event in steps] == ["evening"]
    run = entry.runtime_data.routine.player.run
    assert run is not None
    await tick(hass, day.freezer, run.ends)
    assert day.how() == [("stretch", "done")]
    # The nudge is over: its notification's button starts nothing any more.
    hass.bus.async_fire(
        "mobile_app_notification_action", {"action": actions[1]["action"]}
    )
    await hass.async_block_till_done()
    assert entry.runtime_data.routine.player.run is None


async def test_the_stand_notification_keeps_its_desk_button(
    hass: HomeAssistant, day: Day
) -> None:
    calls = async_mock_service(hass, "notify", "mobile_app_phone")
    await day.start(
        "09:00",
        notify_services=["notify.mobile_app_phone"],
        desk_entity="cover.desk",
        **STAND_ONLY,
    )
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    verbs = [a["action"].split("_")[1] for a in calls[-1].data["data"]["actions"]]
    assert verbs == ["SNOOZE", "RAISE", "DONE"]


def routine_timers(hass: HomeAssistant) -> int:
    return sum(
        "backcare routine step" in repr(handle)
        for handle in get_scheduled_timer_handles(hass.loop)
        if not handle.cancelled()
    )


async def test_one_timer_at_a_time_and_none_once_it_ends(
    hass: HomeAssistant, midday: FrozenDateTimeFactory, entry: MockConfigEntry
) -> None:
    started = dt_util.utcnow()
    await start(hass, "evening")
    assert routine_timers(hass) == 1
    await start(hass, "evening")
    assert routine_timers(hass) == 1
    await tick(hass, midday, started + timedelta(seconds=61))
    assert routine_timers(hass) == 1
    await hass.services.async_call("backcare", "stop_routine", {}, blocking=True)
    assert routine_timers(hass) == 0
