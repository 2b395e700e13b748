"""The entities of a workstation: one service device holds them all."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.backcare.const import DOMAIN


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
