"""The workstation: its sources, its saved ledger and what it logs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.backcare.const import DOMAIN
from custom_components.backcare.engine.tracker import Tracker, TrackerSettings

from .conftest import workstation_entry


async def test_home_assistant_stopping_writes_the_ledger(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    hass.states.async_set("binary_sensor.desk_presence", "on")
    await hass.async_block_till_done()
    freezer.tick(timedelta(minutes=5))
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    saved = hass_storage[f"{DOMAIN}.{entry.entry_id}"]["data"]["tracker"]
    assert sum(day["sitting"] for day in saved["days"]) == 300


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
