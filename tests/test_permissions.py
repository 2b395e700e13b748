"""Who may use the actions: users need control of the workstation, as for entity actions."""

from __future__ import annotations

from typing import Any

from homeassistant.auth.permissions import PermissionLookup
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import Unauthorized, UnknownUser
from homeassistant.helpers import device_registry as dr, entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_mock_service,
)

from custom_components.backcare.const import DOMAIN

from .helpers import CHAIR, PRESENCE, STAND_ONLY, Day, workstation_device

ACTIONS: list[tuple[str, dict[str, Any]]] = [
    ("snooze", {}),
    ("start_break", {}),
    ("complete", {"kind": "stretch"}),
    ("raise_desk", {}),
    ("lower_desk", {}),
    ("set_posture", {"posture": "standing"}),
]


async def call(
    hass: HomeAssistant, user: MockUser | None, action: str, **data: Any
) -> None:
    await hass.services.async_call(
        DOMAIN,
        action,
        data,
        blocking=True,
        context=Context(user_id=user.id if user else None),
    )
    await hass.async_block_till_done()


def user_controlling(hass: HomeAssistant, policy: dict[str, Any]) -> MockUser:
    """A user who is no admin, with control of what `policy` names and nothing else."""
    user = MockUser().add_to_hass(hass)
    user.perm_lookup = PermissionLookup(er.async_get(hass), dr.async_get(hass))
    user.mock_policy({"entities": policy})
    return user


def device_of(hass: HomeAssistant, entry: MockConfigEntry) -> str:
    return workstation_device(hass, entry).id


@pytest.mark.parametrize(("action", "data"), ACTIONS, ids=[a for a, _ in ACTIONS])
async def test_a_read_only_user_may_use_no_action(
    hass: HomeAssistant,
    day: Day,
    hass_read_only_user: MockUser,
    action: str,
    data: dict[str, Any],
) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    entry = await day.start("09:00", desk_entity="cover.desk")
    await day.set(PRESENCE, "on")
    with pytest.raises(Unauthorized):
        await call(
            hass, hass_read_only_user, action, config_entry_id=entry.entry_id, **data
        )
    assert calls == []


async def test_what_a_refused_call_would_have_changed_stays_as_it_was(
    hass: HomeAssistant, day: Day, hass_read_only_user: MockUser
) -> None:
    entry = await day.start(
        "09:00", height_entity=None, standing_height=None, **STAND_ONLY
    )
    await day.set(CHAIR, "on")
    await day.travel("09:31")
    assert day.fired() == [("09:30", "stand", 1)]
    for action, data in (("set_posture", {"posture": "standing"}), ("snooze", {})):
        with pytest.raises(Unauthorized):
            await call(
                hass,
                hass_read_only_user,
                action,
                device_id=device_of(hass, entry),
                **data,
            )
    assert day.sensor("posture") == "sitting"
    assert day.how() == []


async def test_admins_and_calls_without_a_user_may_act(
    hass: HomeAssistant, day: Day, hass_admin_user: MockUser
) -> None:
    entry = await day.start(
        "09:00", height_entity=None, standing_height=None, **STAND_ONLY
    )
    await day.set(CHAIR, "on")
    await day.travel("09:31")
    await call(hass, hass_admin_user, "snooze", config_entry_id=entry.entry_id)
    assert day.how() == [("stand", "snoozed")]
    # An automation's call has no user.
    await call(hass, None, "set_posture", posture="standing")
    assert day.sensor("posture") == "standing"


async def test_a_user_may_act_on_the_workstation_they_control_only(
    hass: HomeAssistant, day: Day
) -> None:
    mine = await day.start("09:00", height_entity=None, standing_height=None)
    theirs = MockConfigEntry(
        domain=DOMAIN,
        title="Home desk",
        data={},
        options={"presence_entities": ["binary_sensor.home_desk"]},
    )
    theirs.add_to_hass(hass)
    assert await hass.config_entries.async_setup(theirs.entry_id)
    await hass.async_block_till_done()
    await day.set(CHAIR, "on")
    user = user_controlling(hass, {"device_ids": {device_of(hass, mine): True}})
    await call(
        hass, user, "set_posture", device_id=device_of(hass, mine), posture="standing"
    )
    assert day.sensor("posture") == "standing"
    with pytest.raises(Unauthorized):
        await call(
            hass,
            user,
            "set_posture",
            device_id=device_of(hass, theirs),
            posture="standing",
        )


async def test_moving_the_desk_also_needs_control_of_the_desk(
    hass: HomeAssistant, day: Day
) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    entry = await day.start("09:00", desk_entity="cover.desk")
    await day.set(PRESENCE, "on")
    workstation = {"device_ids": {device_of(hass, entry): True}}
    user = user_controlling(hass, workstation)
    await call(hass, user, "snooze", config_entry_id=entry.entry_id)
    with pytest.raises(Unauthorized) as err:
        await call(hass, user, "raise_desk", config_entry_id=entry.entry_id)
    assert err.value.entity_id == "cover.desk"
    assert calls == []
    user = user_controlling(hass, workstation | {"entity_ids": {"cover.desk": True}})
    await call(hass, user, "raise_desk", config_entry_id=entry.entry_id)
    assert [call.data["position"] for call in calls] == [105]


async def test_a_user_that_does_not_exist_is_refused(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    with pytest.raises(UnknownUser):
        await hass.services.async_call(
            DOMAIN,
            "snooze",
            {"config_entry_id": entry.entry_id},
            blocking=True,
            context=Context(user_id="nobody"),
        )
