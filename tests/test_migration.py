"""Config entries of older versions are brought up to date at setup."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.backcare.const import CONF_PRESET, DOMAIN

from .conftest import workstation_entry


def old_entry(version: int, minor_version: int, **options: object) -> MockConfigEntry:
    """A workstation entry as an earlier (or later) version of backcare wrote it."""
    entry = workstation_entry(**options)
    return MockConfigEntry(
        domain=DOMAIN,
        title=entry.title,
        data={},
        options=dict(entry.options),
        version=version,
        minor_version=minor_version,
    )


async def test_the_old_20_8_2_preset_becomes_cornell(
    hass: HomeAssistant, desk_states: None
) -> None:
    entry = old_entry(1, 1, **{CONF_PRESET: "20-8-2"})
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert entry.options[CONF_PRESET] == "cornell"
    assert (entry.version, entry.minor_version) == (1, 2)


async def test_other_options_survive_the_migration(
    hass: HomeAssistant, desk_states: None
) -> None:
    entry = old_entry(1, 1, **{CONF_PRESET: "gentle"})
    entry.add_to_hass(hass)
    options = dict(entry.options)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert dict(entry.options) == options
    assert entry.minor_version == 2


async def test_an_entry_from_a_newer_version_is_not_loaded(
    hass: HomeAssistant, desk_states: None
) -> None:
    entry = old_entry(2, 1)
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.MIGRATION_ERROR
    assert entry.version == 2
