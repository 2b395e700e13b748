"""Setting up, unloading and removing a workstation."""

from __future__ import annotations

from pathlib import Path

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.loader import async_get_integration
from pytest_homeassistant_custom_component.common import MockConfigEntry

import custom_components.backcare
from custom_components.backcare.const import DOMAIN


async def test_home_assistant_loads_the_repos_integration(hass: HomeAssistant) -> None:
    integration = await async_get_integration(hass, DOMAIN)
    repo_package = Path(custom_components.backcare.__file__).parent
    assert Path(integration.file_path) == repo_package
    assert Path(__file__).parents[1] / "custom_components" / "backcare" == repo_package


async def test_unload_stops_tracking(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED
    hass.states.async_set("binary_sensor.desk_presence", "on")
    await hass.async_block_till_done()
    assert hass.states.get("binary_sensor.office_desk_occupied").state == "unavailable"


async def test_removing_a_workstation_removes_its_device_entities_and_ledger(
    hass: HomeAssistant, entry: MockConfigEntry, hass_storage: dict[str, object]
) -> None:
    await hass.config_entries.async_unload(entry.entry_id)
    assert f"{DOMAIN}.{entry.entry_id}" in hass_storage
    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert f"{DOMAIN}.{entry.entry_id}" not in hass_storage
    assert dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id) == []
    assert er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id) == []
    assert hass.states.get("sensor.office_desk_seated_time_today") is None
