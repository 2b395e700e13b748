"""The base of every backcare entity: one device per workstation."""

from __future__ import annotations

from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity import Entity, EntityDescription

from .const import DOMAIN
from .workstation import Workstation


class BackcareEntity(Entity):
    """An entity of a workstation's device, updated when its workstation says so."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(
        self, workstation: Workstation, description: EntityDescription
    ) -> None:
        """Attach to the workstation's device."""
        self.workstation = workstation
        self.entity_description = description
        entry = workstation.entry
        self._attr_unique_id = f"{entry.entry_id}_{description.key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            entry_type=DeviceEntryType.SERVICE,
            manufacturer="backcare",
            model="Workstation",
        )

    async def async_added_to_hass(self) -> None:
        """Follow the workstation."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self.workstation.async_add_listener(self.async_write_ha_state)
        )
