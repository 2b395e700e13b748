"""Standing too long: the standing spell, and the nudge to sit or move."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import async_mock_service

from .helpers import HEIGHT, PRESENCE, Day

# Only the sit nudge, for tests about it.
SIT_ONLY = {"move_interval_minutes": 480, "core_enabled": False}


@pytest.mark.usefixtures("entity_registry_enabled_by_default")  # the standing spell
async def test_standing_too_long_asks_to_sit_or_move_and_sitting_answers(
    hass: HomeAssistant, day: Day
) -> None:
    phone = async_mock_service(hass, "notify", "mobile_app_phone")
    entry = await day.start(
        "09:00",
        notify_services=["notify.mobile_app_phone"],
        desk_entity="cover.desk",
        **SIT_ONLY,
    )
    hass.states.async_set("cover.desk", "open", {"current_position": 90})
    await day.set(PRESENCE, "on")
    await day.set(HEIGHT, "110")
    await day.travel("09:44")
    assert day.fired() == []
    await day.travel("09:46")
    assert day.fired() == [("09:45", "sit", 1)]
    assert day.nudges[-1].data["standing_spell_minutes"] == 45
    assert day.nudges[-1].data["exercise"]["key"] in {
        "calf_raises",
        "weight_shifts",
        "sit_walk",
    }
    assert float(day.sensor("standing_spell")) == 46  # read at 09:46
    # The phone offers to lower the desk, not to raise it.
    (notification,) = phone
    nudge_id = day.nudges[-1].data["nudge_id"]
    assert [action["action"] for action in notification.data["data"]["actions"]] == [
        f"BACKCARE_SNOOZE_{entry.entry_id}_{nudge_id}",
        f"BACKCARE_LOWER_{entry.entry_id}_{nudge_id}",
        f"BACKCARE_DONE_{entry.entry_id}_{nudge_id}",
    ]
    # Sitting for the break length (2 min) answers it.
    await day.set(HEIGHT, "72")
    await day.travel("09:49")
    assert day.how() == [("sit", "sat")]
    assert float(day.sensor("standing_spell")) == 0


async def test_the_lower_button_lowers_the_desk(hass: HomeAssistant, day: Day) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 90})
    entry = await day.start("09:00", desk_entity="cover.desk", **SIT_ONLY)
    await day.set(PRESENCE, "on")
    await day.set(HEIGHT, "110")
    await day.travel("09:46")
    nudge_id = day.nudges[-1].data["nudge_id"]
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"BACKCARE_LOWER_{entry.entry_id}_{nudge_id}"},
    )
    await hass.async_block_till_done()
    assert [call.data["position"] for call in calls] == [72]


async def test_auto_lower_from_the_chosen_level(hass: HomeAssistant, day: Day) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 90})
    await day.start(
        "09:00",
        desk_entity="cover.desk",
        auto_lower=True,
        auto_raise_level=2,
        **SIT_ONLY,
    )
    await day.set(PRESENCE, "on")
    await day.set(HEIGHT, "110")
    await day.travel("09:46")
    assert calls == []
    await day.travel("09:56")
    assert [call.data["position"] for call in calls] == [72]


async def test_a_stand_limit_of_zero_turns_the_sit_nudge_off(day: Day) -> None:
    await day.start("09:00", stand_limit_minutes=0, **SIT_ONLY)
    await day.set(PRESENCE, "on")
    await day.set(HEIGHT, "110")
    await day.travel("12:00")
    assert day.fired() == []
