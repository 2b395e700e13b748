"""The base of every backcare entity: one device per workstation."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Mapping
from datetime import datetime
from typing import Any, NamedTuple

from homeassistant.components.sensor import SensorEntity
from homeassistant.core import callback
from homeassistant.helpers.entity import Entity, EntityDescription
from homeassistant.helpers.typing import StateType

from .workstation import Cadence, Workstation


class BackcareEntity(Entity):
    """An entity of a workstation's device, written when what it shows changes.

    Its workstation tells it when that may be (see `Cadence`, the one write policy); a
    write that would show the same as the last one is skipped: it would cost a state
    write for nothing.
    """

    _attr_has_entity_name = True
    _attr_should_poll = False
    # When the workstation tells the entity to look again (see `Cadence`).
    cadence = Cadence.CHANGES

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
        if self.cadence != Cadence.NEVER:
            self.workstation.async_follow(self)
            # On removal, and when Home Assistant undoes an add that failed after this
            # (it runs only these callbacks then, not `async_will_remove_from_hass`).
            self.async_on_remove(self._unfollow)

    @callback
    def _unfollow(self) -> None:
        self.workstation.async_unfollow(self)

    async def async_update(self) -> None:
        """Write the workstation's running figures as of now (`homeassistant.update_entity`).

        Between milestones they are not written as the clock moves (see `Cadence`): an
        automation that reads one at a time of its own asks for it first.
        """
        self.workstation.refresh_running()

    def _showing(self) -> tuple[object, ...]:
        """Return what a write would show now."""
        return (self.available, self.state, self.extra_state_attributes)

    @callback
    def async_look(self) -> None:
        """Look again at what the entity shows, and write it if that changed."""
        if (shown := self._showing()) != self._shown:
            self._shown = shown
            self.async_write_ha_state()


class Figure(NamedTuple):
    """What a sensor shows: its native value decides its state (units, precision)."""

    available: bool
    value: StateType | datetime
    attributes: Mapping[str, Any] | None


class BackcareSensorEntity(BackcareEntity, SensorEntity):
    """A sensor of a workstation: its figure is worked out once per look.

    A write shows the figure the look found changed, rather than working it out again.
    """

    _shown: Figure

    @abstractmethod
    def _showing(self) -> Figure:
        """Return the figure a write would show now."""

    @property
    def available(self) -> bool:
        """Whether the figure is known, as last looked at."""
        return self._shown.available

    @property
    def native_value(self) -> StateType | datetime:
        """The figure, as last looked at."""
        return self._shown.value

    @property
    def extra_state_attributes(self) -> Mapping[str, Any] | None:
        """The figure's attributes, as last looked at."""
        return self._shown.attributes
