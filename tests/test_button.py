"""The Done and Snooze buttons, and what the Nudge sensor shows of them."""

from __future__ import annotations

from datetime import UTC

from homeassistant.exceptions import ServiceValidationError
import pytest

from .helpers import PRESENCE, STAND_ONLY, Day, at


async def press(day: Day, button: str) -> None:
    await day.hass.services.async_call(
        "button", "press", {"entity_id": f"button.office_desk_{button}"}, blocking=True
    )
    await day.hass.async_block_till_done()


async def test_snooze_button_uses_fifteen_minutes(day: Day) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    await press(day, "snooze")
    await day.travel("09:50")
    assert day.fired() == [("09:30", "stand", 1), ("09:46", "stand", 2)]


async def test_a_snooze_shows_until_when(day: Day) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    assert day.sensor("snoozed_until") == "unknown"
    await day.travel("09:31")
    await press(day, "snooze")
    until = at("09:46").astimezone(UTC).isoformat()
    assert day.sensor("snoozed_until") == until
    nudge = day.hass.states.get("sensor.office_desk_nudge")
    assert nudge.state == "none"
    assert nudge.attributes["snoozed_until"].isoformat() == until
    await day.travel("09:47")
    assert day.sensor("snoozed_until") == "unknown"


async def test_the_nudge_sensor_shows_what_to_do_and_done_answers_it(
    day: Day,
) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    nudge = day.hass.states.get("sensor.office_desk_nudge")
    assert nudge.state == "stand"
    fired = day.nudges[-1].data
    assert nudge.attributes["nudge_id"] == fired["nudge_id"]
    assert nudge.attributes["level"] == 1
    assert nudge.attributes["fired_at"] == at("09:30")
    assert nudge.attributes["exercise"] == fired["exercise"]["key"]
    assert nudge.attributes["exercise_name"] == fired["exercise"]["name"]
    assert nudge.attributes["steps"] == fired["exercise"]["steps"]
    assert nudge.attributes["snoozed_until"] is None

    await press(day, "done")
    assert day.how() == [("stand", "done")]
    assert day.sensor("nudge") == "none"
    # Done, as from the phone: the next stand nudge a full sit limit later.
    await day.travel("10:00")
    assert day.fired() == [("09:30", "stand", 1)]


async def test_done_without_a_nudge_says_so(day: Day) -> None:
    await day.start("09:00", **STAND_ONLY)
    with pytest.raises(ServiceValidationError) as err:
        await press(day, "done")
    assert err.value.translation_key == "no_nudge_showing"
