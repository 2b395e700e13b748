"""What a workstation saves: the tracker, the nudges' memory and whether nudges are on.

One store per workstation, versioned: `_async_migrate_func` brings older data up to
date, and `async_load_readable` never lets an unreadable file stop the workstation from
starting (Home Assistant would otherwise fail the entry on every start).
"""

from __future__ import annotations

from typing import Any

from homeassistant.const import STATE_OFF
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.restore_state import async_get as async_get_restore_state
from homeassistant.helpers.storage import Store

from .const import DOMAIN, LOGGER

STORAGE_VERSION = 1
# 1.2: the nudges switch is saved with the rest (it used to be restored by the entity,
# after the first nudges were decided).
STORAGE_MINOR_VERSION = 2

type SavedWorkstation = dict[str, Any]


def storage_key(entry_id: str) -> str:
    """Return the Store key of a workstation."""
    return f"{DOMAIN}.{entry_id}"


def nudges_switch_was_off(hass: HomeAssistant, entry_id: str) -> bool:
    """Whether the Nudges switch was last off, as Home Assistant's restore state says."""
    entity_id = er.async_get(hass).async_get_entity_id(
        "switch", DOMAIN, f"{entry_id}_nudges"
    )
    if entity_id is None:
        return False
    stored = async_get_restore_state(hass).last_states.get(entity_id)
    return stored is not None and stored.state.state == STATE_OFF


class WorkstationStore(Store[SavedWorkstation]):
    """The saved state of one workstation."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Address the workstation's file."""
        super().__init__(
            hass,
            STORAGE_VERSION,
            storage_key(entry_id),
            minor_version=STORAGE_MINOR_VERSION,
        )
        self.entry_id = entry_id

    async def _async_migrate_func(
        self, old_major_version: int, old_minor_version: int, old_data: Any
    ) -> SavedWorkstation:
        """Bring data saved by an older version up to date."""
        data: SavedWorkstation = dict(old_data) if isinstance(old_data, dict) else {}
        if old_minor_version < 2 and isinstance(nudging := data.get("nudging"), dict):
            data["nudging"] = {
                **nudging,
                "enabled": not nudges_switch_was_off(self.hass, self.entry_id),
            }
        return data

    async def async_load_readable(self, title: str) -> SavedWorkstation | None:
        """Load what was saved; None, with a warning, when the file cannot be read."""
        try:
            # Typed as what backcare writes; a file edited by hand can hold anything.
            data: object = await self.async_load()
        except (HomeAssistantError, ValueError) as err:
            # NotImplementedError (a newer major version) is not caught: Store raises it
            # so that a downgrade does not overwrite what the newer version saved.
            LOGGER.warning(
                "%s: the saved state could not be read (%s); a fresh day starts",
                title,
                err,
            )
            return None
        if data is None:
            return None
        if not isinstance(data, dict):
            LOGGER.warning(
                "%s: the saved state is not what backcare writes; a fresh day starts",
                title,
            )
            return None
        return data
