"""The actions: snooze, breaks, completing nudges, manual posture, and refusing what cannot be."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from .helpers import CHAIR, PRESENCE, STAND_ONLY, Day


async def test_snooze_defers_every_nudge_and_the_next_one_escalates(day: Day) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    await day.action("snooze", config_entry_id=entry.entry_id, minutes=20)
    assert day.how() == [("stand", "snoozed")]
    await day.travel("09:50")
    assert day.fired() == [("09:30", "stand", 1)]
    await day.travel("09:52")
    assert day.fired() == [("09:30", "stand", 1), ("09:51", "stand", 2)]


async def test_actions_refuse_bad_targets_and_impossible_requests(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00")
    with pytest.raises(ServiceValidationError) as err:
        await day.action("raise_desk", config_entry_id=entry.entry_id)
    assert err.value.translation_key == "no_desk"
    with pytest.raises(ServiceValidationError) as err:
        await day.action(
            "set_posture", config_entry_id=entry.entry_id, posture="standing"
        )
    assert err.value.translation_key == "posture_source_present"
    with pytest.raises(ServiceValidationError) as err:
        await day.action("snooze", device_id="not-a-device")
    assert err.value.translation_key == "unknown_workstation"
    with pytest.raises(ServiceValidationError):
        await day.action("snooze", config_entry_id="not-an-entry")
    with pytest.raises(Exception, match="kind"):
        await day.action("complete", config_entry_id=entry.entry_id, kind="jump")
    with pytest.raises(Exception, match="minutes"):
        await day.action("snooze", config_entry_id=entry.entry_id, minutes=-5)
    assert day.sensor("seated_time_today") == "0.0"
    # Without a target only when there is one workstation.
    MockConfigEntry(domain="backcare", title="Other desk").add_to_hass(hass)
    with pytest.raises(ServiceValidationError):
        await day.action("snooze")


async def test_manual_posture_for_a_workstation_without_posture_source(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00", height_entity=None, standing_height=None)
    await day.set(CHAIR, "on")
    assert day.sensor("posture") == "sitting"
    await day.action("set_posture", config_entry_id=entry.entry_id, posture="standing")
    assert day.sensor("posture") == "standing"
    await day.travel("09:10")
    await day.action("set_posture", posture="sitting")
    assert day.sensor("posture") == "sitting"
    assert float(day.sensor("standing_time_today")) == 10
