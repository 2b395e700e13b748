"""The entities of a workstation: one service device holds them all."""

from __future__ import annotations

from pathlib import Path
import re

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from pytest_homeassistant_custom_component.common import MockConfigEntry

from .helpers import open_options, workstation_device

# Each entity of the Office desk: its category, and whether it is enabled by default.
ENTITIES: dict[str, tuple[EntityCategory | None, bool]] = {
    "binary_sensor.office_desk_occupied": (None, True),
    "sensor.office_desk_posture": (None, True),
    "sensor.office_desk_seated_time_today": (None, True),
    "sensor.office_desk_standing_time_today": (None, True),
    "sensor.office_desk_sitting_bout": (None, True),
    "sensor.office_desk_sitting_since": (None, True),
    "sensor.office_desk_standing_spell": (None, True),
    "sensor.office_desk_posture_unknown_today": (EntityCategory.DIAGNOSTIC, False),
    "sensor.office_desk_longest_sitting_bout_today": (None, True),
    "sensor.office_desk_breaks_today": (None, True),
    "sensor.office_desk_posture_changes_today": (None, False),
    "sensor.office_desk_standing_ratio_today": (None, True),
    "sensor.office_desk_last_break": (None, True),
    "sensor.office_desk_nudge": (None, True),
    "sensor.office_desk_snoozed_until": (None, True),
    "sensor.office_desk_next_nudge": (EntityCategory.DIAGNOSTIC, True),
    "sensor.office_desk_nudges_today": (None, True),
    "sensor.office_desk_nudge_compliance_today": (None, True),
    "sensor.office_desk_goal_streak": (None, True),
    "sensor.office_desk_core_level": (None, True),
    "sensor.office_desk_routines_completed_today": (None, True),
    "sensor.office_desk_exercise_streak": (None, True),
    "sensor.office_desk_routine_step": (None, True),
    "switch.office_desk_nudges": (EntityCategory.CONFIG, True),
    "button.office_desk_done": (None, True),
    "button.office_desk_snooze": (None, True),
    "image.office_desk_exercise": (None, False),
}


async def test_setup_creates_one_workstation_device_with_its_entities(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    assert entry.state is ConfigEntryState.LOADED
    device = workstation_device(hass, entry)
    assert device.name == "Office desk"
    # A workstation is a device of its own (the integration page says "Add device").
    assert device.entry_type is None
    assert (device.manufacturer, device.model) == ("backcare", "Workstation")
    entity_ids = {
        entity.entity_id
        for entity in er.async_entries_for_config_entry(
            er.async_get(hass), entry.entry_id
        )
    }
    assert entity_ids == set(ENTITIES)


async def test_diagnostic_and_configuration_entities_are_set_apart_niche_ones_start_disabled(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    registry = er.async_get(hass)
    for entity_id, (category, enabled) in ENTITIES.items():
        registered = registry.async_get(entity_id)
        assert registered is not None
        assert registered.entity_category is category, entity_id
        if enabled:
            assert registered.disabled_by is None, entity_id
            assert hass.states.get(entity_id) is not None, entity_id
        else:
            assert registered.disabled_by is er.RegistryEntryDisabler.INTEGRATION
            assert hass.states.get(entity_id) is None, entity_id


def test_the_dashboard_and_blueprints_use_only_entities_enabled_by_default() -> None:
    root = Path(__file__).parents[1]
    files = [root / "dashboards" / "backcare.yaml", root / "README.md"]
    files += sorted((root / "blueprints").rglob("*.yaml"))
    used = {
        match
        for path in files
        for match in re.findall(r"\b[a-z_]+\.office_desk_[a-z_]+", path.read_text())
    }
    enabled = {entity_id for entity_id, (_, on) in ENTITIES.items() if on}
    assert "sensor.office_desk_posture" in used
    assert used <= enabled


async def test_changing_sources_and_options_leaves_no_orphan_entities(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    hass.states.async_set("cover.desk", "open", {"current_position": 30})
    hass.states.async_set("input_boolean.standing", "off")
    result = await entry.start_reconfigure_flow(hass)
    await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "presence_entities": ["binary_sensor.chair"],
            "standing_entity": "input_boolean.standing",
            "away_grace_seconds": 60,
            "break_minutes": 2,
        },
    )
    await hass.async_block_till_done()
    result = await open_options(hass, entry)
    for answer in ({}, {}, {"desk_entity": "cover.desk"}, {"desk_stand_height": 90}):
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], answer
        )
    await hass.async_block_till_done()
    assert entry.options["desk_entity"] == "cover.desk"

    registered = er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id)
    assert {entity.entity_id for entity in registered} == set(ENTITIES)
    for entity in registered:
        state = hass.states.get(entity.entity_id)
        if entity.disabled_by is None:
            # A state restored from the registry would mean no entity provides it.
            assert state is not None, entity.entity_id
            assert not state.attributes.get("restored"), entity.entity_id
    devices = dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id)
    assert len(devices) == 1
