"""Device triggers of a workstation: nudges, their resolution and the posture."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.device_automation import DeviceAutomationType
from homeassistant.components.device_automation.exceptions import (
    InvalidDeviceAutomationConfig,
)
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.trigger import TriggerInfo
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_get_device_automations,
    async_mock_service,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.backcare import device_trigger
from custom_components.backcare.compat import probatio
from custom_components.backcare.const import (
    DOMAIN,
    EVENT_NUDGE,
    EVENT_NUDGE_RESOLVED,
)

from .bench.clock import fire_due
from .helpers import CHAIR, HEIGHT, PRESENCE, workstation_device

POSTURE = "sensor.office_desk_posture"
KINDS = ("stand", "move", "stretch", "core")


@pytest.fixture
def calls(hass: HomeAssistant) -> list[ServiceCall]:
    """The calls of the automations' action."""
    return async_mock_service(hass, "test", "automation")


def _device(hass: HomeAssistant, entry: MockConfigEntry) -> dr.DeviceEntry:
    return workstation_device(hass, entry)


def _trigger(device_id: str, trigger_type: str, **extra: Any) -> dict[str, Any]:
    return {
        "trigger": "device",
        "domain": DOMAIN,
        "device_id": device_id,
        "type": trigger_type,
        **extra,
    }


async def _automations(hass: HomeAssistant, *triggers: dict[str, Any]) -> None:
    """One automation per trigger; its action reports the trigger's `id` (its type)."""
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": [
                {
                    "triggers": [{**trigger, "id": trigger["type"]}],
                    "actions": [
                        {
                            "action": "test.automation",
                            "data": {
                                "id": "{{ trigger.id }}",
                                "platform": "{{ trigger.platform }}",
                            },
                        }
                    ],
                }
                for trigger in triggers
            ]
        },
    )
    await hass.async_block_till_done()


def _fired(calls: list[ServiceCall]) -> list[str]:
    fired = [call.data["id"] for call in calls]
    assert all(call.data["platform"] == "device" for call in calls)
    calls.clear()
    return fired


async def _nudge(hass: HomeAssistant, device_id: str, kind: str, level: int) -> None:
    hass.bus.async_fire(
        EVENT_NUDGE,
        {
            "entry_id": "whatever",
            "device_id": device_id,
            "workstation": "Office desk",
            "kind": kind,
            "level": level,
            "sitting_bout_minutes": 35,
            "seated_today_minutes": 120,
            "exercise": {
                "key": "bird_dog",
                "name": "Bird-dog",
                "steps": ["Kneel on all fours."],
                "duration_seconds": 120,
            },
            "title": "Time to move",
            "message": "You have been sitting for 35 minutes.",
        },
    )
    await hass.async_block_till_done()


async def _resolved(hass: HomeAssistant, device_id: str, kind: str) -> None:
    hass.bus.async_fire(
        EVENT_NUDGE_RESOLVED,
        {
            "entry_id": "whatever",
            "device_id": device_id,
            "workstation": "Office desk",
            "kind": kind,
            "how": "stood",
            "response_seconds": 240,
        },
    )
    await hass.async_block_till_done()


async def test_a_workstation_lists_its_triggers(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    device = _device(hass, entry)
    triggers = [
        trigger
        for trigger in await async_get_device_automations(
            hass, DeviceAutomationType.TRIGGER, device.id
        )
        if trigger["domain"] == DOMAIN
    ]
    types = [
        "stand_nudge",
        "sit_nudge",
        "move_nudge",
        "stretch_nudge",
        "core_nudge",
        "nudge_resolved",
        "routine_step",
        "routine_finished",
        "posture_away",
        "posture_sitting",
        "posture_standing",
    ]
    assert sorted(triggers, key=lambda trigger: trigger["type"]) == sorted(
        (
            {
                "platform": "device",
                "domain": DOMAIN,
                "device_id": device.id,
                "type": trigger_type,
                "metadata": {},
            }
            for trigger_type in types
        ),
        key=lambda trigger: trigger["type"],
    )


async def test_other_devices_have_no_workstation_triggers(
    hass: HomeAssistant,
) -> None:
    other = MockConfigEntry(domain="other")
    other.add_to_hass(hass)
    device = dr.async_get(hass).async_get_or_create(
        config_entry_id=other.entry_id, identifiers={("other", "lamp")}
    )
    assert await device_trigger.async_get_triggers(hass, device.id) == []
    assert await device_trigger.async_get_triggers(hass, "no-such-device") == []


async def test_a_workstation_without_its_posture_sensor_has_no_posture_triggers(
    hass: HomeAssistant,
) -> None:
    # A workstation device whose entities were never registered (set up failed).
    bare = MockConfigEntry(domain=DOMAIN, title="Bare desk")
    bare.add_to_hass(hass)
    device = dr.async_get(hass).async_get_or_create(
        config_entry_id=bare.entry_id, identifiers={(DOMAIN, bare.entry_id)}
    )
    types = {
        trigger["type"]
        for trigger in await device_trigger.async_get_triggers(hass, device.id)
    }
    assert types == {
        "stand_nudge",
        "sit_nudge",
        "move_nudge",
        "stretch_nudge",
        "core_nudge",
        "nudge_resolved",
        "routine_step",
        "routine_finished",
    }

    async def action(run_variables: dict[str, Any], context: Any = None) -> None:
        raise AssertionError  # pragma: no cover

    for device_id in (device.id, "no-such-device"):
        with pytest.raises(InvalidDeviceAutomationConfig, match="no backcare posture"):
            await device_trigger.async_attach_trigger(
                hass,
                device_trigger.TRIGGER_SCHEMA(
                    {
                        "platform": "device",
                        "domain": DOMAIN,
                        "device_id": device_id,
                        "type": "posture_sitting",
                    }
                ),
                action,
                cast("TriggerInfo", {}),
            )


@pytest.mark.parametrize("kind", KINDS)
async def test_a_nudge_trigger_fires_for_its_kind_on_its_device(
    hass: HomeAssistant, entry: MockConfigEntry, calls: list[ServiceCall], kind: str
) -> None:
    device = _device(hass, entry)
    await _automations(hass, _trigger(device.id, f"{kind}_nudge"))

    for other_kind in KINDS:
        await _nudge(hass, "another-device", other_kind, 1)
        await _resolved(hass, device.id, other_kind)
    assert _fired(calls) == []

    for other_kind in KINDS:
        for level in (1, 2, 3):
            await _nudge(hass, device.id, other_kind, level)
    assert _fired(calls) == [f"{kind}_nudge"] * 3


async def test_a_nudge_trigger_with_a_level_fires_only_at_that_level(
    hass: HomeAssistant, entry: MockConfigEntry, calls: list[ServiceCall]
) -> None:
    device = _device(hass, entry)
    # The frontend's number selector sends a float: it is taken as the level.
    await _automations(
        hass,
        _trigger(device.id, "stand_nudge", level=2.0),
        _trigger(device.id, "move_nudge", level=3),
    )

    await _nudge(hass, device.id, "stand", 1)
    await _nudge(hass, device.id, "stand", 3)
    await _nudge(hass, device.id, "move", 2)
    await _nudge(hass, "another-device", "stand", 2)
    assert _fired(calls) == []

    await _nudge(hass, device.id, "stand", 2)
    await _nudge(hass, device.id, "move", 3)
    assert _fired(calls) == ["stand_nudge", "move_nudge"]


async def test_the_resolved_trigger_fires_for_any_kind_on_its_device(
    hass: HomeAssistant, entry: MockConfigEntry, calls: list[ServiceCall]
) -> None:
    device = _device(hass, entry)
    await _automations(hass, _trigger(device.id, "nudge_resolved"))

    await _resolved(hass, "another-device", "stand")
    await _nudge(hass, device.id, "stand", 1)
    assert _fired(calls) == []

    for kind in KINDS:
        await _resolved(hass, device.id, kind)
    assert _fired(calls) == ["nudge_resolved"] * 4


async def test_routine_triggers_fire_on_the_workstation_s_routine(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    calls: list[ServiceCall],
    midday: FrozenDateTimeFactory,
) -> None:
    device = _device(hass, entry)
    await _automations(
        hass,
        _trigger(device.id, "routine_step"),
        _trigger(device.id, "routine_finished"),
    )
    for event_type in ("backcare_routine_step", "backcare_routine_finished"):
        hass.bus.async_fire(event_type, {"device_id": "another-device"})
    await hass.async_block_till_done()
    assert _fired(calls) == []

    target = {"device_id": device.id}
    await hass.services.async_call(
        DOMAIN, "start_routine", {**target, "routine": "core"}, blocking=True
    )
    await hass.services.async_call(DOMAIN, "stop_routine", target, blocking=True)
    await hass.async_block_till_done()
    assert _fired(calls) == ["routine_step", "routine_finished"]


async def _advance(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, delta: timedelta
) -> None:
    freezer.tick(delta)
    fire_due(hass, dt_util.utcnow())
    await hass.async_block_till_done()


async def _source(hass: HomeAssistant, entity_id: str, state: str) -> None:
    old = hass.states.get(entity_id)
    hass.states.async_set(entity_id, state, old.attributes if old else {})
    await hass.async_block_till_done()
    # 2026.3's async_track_state_change_event calls listeners on the next loop iteration
    # (2026.10 at once), so the posture sensor's change reaches the automation after the
    # first wait has returned.
    await hass.async_block_till_done()


async def test_posture_triggers_fire_when_the_posture_sensor_changes(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    calls: list[ServiceCall],
    freezer: FrozenDateTimeFactory,
) -> None:
    device = _device(hass, entry)
    assert hass.states.get(POSTURE).state == "away"
    await _automations(
        hass,
        *(
            _trigger(device.id, f"posture_{posture}")
            for posture in ("sitting", "standing", "away")
        ),
    )

    await _source(hass, PRESENCE, "on")
    assert hass.states.get(POSTURE).state == "sitting"
    assert _fired(calls) == ["posture_sitting"]

    await _source(hass, HEIGHT, "105.0")
    assert hass.states.get(POSTURE).state == "standing"
    await _source(hass, HEIGHT, "72.0")
    assert _fired(calls) == ["posture_standing", "posture_sitting"]

    # Leaving counts once the away grace (60 s) is over.
    await _source(hass, PRESENCE, "off")
    await _source(hass, CHAIR, "off")
    assert _fired(calls) == []
    await _advance(hass, freezer, timedelta(seconds=61))
    assert hass.states.get(POSTURE).state == "away"
    assert _fired(calls) == ["posture_away"]

    # Another workstation's posture does not fire this device's triggers.
    hass.states.async_set("sensor.elsewhere_posture", "sitting")
    await hass.async_block_till_done()
    assert _fired(calls) == []


async def test_a_posture_trigger_with_for_waits_for_the_posture_to_last(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    calls: list[ServiceCall],
    freezer: FrozenDateTimeFactory,
) -> None:
    device = _device(hass, entry)
    await _automations(
        hass, _trigger(device.id, "posture_standing", **{"for": {"minutes": 5}})
    )
    await _source(hass, PRESENCE, "on")

    # Standing for 3 minutes is not enough.
    await _source(hass, HEIGHT, "105.0")
    await _advance(hass, freezer, timedelta(minutes=3))
    await _source(hass, HEIGHT, "72.0")
    await _advance(hass, freezer, timedelta(minutes=5))
    assert _fired(calls) == []

    await _source(hass, HEIGHT, "105.0")
    await _advance(hass, freezer, timedelta(minutes=4))
    assert _fired(calls) == []
    await _advance(hass, freezer, timedelta(minutes=1, seconds=1))
    assert _fired(calls) == ["posture_standing"]


@pytest.mark.parametrize(
    "extra",
    [
        {"type": "slouch_nudge"},
        {"type": "stand_nudge", "level": 4},
        {"type": "stand_nudge", "level": 0},
        {"type": "stand_nudge", "level": "high"},
        {"type": "nudge_resolved", "level": 1},
        {"type": "posture_sitting", "level": 1},
        {"type": "stand_nudge", "for": {"minutes": 1}},
        {"type": "nudge_resolved", "for": {"minutes": 1}},
        {"type": "posture_sitting", "for": "soon"},
    ],
)
def test_the_schema_rejects_invalid_triggers(extra: dict[str, Any]) -> None:
    with pytest.raises(probatio.Invalid):
        device_trigger.TRIGGER_SCHEMA(
            {"platform": "device", "domain": DOMAIN, "device_id": "abc", **extra}
        )


def test_the_schema_accepts_valid_triggers() -> None:
    base = {"platform": "device", "domain": DOMAIN, "device_id": "abc"}
    assert device_trigger.TRIGGER_SCHEMA(
        {**base, "type": "core_nudge", "level": "3"}
    ) == {**base, "type": "core_nudge", "level": 3}
    assert device_trigger.TRIGGER_SCHEMA(
        {**base, "type": "posture_away", "for": {"minutes": 10}}
    ) == {**base, "type": "posture_away", "for": timedelta(minutes=10)}


@pytest.mark.parametrize(
    ("trigger_type", "extra_fields"),
    [
        *(
            (
                f"{kind}_nudge",
                [
                    {
                        "name": "level",
                        "optional": True,
                        "required": False,
                        "selector": {
                            "number": {
                                "min": 1.0,
                                "max": 3.0,
                                "step": 1.0,
                                "mode": "slider",
                            }
                        },
                    }
                ],
            )
            for kind in KINDS
        ),
        ("nudge_resolved", []),
        ("routine_step", []),
        ("routine_finished", []),
        *(
            (
                f"posture_{posture}",
                [
                    {
                        "name": "for",
                        "optional": True,
                        "required": False,
                        "type": "positive_time_period_dict",
                    }
                ],
            )
            for posture in ("sitting", "standing", "away")
        ),
    ],
)
async def test_trigger_capabilities(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    trigger_type: str,
    extra_fields: list[dict[str, Any]],
) -> None:
    assert await async_setup_component(hass, "device_automation", {})
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "device_automation/trigger/capabilities",
            "trigger": _trigger(_device(hass, entry).id, trigger_type),
        }
    )
    response = await client.receive_json()
    assert response["success"], response
    assert response["result"] == {"extra_fields": extra_fields}
