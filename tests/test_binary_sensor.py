"""The occupied sensor: someone at the desk, presence flicker within grace included."""

from __future__ import annotations

from .helpers import CHAIR, PRESENCE, Day

OCCUPIED = "binary_sensor.office_desk_occupied"


def _occupied(day: Day) -> str:
    state = day.hass.states.get(OCCUPIED)
    assert state is not None
    return state.state


async def test_occupied_follows_presence_and_rides_out_flicker(day: Day) -> None:
    await day.start("09:00")
    assert _occupied(day) == "off"
    await day.set(PRESENCE, "on")
    assert _occupied(day) == "on"
    await day.travel("09:30")
    await day.set(PRESENCE, "off")
    await day.travel("09:30:45")
    assert _occupied(day) == "on"  # within the 60-second grace period
    await day.set(PRESENCE, "on")
    await day.travel("09:40")
    await day.set(PRESENCE, "off")
    await day.travel("09:41:01")
    assert _occupied(day) == "off"


async def test_occupied_is_unavailable_while_no_presence_source_has_a_state(
    day: Day,
) -> None:
    await day.start("09:00")
    await day.set(PRESENCE, "unavailable")
    assert _occupied(day) == "off"  # the chair still says nobody is there
    await day.set(CHAIR, "unknown")
    assert _occupied(day) == "unavailable"
    await day.set(CHAIR, "on")
    assert _occupied(day) == "on"
