"""The Exercise image: the picture of the exercise suggested last, for dashboards."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.components.image import ImageEntity
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity import EntityDescription
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import RestoreEntity
from homeassistant.util import dt as dt_util

from .entity import BackcareEntity
from .exercise_picture import async_read_picture
from .workstation import BackcareConfigEntry, Cadence, Workstation

PARALLEL_UPDATES = 0
ATTR_EXERCISE = "exercise"

EXERCISE = EntityDescription(key="exercise", translation_key="exercise")


async def async_setup_entry(
    hass: HomeAssistant,
    entry: BackcareConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the Exercise image of a workstation."""
    async_add_entities([ExerciseImage(hass, entry.runtime_data)])


class ExerciseImage(BackcareEntity, ImageEntity, RestoreEntity):
    """Shows the picture of the nudge's exercise, or of the last one.

    Disabled by default: Home Assistant gives an image entity a new access token every
    5 minutes and writes its state each time, 288 recorded rows a day for a picture that
    changes a few times. The nudges send backcare's own signed picture address instead.
    """

    _attr_content_type = "image/png"
    _attr_entity_registry_enabled_default = False
    # It changes when the workstation shows an exercise on it (`show`), not otherwise.
    cadence = Cadence.NEVER

    def __init__(self, hass: HomeAssistant, workstation: Workstation) -> None:
        """Show what the workstation suggested last, from its restored nudges."""
        BackcareEntity.__init__(self, workstation, EXERCISE)
        ImageEntity.__init__(self, hass)
        planner = workstation.nudging.planner
        showing = planner.showing
        self._key = showing.exercise.key if showing else planner.rotation.last_key

    async def async_added_to_hass(self) -> None:
        """Keep the picture's time across restarts; follow the nudges while added."""
        await super().async_added_to_hass()
        last = await self.async_get_last_state()
        changed = dt_util.parse_datetime(last.state) if last else None
        if last and changed and last.attributes.get(ATTR_EXERCISE) == self._key:
            self._attr_image_last_updated = changed
        elif self._key is not None:
            self._attr_image_last_updated = dt_util.utcnow()
        self.workstation.show_on_image = self.show
        self.async_on_remove(self._stop_following)

    @callback
    def _stop_following(self) -> None:
        self.workstation.show_on_image = None

    @property
    def extra_state_attributes(self) -> Mapping[str, Any]:
        """The key of the exercise shown, as in the nudge event."""
        return {ATTR_EXERCISE: self._key}

    @callback
    def show(self, key: str) -> None:
        """Show exercise `key` now."""
        if key != self._key:
            self._key = key
            self._attr_image_last_updated = dt_util.utcnow()
            self.async_write_ha_state()

    async def async_image(self) -> bytes | None:
        """Return the PNG of the exercise shown; None before the first nudge, or without one."""
        if self._key is None:
            return None
        return await async_read_picture(self.hass, self._key)
