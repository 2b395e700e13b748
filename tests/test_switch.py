"""The nudges switch."""

from __future__ import annotations

from homeassistant.core import HomeAssistant, State
from pytest_homeassistant_custom_component.common import mock_restore_cache

from .conftest import PRESENCE, STAND_ONLY, Day


async def test_nudges_switch_turns_every_nudge_off(day: Day) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.hass.services.async_call(
        "switch", "turn_off", {"entity_id": "switch.office_desk_nudges"}, blocking=True
    )
    await day.set(PRESENCE, "on")
    await day.travel("10:00")
    assert day.fired() == []
    assert day.sensor("next_nudge") == "unknown"
    await day.hass.services.async_call(
        "switch", "turn_on", {"entity_id": "switch.office_desk_nudges"}, blocking=True
    )
    assert day.fired() == [("10:00", "stand", 1)]


async def test_nudges_switch_is_restored_after_a_restart(
    hass: HomeAssistant, day: Day
) -> None:
    mock_restore_cache(hass, [State("switch.office_desk_nudges", "off")])
    await day.start("09:00", **STAND_ONLY)
    state = hass.states.get("switch.office_desk_nudges")
    assert state is not None
    assert state.state == "off"
    await day.set(PRESENCE, "on")
    await day.travel("10:00")
    assert day.fired() == []
