"""Phone notifications of nudges, and their buttons."""

from __future__ import annotations

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_mock_service,
)

from .helpers import HEIGHT, PRESENCE, STAND_ONLY, Day


async def test_phone_notification_with_buttons_replaced_and_cleared(
    hass: HomeAssistant, day: Day
) -> None:
    calls = async_mock_service(hass, "notify", "mobile_app_phone")
    entry = await day.start(
        "09:00",
        notify_services=["notify.mobile_app_phone"],
        desk_entity="cover.desk",
        **STAND_ONLY,
    )
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert len(calls) == 1
    data = calls[0].data
    assert data["title"] == "Time to stand up"
    assert data["data"]["tag"] == f"backcare_{entry.entry_id}"
    (nudge,) = day.nudges
    nudge_id = nudge.data["nudge_id"]
    assert [action["action"] for action in data["data"]["actions"]] == [
        f"BACKCARE_SNOOZE_{entry.entry_id}_{nudge_id}",
        f"BACKCARE_RAISE_{entry.entry_id}_{nudge_id}",
        f"BACKCARE_DONE_{entry.entry_id}_{nudge_id}",
    ]
    await day.set(HEIGHT, "110")
    await day.travel("09:34")
    assert calls[-1].data == {
        "message": "clear_notification",
        "data": {"tag": f"backcare_{entry.entry_id}"},
    }


async def test_notification_buttons_act_on_their_own_workstation_only(
    hass: HomeAssistant, day: Day
) -> None:
    other = MockConfigEntry(domain="backcare", title="Other desk")
    other.add_to_hass(hass)
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    for forged in (
        f"BACKCARE_SNOOZE_{other.entry_id}",
        "BACKCARE_SNOOZE_01NOTANENTRY",
        f"BACKCARE_EXPLODE_{entry.entry_id}",
        "SOMETHING_ELSE",
        None,
    ):
        hass.bus.async_fire("mobile_app_notification_action", {"action": forged})
        await hass.async_block_till_done()
    assert day.how() == []
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"BACKCARE_SNOOZE_{entry.entry_id}"},
    )
    await hass.async_block_till_done()
    assert day.how() == [("stand", "snoozed")]


async def test_done_button_counts_a_mobility_break(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00", sit_limit_minutes=240, core_enabled=False)
    await day.set(PRESENCE, "on")
    await day.travel("10:01")
    hass.bus.async_fire(
        "mobile_app_notification_action", {"action": f"BACKCARE_DONE_{entry.entry_id}"}
    )
    await hass.async_block_till_done()
    assert day.how() == [("move", "break")]
    assert day.sensor("breaks_today") == "1"


async def test_a_nudge_shows_in_home_assistant_until_it_is_answered(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    notification_id = f"backcare_{entry.entry_id}"
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    notifications = persistent_notification._async_get_or_create_notifications(hass)
    shown = notifications[notification_id]
    assert shown["title"] == "Time to stand up"
    assert "Done" in shown["message"]
    # The repeat replaces it: still one.
    await day.travel("09:41")
    assert [key for key in notifications if key.startswith("backcare_")] == [
        notification_id
    ]
    await day.hass.services.async_call(
        "button", "press", {"entity_id": "button.office_desk_done"}, blocking=True
    )
    await hass.async_block_till_done()
    assert notification_id not in notifications


async def test_nudges_can_stay_out_of_home_assistant_notifications(
    hass: HomeAssistant, day: Day
) -> None:
    await day.start("09:00", notify_home_assistant=False, **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert day.fired() == [("09:30", "stand", 1)]
    assert not persistent_notification._async_get_or_create_notifications(hass)
