"""Config entries of older versions are brought up to date at setup."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.backcare.const import CONF_PRESET, DOMAIN

from .helpers import CHAIR, HEIGHT, workstation_entry


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
    assert (entry.version, entry.minor_version) == (1, 3)


async def test_other_options_survive_the_migration(
    hass: HomeAssistant, desk_states: None
) -> None:
    entry = old_entry(1, 1, **{CONF_PRESET: "gentle"})
    entry.add_to_hass(hass)
    options = dict(entry.options)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert dict(entry.options) == options | {"height_unit": "cm"}
    assert entry.minor_version == 3


async def test_an_entry_from_a_newer_version_is_not_loaded(
    hass: HomeAssistant, desk_states: None
) -> None:
    entry = old_entry(2, 1)
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.MIGRATION_ERROR
    assert entry.version == 2


async def _migrated(hass: HomeAssistant, entry: MockConfigEntry) -> MockConfigEntry:
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert (entry.version, entry.minor_version) == (1, 3)
    return entry


async def test_the_standing_height_keeps_the_unit_it_was_set_in(
    hass: HomeAssistant, desk_states: None
) -> None:
    # Set at 95 while the desk reported centimetres, as the sensor still does.
    entry = await _migrated(hass, old_entry(1, 2))
    assert entry.options["height_unit"] == "cm"
    # Then the desk's integration reports millimetres: 720 mm is seated.
    hass.states.async_set(CHAIR, "on")
    hass.states.async_set(HEIGHT, "720", {"unit_of_measurement": "mm"})
    await hass.async_block_till_done()
    assert hass.states.get("sensor.office_desk_posture").state == "sitting"


async def test_a_height_entity_not_yet_back_gives_the_unit_it_was_registered_with(
    hass: HomeAssistant, desk_states: None
) -> None:
    hass.states.async_remove(HEIGHT)
    er.async_get(hass).async_get_or_create(
        "sensor",
        "desk",
        "height",
        suggested_object_id="desk_height",
        unit_of_measurement="mm",
    )
    entry = await _migrated(hass, old_entry(1, 2, standing_height=950))
    assert entry.options["height_unit"] == "mm"


async def test_without_a_known_unit_heights_are_compared_as_reported(
    hass: HomeAssistant, desk_states: None
) -> None:
    hass.states.async_remove(HEIGHT)
    entry = await _migrated(hass, old_entry(1, 2))
    assert "height_unit" not in entry.options
    hass.states.async_set(CHAIR, "on")
    hass.states.async_set(HEIGHT, "100", {"unit_of_measurement": "mm"})
    await hass.async_block_till_done()
    assert hass.states.get("sensor.office_desk_posture").state == "standing"


async def test_a_workstation_without_a_height_entity_gets_no_unit(
    hass: HomeAssistant, desk_states: None
) -> None:
    entry = await _migrated(
        hass, old_entry(1, 2, height_entity=None, standing_height=None)
    )
    assert "height_unit" not in entry.options
