"""Nudges people can trust: answers, restarts, stored state, phones, zones and breaks.

Each test is one fault a review reproduced through the public surface (flows, entities,
events, actions, phone button events); it fails on the code before the fix.
"""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import (
    async_mock_service,
)

from custom_components.backcare.const import DOMAIN

from .helpers import HEIGHT, PRESENCE, STAND_ONLY, Day, at, workstation_entry

NUDGES_SWITCH = "switch.office_desk_nudges"


def press(hass: HomeAssistant, action: str) -> None:
    hass.bus.async_fire("mobile_app_notification_action", {"action": action})


async def turn_nudges(day: Day, service: str) -> None:
    await day.hass.services.async_call(
        "switch", service, {"entity_id": NUDGES_SWITCH}, blocking=True
    )
    await day.hass.async_block_till_done()


# 1. Nudges off stay off across a reload and a restart.


async def test_nudges_turned_off_stay_off_across_a_reload(day: Day) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await turn_nudges(day, "turn_off")
    await day.travel("09:40")
    assert await day.hass.config_entries.async_reload(entry.entry_id)
    await day.hass.async_block_till_done()
    await day.travel("10:30")
    assert day.fired() == []
    assert day.hass.states.get(NUDGES_SWITCH).state == "off"


# 2. Done closes the nudge for this bout.


@pytest.mark.parametrize("answer", ["phone", "action"])
async def test_done_on_a_stand_nudge_while_still_sitting_closes_it_for_the_bout(
    day: Day, answer: str
) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    if answer == "phone":
        press(day.hass, f"BACKCARE_DONE_{entry.entry_id}")
        await day.hass.async_block_till_done()
    else:
        await day.action("complete", config_entry_id=entry.entry_id, kind="stand")
    assert day.how() == [("stand", "done")]
    await day.travel("10:00")
    assert day.fired() == [("09:30", "stand", 1)]
    # A full sit limit after the Done, and at level 1 again.
    await day.travel("10:02")
    assert day.fired() == [("09:30", "stand", 1), ("10:01", "stand", 1)]


async def test_completing_a_mobility_nudge_counts_the_break_it_asked_for(
    day: Day,
) -> None:
    entry = await day.start("09:00", sit_limit_minutes=240, core_enabled=False)
    await day.set(PRESENCE, "on")
    await day.travel("10:01")
    await day.action("complete", config_entry_id=entry.entry_id, kind="move")
    assert day.how() == [("move", "break")]
    assert day.sensor("breaks_today") == "1"
    await day.travel("10:30")
    assert day.fired() == [("10:00", "move", 1)]


# 3. An unreadable saved file does not keep the workstation from starting.


def saved_state(hass_storage: dict[str, Any], entry_id: str, data: Any) -> None:
    hass_storage[f"{DOMAIN}.{entry_id}"] = {
        "version": 1,
        "minor_version": 2,
        "key": f"{DOMAIN}.{entry_id}",
        "data": data,
    }


TODAY = {"day": "2026-11-23", "sitting": 1800.0, "breaks": 2}


@pytest.mark.parametrize(
    "tracker",
    [
        {"phase": "meditating", "days": [TODAY]},
        {"phase": "present", "held": "sitting", "bout": "long", "days": [TODAY]},
        {"days": [TODAY, {"day": "2026-11-22", "sitting": "lots"}]},
        ["a list", "where a mapping was"],
    ],
    ids=["unknown phase", "wrong type", "one bad day", "list"],
)
async def test_an_unreadable_saved_tracker_starts_afresh_keeping_what_it_can(
    hass: HomeAssistant,
    day: Day,
    hass_storage: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
    tracker: Any,
) -> None:
    entry = workstation_entry(**STAND_ONLY)
    saved_state(hass_storage, entry.entry_id, {"tracker": tracker, "nudging": []})
    day.freezer.move_to(at("09:00"))
    hass.states.async_set(PRESENCE, "on")
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert caplog.text.count("could not be read") == 2  # the tracker and the nudges
    expected = 30.0 if isinstance(tracker, dict) else 0.0
    assert float(day.sensor("seated_time_today")) == expected
    if isinstance(tracker, dict):
        assert day.sensor("breaks_today") == "2"
    # A fresh day from the current sources: sitting now, counted on.
    assert day.sensor("posture") == "sitting"
    await day.travel("09:31")
    assert float(day.sensor("seated_time_today")) == expected + 31  # read at 09:31
    assert day.fired() == [("09:30", "stand", 1)]


async def test_a_saved_file_that_is_not_a_mapping_starts_a_fresh_day(
    hass: HomeAssistant,
    day: Day,
    hass_storage: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry = workstation_entry()
    saved_state(hass_storage, entry.entry_id, ["not", "a", "mapping"])
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.LOADED
    assert "the saved state is not what backcare writes" in caplog.text


# 4. A removed phone does not silence the others.


async def test_a_removed_phone_is_a_repair_issue_and_the_others_still_get_the_nudge(
    hass: HomeAssistant, day: Day
) -> None:
    phone = async_mock_service(hass, "notify", "mobile_app_phone")
    entry = await day.start(
        "09:00",
        notify_services=["notify.mobile_app_old", "notify.mobile_app_phone"],
        **STAND_ONLY,
    )
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert [call.data["title"] for call in phone] == ["Time to stand up"]
    issue_id = f"missing_phone_{entry.entry_id}_mobile_app_old"
    issue = ir.async_get(hass).async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_placeholders == {
        "phone": "notify.mobile_app_old",
        "workstation": "Office desk",
    }
    # The phone comes back: the issue goes.
    async_mock_service(hass, "notify", "mobile_app_old")
    await day.travel("09:41")  # the repeat
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None
    assert len(phone) == 2


async def test_removing_a_phone_from_the_options_removes_its_issue(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start(
        "09:00", notify_services=["notify.mobile_app_old"], **STAND_ONLY
    )
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    issue_id = f"missing_phone_{entry.entry_id}_mobile_app_old"
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is not None
    hass.config_entries.async_update_entry(
        entry, options={**entry.options, "notify_services": []}
    )
    assert await hass.config_entries.async_reload(entry.entry_id)
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


# 5. A long restart ends the bout.


async def test_a_restart_longer_than_the_break_length_ends_the_sitting_bout(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:25")
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    # Home Assistant is down for an hour while the person is at lunch.
    day.freezer.move_to(at("10:25"))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await day.travel("10:54")
    assert day.fired() == []
    await day.travel("10:56")
    assert day.fired() == [("10:55", "stand", 1)]
    assert day.sensor("breaks_today") == "0"


# 6. Each notification's buttons act on their own nudge only.


async def test_an_old_notification_does_not_act_on_a_newer_nudge(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    first = day.nudges[-1].data["nudge_id"]
    # Stood up: the nudge is over; then a new bout and a new nudge.
    await day.set(HEIGHT, "110")
    await day.travel("09:35")
    await day.set(HEIGHT, "72")
    await day.travel("10:06")
    assert [kind for _, kind, _ in day.fired()] == ["stand", "stand"]
    second = day.nudges[-1].data["nudge_id"]
    assert second != first
    for verb in ("DONE", "SNOOZE"):
        press(hass, f"BACKCARE_{verb}_{entry.entry_id}_{first}")
        await hass.async_block_till_done()
    assert day.how() == [("stand", "stood")]
    assert day.sensor("nudge") == "stand"
    press(hass, f"BACKCARE_DONE_{entry.entry_id}_{second}")
    await hass.async_block_till_done()
    assert day.how() == [("stand", "stood"), ("stand", "done")]


async def test_done_on_one_notification_leaves_the_other_nudge_open(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00", sit_limit_minutes=20, move_interval_minutes=480)
    await day.set(PRESENCE, "on")
    await day.travel("09:21")  # the morning core at 09:00, then stand at 09:20
    kinds = {event.data["kind"]: event.data["nudge_id"] for event in day.nudges}
    assert set(kinds) == {"core", "stand"}
    press(hass, f"BACKCARE_DONE_{entry.entry_id}_{kinds['core']}")
    await hass.async_block_till_done()
    assert day.how() == [("core", "done")]
    assert day.sensor("nudge") == "stand"


# 7. A time-zone change moves every figure to the same day.


async def test_a_time_zone_change_keeps_the_tracker_and_the_nudges_on_one_day(
    hass: HomeAssistant, day: Day
) -> None:
    await day.start("22:00", **STAND_ONLY, active_start="00:00", active_end="23:59")
    await day.set(PRESENCE, "on")
    await day.travel("23:20")
    assert day.sensor("nudges_today") == "3"
    # 23:20 in Amsterdam is 07:20 of the next day in Tokyo.
    await hass.config.async_update(time_zone="Asia/Tokyo")
    await hass.async_block_till_done()
    assert day.sensor("seated_time_today") == "0.0"
    assert day.sensor("nudges_today") == "0"
    await day.travel("23:40")
    # Both count the new day from the change on.
    assert float(day.sensor("seated_time_today")) == 20.0
    assert day.sensor("nudges_today") == "0"


async def test_after_a_time_zone_change_the_schedule_opens_by_the_new_clock(
    hass: HomeAssistant, day: Day
) -> None:
    await day.start("06:00", **STAND_ONLY, active_start="08:00")
    await day.set(PRESENCE, "on")
    await day.travel("06:40")  # sat past the limit before the schedule opens
    # 06:40 in Amsterdam is 07:40 in Helsinki, whose 08:00 is Amsterdam's 07:00.
    await hass.config.async_update(time_zone="Europe/Helsinki")
    await hass.async_block_till_done()
    await day.travel("07:01")
    assert day.fired() == [("07:00", "stand", 1)]


# 10. One absence is one break.


async def test_a_break_started_while_away_is_not_counted_twice(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00")
    await day.set(PRESENCE, "on")
    await day.travel("09:30")
    await day.set(PRESENCE, "off")
    await day.travel("09:40")
    assert day.sensor("breaks_today") == "1"
    await day.action("start_break", config_entry_id=entry.entry_id)
    await day.travel("09:50")
    assert day.sensor("breaks_today") == "1"


# 11. Smaller faults.


async def test_turning_nudges_off_ends_the_nudge_showing(day: Day) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    await turn_nudges(day, "turn_off")
    assert day.how() == [("stand", "off")]
    assert day.sensor("nudge") == "none"


async def test_a_snooze_does_not_shorten_a_longer_break(day: Day) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.action("start_break", config_entry_id=entry.entry_id, minutes=60)
    await day.action("snooze", config_entry_id=entry.entry_id, minutes=5)
    await day.travel("09:59")
    assert day.fired() == []
    await day.travel("10:01")
    assert day.fired() == [("10:00", "stand", 1)]


async def test_downloading_diagnostics_changes_nothing(
    hass: HomeAssistant, day: Day
) -> None:
    from custom_components.backcare.diagnostics import (
        async_get_config_entry_diagnostics,
    )

    entry = await day.start("09:00")
    await day.set(PRESENCE, "on")
    await day.travel("09:10")
    day.freezer.move_to(at("09:10:30"))
    before = entry.runtime_data.tracker.as_dict()
    await async_get_config_entry_diagnostics(hass, entry)
    assert entry.runtime_data.tracker.as_dict() == before


async def test_a_failed_platform_setup_leaves_no_listener_behind(
    hass: HomeAssistant, day: Day
) -> None:
    def footprint() -> tuple[int, int]:
        timers = sum(1 for timer in hass.loop._scheduled if not timer.cancelled())  # type: ignore[attr-defined]
        return sum(hass.bus.async_listeners().values()), timers

    entry = workstation_entry()
    entry.add_to_hass(hass)
    with patch.object(
        hass.config_entries,
        "async_forward_entry_setups",
        side_effect=RuntimeError("a platform failed"),
    ):
        assert not await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        assert entry.state is ConfigEntryState.SETUP_ERROR
        after_one = footprint()
        for _ in range(3):
            await hass.config_entries.async_reload(entry.entry_id)
            await hass.async_block_till_done()
        assert entry.state is ConfigEntryState.SETUP_ERROR
        assert footprint() == after_one
