"""Buttons: answer the nudge showing, or snooze the nudges of a workstation."""

from __future__ import annotations

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import DEFAULT_SNOOZE_MINUTES, DOMAIN
from .entity import BackcareEntity
from .workstation import BackcareConfigEntry, Cadence

PARALLEL_UPDATES = 0

SNOOZE = ButtonEntityDescription(key="snooze", translation_key="snooze")
DONE = ButtonEntityDescription(key="done", translation_key="done")


async def async_setup_entry(
    hass: HomeAssistant,
    entry: BackcareConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the Done and Snooze buttons of a workstation."""
    async_add_entities(
        [DoneButton(entry.runtime_data, DONE), SnoozeButton(entry.runtime_data, SNOOZE)]
    )


class DoneButton(BackcareEntity, ButtonEntity):
    """Answers the nudge the Nudge sensor shows, as the phone's Done button does."""

    cadence = Cadence.NEVER

    async def async_press(self) -> None:
        """Mark the nudge showing done; say so when there is none."""
        if (nudge := self.workstation.nudging.planner.showing) is None:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="no_nudge_showing"
            )
        self.workstation.done(nudge.nudge_id)


class SnoozeButton(BackcareEntity, ButtonEntity):
    """Defers every nudge of the workstation for the default snooze time."""

    cadence = Cadence.NEVER

    async def async_press(self) -> None:
        """Snooze."""
        self.workstation.snooze(DEFAULT_SNOOZE_MINUTES)
