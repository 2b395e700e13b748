"""Moving the desk: a cover by position, a number by value, or preset buttons."""

from __future__ import annotations

from homeassistant.components.cover import CoverState
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant

from .options import WorkstationOptions


class Desk:
    """The desk a workstation may raise and lower."""

    def __init__(self, hass: HomeAssistant, options: WorkstationOptions) -> None:
        """Take the desk options of a workstation."""
        self.hass = hass
        self.entity_id = options.desk_entity
        self.stand_button = options.desk_stand_button
        self.sit_button = options.desk_sit_button
        self.stand_height = options.desk_stand_height
        self.sit_height = options.desk_sit_height

    @property
    def configured(self) -> bool:
        """Whether there is anything to move."""
        return bool(self.entity_id or self.stand_button or self.sit_button)

    def can_move(self, *, stand: bool) -> bool:
        """Whether the desk can be sent to its standing (or sitting) height."""
        return bool(self.entity_id or (self.stand_button if stand else self.sit_button))

    @property
    def moving(self) -> bool:
        """Whether the desk reports that it is moving."""
        if not self.entity_id or not self.entity_id.startswith("cover."):
            return False
        state = self.hass.states.get(self.entity_id)
        return state is not None and state.state in (
            CoverState.OPENING,
            CoverState.CLOSING,
        )

    def unavailable(self, *, stand: bool) -> str | None:
        """Return the entity that would move the desk if it is unavailable; else None."""
        entity_id = self.entity_id or (self.stand_button if stand else self.sit_button)
        if entity_id is None:
            return None
        # A missing entity is a repair issue of its own (repairs.py).
        state = self.hass.states.get(entity_id)
        if state is not None and state.state == STATE_UNAVAILABLE:
            return entity_id
        return None

    async def async_move(self, *, stand: bool) -> None:
        """Send the desk to its standing or sitting height."""
        if not self.entity_id:
            button = self.stand_button if stand else self.sit_button
            assert button is not None  # can_move() said so
            await self.hass.services.async_call(
                button.split(".", 1)[0], "press", {"entity_id": button}, blocking=True
            )
            return
        height = self.stand_height if stand else self.sit_height
        domain = self.entity_id.split(".", 1)[0]
        if domain == "cover":
            await self.hass.services.async_call(
                "cover",
                "set_cover_position",
                {"entity_id": self.entity_id, "position": round(height)},
                blocking=True,
            )
        else:
            await self.hass.services.async_call(
                domain,
                "set_value",
                {"entity_id": self.entity_id, "value": height},
                blocking=True,
            )
