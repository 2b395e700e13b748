"""The nudges switch."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from homeassistant.core import HomeAssistant, State
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    mock_restore_cache,
)

from custom_components.backcare.const import DOMAIN
from custom_components.backcare.engine.nudges import NudgePlanner
from custom_components.backcare.engine.tracker import Tracker, TrackerSettings
from custom_components.backcare.options import WorkstationOptions

from .helpers import PRESENCE, STAND_ONLY, ZONE, Day, at, workstation_entry

NUDGES_SWITCH = "switch.office_desk_nudges"


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


async def test_nudges_turned_off_before_an_upgrade_stay_off(
    hass: HomeAssistant,
    day: Day,
    hass_storage: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Saved by an older backcare, which left the switch to Home Assistant's memory."""
    entry = workstation_with_registered_switch(hass)
    mock_restore_cache(hass, [State(NUDGES_SWITCH, "off")])
    # Forty minutes into a bout when it stopped: a stand nudge is overdue.
    tracker = Tracker(
        TrackerSettings(timedelta(minutes=1), timedelta(minutes=2)), ZONE, at("09:00")
    )
    tracker.set_presence(at("09:00"), True)
    tracker.advance(at("09:40"))
    hass_storage[f"{DOMAIN}.{entry.entry_id}"] = {
        "version": 1,
        "minor_version": 1,
        "key": f"{DOMAIN}.{entry.entry_id}",
        "data": {
            "tracker": tracker.as_dict(),
            "nudging": {
                "planner": NudgePlanner(
                    WorkstationOptions.parse(entry.options).nudges
                ).as_dict(),
                "goal": {
                    "goal_minutes": 120,
                    "streak": 0,
                    "closed_through": None,
                    "active_days": [],
                },
            },
        },
    }
    hass.states.async_set(PRESENCE, "on")
    day.freezer.move_to(at("09:40"))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await day.travel("10:30")
    assert day.fired() == []
    assert hass.states.get(NUDGES_SWITCH).state == "off"
    assert "could not be read" not in caplog.text


def workstation_with_registered_switch(hass: HomeAssistant) -> MockConfigEntry:
    """The Office desk, known to Home Assistant from before, with its Nudges switch."""
    entry = workstation_entry(**STAND_ONLY)
    entry.add_to_hass(hass)
    er.async_get(hass).async_get_or_create(
        "switch",
        DOMAIN,
        f"{entry.entry_id}_nudges",
        config_entry=entry,
        suggested_object_id="office_desk_nudges",
    )
    return entry
