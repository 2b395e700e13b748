"""The Exercise image: the picture of the exercise suggested last, for dashboards and phones."""

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
from .exercise_picture import picture_path
from .workstation import BackcareConfigEntry, Workstation

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
    """Shows the picture of the nudge's exercise; the nudge sends this entity's URL.

    The URL carries the entity's access token, not the exercise: the nudge shows its
    exercise here before it is sent, so the URL the phone fetches shows that exercise.
    """

    _attr_content_type = "image/png"

    def __init__(self, hass: HomeAssistant, workstation: Workstation) -> None:
        """Show what the workstation suggested last, from its restored nudges."""
        BackcareEntity.__init__(self, workstation, EXERCISE)
        ImageEntity.__init__(self, hass)
        planner = workstation.nudging.planner
        showing = planner.showing
        self._key = showing.exercise.key if showing else planner.rotation.last_key
        self._pictures: dict[str, bytes] = {}

    async def async_added_to_hass(self) -> None:
        """Keep the picture's time across restarts; serve the nudges while added."""
        await super().async_added_to_hass()
        last = await self.async_get_last_state()
        changed = dt_util.parse_datetime(last.state) if last else None
        if last and changed and last.attributes.get(ATTR_EXERCISE) == self._key:
            self._attr_image_last_updated = changed
        elif self._key is not None:
            self._attr_image_last_updated = dt_util.utcnow()
        self.workstation.picture = self.show
        self.async_on_remove(self._stop_serving)

    @callback
    def _stop_serving(self) -> None:
        self.workstation.picture = None

    @property
    def extra_state_attributes(self) -> Mapping[str, Any]:
        """The key of the exercise shown, as in the nudge event."""
        return {ATTR_EXERCISE: self._key}

    @callback
    def show(self, key: str) -> str | None:
        """Show exercise `key` now; return the URL its picture is served at, if it has one."""
        if key != self._key:
            self._key = key
            self._attr_image_last_updated = dt_util.utcnow()
            self.async_write_ha_state()
        return self.entity_picture if picture_path(key) is not None else None

    async def async_image(self) -> bytes | None:
        """Return the PNG of the exercise shown; None before the first nudge, or without one."""
        if (key := self._key) is None or (path := picture_path(key)) is None:
            return None
        if key not in self._pictures:
            self._pictures[key] = await self.hass.async_add_executor_job(
                path.read_bytes
            )
        return self._pictures[key]
