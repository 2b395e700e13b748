"""Setting up, unloading and removing a workstation."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.loader import async_get_integration
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

import custom_components.backcare
from custom_components.backcare.const import DOMAIN
from custom_components.backcare.engine.tracker import Tracker, TrackerSettings

from .conftest import travel, workstation_entry


async def test_home_assistant_loads_the_repos_integration(hass: HomeAssistant) -> None:
    integration = await async_get_integration(hass, DOMAIN)
    repo_package = Path(custom_components.backcare.__file__).parent
    assert Path(integration.file_path) == repo_package
    assert Path(__file__).parents[1] / "custom_components" / "backcare" == repo_package


async def test_setup_creates_one_service_device_with_its_entities(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    assert entry.state is ConfigEntryState.LOADED
    device = dr.async_get(hass).async_get_device_by_identifier(
        (DOMAIN, entry.entry_id), entry.entry_id
    )
    assert device is not None
    assert device.name == "Office desk"
    assert device.entry_type is dr.DeviceEntryType.SERVICE
    assert device.config_entry_id == entry.entry_id
    entity_ids = {
        entity.entity_id
        for entity in er.async_entries_for_config_entry(
            er.async_get(hass), entry.entry_id
        )
    }
    assert entity_ids == {
        "binary_sensor.office_desk_occupied",
        "sensor.office_desk_posture",
        "sensor.office_desk_seated_time_today",
        "sensor.office_desk_standing_time_today",
        "sensor.office_desk_sitting_bout",
        "sensor.office_desk_longest_sitting_bout_today",
        "sensor.office_desk_breaks_today",
        "sensor.office_desk_posture_changes_today",
        "sensor.office_desk_standing_ratio_today",
        "sensor.office_desk_last_break",
        "sensor.office_desk_nudge",
        "sensor.office_desk_next_nudge",
        "sensor.office_desk_nudges_today",
        "sensor.office_desk_nudge_compliance_today",
        "sensor.office_desk_goal_streak",
        "switch.office_desk_nudges",
        "button.office_desk_snooze",
    }


async def test_unload_stops_tracking(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED
    hass.states.async_set("binary_sensor.desk_presence", "on")
    await hass.async_block_till_done()
    assert hass.states.get("binary_sensor.office_desk_occupied").state == "unavailable"


async def test_removing_a_workstation_removes_its_device_and_ledger(
    hass: HomeAssistant, entry: MockConfigEntry, hass_storage: dict[str, object]
) -> None:
    await hass.config_entries.async_unload(entry.entry_id)
    assert f"{DOMAIN}.{entry.entry_id}" in hass_storage
    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert f"{DOMAIN}.{entry.entry_id}" not in hass_storage
    assert dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id) == []


async def test_home_assistant_stopping_writes_the_ledger(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,  # before the entry: its timers run on frozen time
    entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    hass.states.async_set("binary_sensor.desk_presence", "on")
    await hass.async_block_till_done()
    freezer.tick(timedelta(minutes=5))
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    saved = hass_storage[f"{DOMAIN}.{entry.entry_id}"]["data"]["tracker"]
    assert sum(day["sitting"] for day in saved["days"]) == 300


async def test_the_ledger_is_written_every_five_minutes_while_someone_sits(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,  # before the entry: its timers run on frozen time
    entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    start = dt_util.utcnow()
    hass.states.async_set("binary_sensor.desk_presence", "on")
    await hass.async_block_till_done()
    key = f"{DOMAIN}.{entry.entry_id}"
    for minutes in (6, 11):
        # The bout is shown every minute: that must not put the write off.
        await travel(hass, freezer, start + timedelta(minutes=minutes))
        saved = hass_storage[key]["data"]["tracker"]
        seated = sum(day["sitting"] for day in saved["days"])
        assert (minutes - 1) * 60 <= seated <= minutes * 60


async def test_a_source_that_loses_its_state_is_logged_once(
    hass: HomeAssistant, entry: MockConfigEntry, caplog: pytest.LogCaptureFixture
) -> None:
    for _ in range(3):
        hass.states.async_set("binary_sensor.desk_presence", "unavailable")
        hass.states.async_set("binary_sensor.chair", "unknown")
        hass.states.async_set("sensor.desk_height", "unavailable")
        await hass.async_block_till_done()
        hass.states.async_set("sensor.desk_height", "n/a")
        await hass.async_block_till_done()
    assert caplog.text.count("no presence source has a state") == 1
    assert caplog.text.count("has no usable height") == 1
    hass.states.async_set("binary_sensor.chair", "on")
    hass.states.async_set("sensor.desk_height", "72")
    await hass.async_block_till_done()
    assert caplog.text.count("tracking resumed") == 1
    assert caplog.text.count("reports a height again") == 1


async def test_an_unreadable_nudge_state_keeps_todays_totals(
    hass: HomeAssistant,
    desk_states: None,
    hass_storage: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry = workstation_entry()
    tracker = Tracker(
        TrackerSettings(timedelta(minutes=1), timedelta(minutes=2)),
        dt_util.get_default_time_zone(),
        dt_util.utcnow() - timedelta(minutes=30),
    )
    tracker.set_presence(dt_util.utcnow() - timedelta(minutes=30), True)
    tracker.advance(dt_util.utcnow())
    hass_storage[f"{DOMAIN}.{entry.entry_id}"] = {
        "version": 1,
        "minor_version": 1,
        "key": f"{DOMAIN}.{entry.entry_id}",
        "data": {"tracker": tracker.as_dict(), "nudging": {"planner": {"rotation": 7}}},
    }
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert "nudges start afresh" in caplog.text
    state = hass.states.get("sensor.office_desk_seated_time_today")
    assert state is not None
    assert float(state.state) == 30
