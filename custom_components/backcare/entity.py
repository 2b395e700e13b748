"""The base of every backcare entity: one device per workstation."""

from __future__ import annotations

from homeassistant.components.sensor import SensorEntity
from homeassistant.core import callback
from homeassistant.helpers.entity import Entity, EntityDescription

from .workstation import Cadence, Workstation


class BackcareEntity(Entity):
    """An entity of a workstation's device, written when what it shows changes.

    Its workstation tells it when that may be (see `Cadence`, the one write policy); a
    write that would show the same as the last one is skipped: it would cost a state
    write for nothing.
    """

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(
        self, workstation: Workstation, description: EntityDescription
    ) -> None:
        """Attach to the workstation's device."""
        self.workstation = workstation
        self.entity_description = description
        self._attr_unique_id = f"{workstation.entry.entry_id}_{description.key}"
        # The device the workstation registered, rather than a device info to look up.
        self.device_entry = workstation.device

    async def async_added_to_hass(self) -> None:
        """Follow the workstation."""
        await super().async_added_to_hass()
        self._shown = self._showing()
        self.async_on_remove(
            self.workstation.async_add_listener(self._async_refresh, self._cadence())
        )

    async def async_update(self) -> None:
        """Write the workstation's running figures as of now (`homeassistant.update_entity`).

        Between milestones they are not written as the clock moves (see `Cadence`): an
        automation that reads one at a time of its own asks for it first.
        """
        self.workstation.refresh_running()

    def _cadence(self) -> int:
        """When the workstation tells the entity to look again while time passes."""
        return Cadence.CHANGES

    def _showing(self) -> tuple[object, ...]:
        """Return what a write would show now."""
        return (self.available, self.state, self.extra_state_attributes)

    @callback
    def _async_refresh(self) -> None:
        if (shown := self._showing()) != self._shown:
            self._shown = shown
            self.async_write_ha_state()


class BackcareSensorEntity(BackcareEntity, SensorEntity):
    """A sensor of a workstation: what it shows is decided by its native value."""

    def _showing(self) -> tuple[object, ...]:
        # The native value: cheaper than the state (units, precision), and it decides it.
        return (self.available, self.native_value, self.extra_state_attributes)
