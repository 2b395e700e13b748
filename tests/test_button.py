"""The snooze button."""

from __future__ import annotations

from .conftest import PRESENCE, STAND_ONLY, Day


async def test_snooze_button_uses_fifteen_minutes(day: Day) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    await day.hass.services.async_call(
        "button", "press", {"entity_id": "button.office_desk_snooze"}, blocking=True
    )
    await day.travel("09:50")
    assert day.fired() == [("09:30", "stand", 1), ("09:46", "stand", 2)]
