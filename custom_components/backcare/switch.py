"""Switch: nudges on or off for a workstation, saved with it (see store.py)."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import SwitchEntity, SwitchEntityDescription
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import BackcareEntity
from .workstation import BackcareConfigEntry, Cadence

PARALLEL_UPDATES = 0

NUDGES = SwitchEntityDescription(
    key="nudges", translation_key="nudges", entity_category=EntityCategory.CONFIG
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: BackcareConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the nudges switch of a workstation."""
    async_add_entities([NudgesSwitch(entry.runtime_data, NUDGES)])


class NudgesSwitch(BackcareEntity, SwitchEntity):
    """Turns every nudge of the workstation on or off.

    The workstation saves it and reads it back before it decides anything, so a
    restart never lets a nudge through while the switch is off.
    """

    cadence = Cadence.NUDGES

    @property
    def is_on(self) -> bool:
        """Whether nudges are on."""
        return self.workstation.nudging.enabled

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Turn nudges on."""
        self.workstation.set_nudges_enabled(True)

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Turn nudges off."""
        self.workstation.set_nudges_enabled(False)
