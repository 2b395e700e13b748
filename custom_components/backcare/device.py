"""A workstation's device in Home Assistant's device registry."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr

from .const import ATTR_DEVICE_ID, ATTR_ENTRY_ID, ATTR_WORKSTATION, DOMAIN


def workstation_device(hass: HomeAssistant, entry_id: str) -> dr.DeviceEntry | None:
    """Return the device of the workstation set up by config entry `entry_id`.

    Found among the entry's devices: async_get_device_by_identifier is 2026.10+, and
    async_get_device, all that 2026.3 has, is deprecated there.
    """
    identifier = (DOMAIN, entry_id)
    return next(
        (
            device
            for device in dr.async_entries_for_config_entry(
                dr.async_get(hass), entry_id
            )
            if identifier in device.identifiers
        ),
        None,
    )


def event_base(hass: HomeAssistant, entry: ConfigEntry[Any]) -> dict[str, Any]:
    """Return what every backcare event says of its workstation: entry, device, name."""
    device = workstation_device(hass, entry.entry_id)
    return {
        ATTR_ENTRY_ID: entry.entry_id,
        ATTR_DEVICE_ID: device.id if device else None,
        ATTR_WORKSTATION: entry.title,
    }
