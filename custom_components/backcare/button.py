"""Button: snooze the nudges of a workstation."""

from __future__ import annotations

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import DEFAULT_SNOOZE_MINUTES
from .entity import BackcareEntity
from .workstation import BackcareConfigEntry

PARALLEL_UPDATES = 0

SNOOZE = ButtonEntityDescription(key="snooze", translation_key="snooze")


async def async_setup_entry(
    hass: HomeAssistant,
    entry: BackcareConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the snooze button of a workstation."""
    async_add_entities([SnoozeButton(entry.runtime_data, SNOOZE)])


class SnoozeButton(BackcareEntity, ButtonEntity):
    """Defers every nudge of the workstation for the default snooze time."""

    async def async_press(self) -> None:
        """Snooze."""
        self.workstation.snooze(DEFAULT_SNOOZE_MINUTES)
