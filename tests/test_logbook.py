"""Nudges and their resolution in the logbook."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.backcare import logbook
from custom_components.backcare.const import (
    DOMAIN,
    EVENT_NUDGE,
    EVENT_NUDGE_RESOLVED,
)

BIRD_DOG = {
    "key": "bird_dog",
    "name": "Bird-dog",
    "steps": ["Kneel on all fours."],
    "duration_seconds": 120,
}


def _nudge(kind: str, level: int | None, **data: Any) -> dict[str, Any]:
    return {
        "entry_id": "entry",
        "device_id": "device",
        "workstation": "Office desk",
        "kind": kind,
        "level": level,
        "sitting_bout_minutes": 35,
        "seated_today_minutes": 120,
        "exercise": BIRD_DOG,
        "title": "Time to move",
        "message": "You have been sitting for 35 minutes.",
    } | data


def _resolved(kind: str, how: str, seconds: Any, **data: Any) -> dict[str, Any]:
    return {
        "entry_id": "entry",
        "device_id": "device",
        "workstation": "Office desk",
        "kind": kind,
        "how": how,
        "response_seconds": seconds,
    } | data


async def test_nudges_show_in_the_logbook(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    assert await async_setup_component(hass, "logbook", {})
    await hass.async_block_till_done()
    start = dt_util.utcnow()
    hass.bus.async_fire(EVENT_NUDGE, _nudge("stand", 2))
    hass.bus.async_fire(EVENT_NUDGE, _nudge("move", 1))
    hass.bus.async_fire(EVENT_NUDGE_RESOLVED, _resolved("stand", "stood", 240))
    await async_wait_recording_done(hass)

    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "logbook/get_events",
            "start_time": start.isoformat(),
        }
    )
    response = await client.receive_json()
    assert response["success"], response
    assert [
        (row["domain"], row["name"], row["message"])
        for row in response["result"]
        if row.get("domain") == DOMAIN
    ] == [
        (DOMAIN, "Office desk", "nudged to stand up (level 2)"),
        (DOMAIN, "Office desk", "mobility break suggested: Bird-dog"),
        (DOMAIN, "Office desk", "nudge to stand resolved: stood up after 4 min"),
    ]


Describe = Callable[[SimpleNamespace], dict[str, str]]


@pytest.fixture
def describe(hass: HomeAssistant) -> dict[str, Describe]:
    """The describe callbacks backcare registers, by event type."""
    described: dict[str, Describe] = {}

    def async_describe_event(domain: str, event_type: str, func: Describe) -> None:
        assert domain == DOMAIN
        described[event_type] = func

    logbook.async_describe_events(hass, async_describe_event)  # type: ignore[arg-type]
    assert set(described) == {
        EVENT_NUDGE,
        EVENT_NUDGE_RESOLVED,
        "backcare_routine_step",
        "backcare_routine_finished",
    }
    return described


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_nudge("stand", 1), "nudged to stand up (level 1)"),
        (_nudge("stand", 3, exercise=None), "nudged to stand up (level 3)"),
        (_nudge("move", 2), "mobility break suggested: Bird-dog"),
        (
            _nudge("stretch", 1, exercise=BIRD_DOG | {"name": "Cat-cow"}),
            "evening stretch suggested: Cat-cow",
        ),
        (
            _nudge("core", 1, exercise=BIRD_DOG | {"name": "Dead bug"}),
            "morning core routine suggested: Dead bug",
        ),
        (_nudge("move", 1, exercise=None), "mobility break suggested"),
        (_nudge("wiggle", 1, exercise={}), "wiggle nudge suggested"),
        (_nudge("stand", None), "nudged to stand up"),
    ],
)
def test_nudge_texts(
    describe: dict[str, Describe], data: dict[str, Any], message: str
) -> None:
    assert describe[EVENT_NUDGE](SimpleNamespace(data=data)) == {
        "name": "Office desk",
        "message": message,
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _resolved("stand", "stood", 240),
            "nudge to stand resolved: stood up after 4 min",
        ),
        (
            _resolved("move", "done", 95),
            "mobility break resolved: marked done after 2 min",
        ),
        (
            _resolved("stand", "break", 30),
            "nudge to stand resolved: took a break after 30 s",
        ),
        (
            _resolved("stand", "left", 0),
            "nudge to stand resolved: left the desk after 0 s",
        ),
        (
            _resolved("stretch", "snoozed", 61.4),
            "evening stretch resolved: snoozed after 1 min",
        ),
        (
            _resolved("core", "expired", 1800),
            "morning core routine resolved: expired after 30 min",
        ),
        (_resolved("stand", "vanished", None), "nudge to stand resolved: vanished"),
        (_resolved("stand", "stood", -5), "nudge to stand resolved: stood up"),
        (_resolved("stand", "stood", "soon"), "nudge to stand resolved: stood up"),
    ],
)
def test_resolved_texts(
    describe: dict[str, Describe], data: dict[str, Any], message: str
) -> None:
    assert describe[EVENT_NUDGE_RESOLVED](SimpleNamespace(data=data)) == {
        "name": "Office desk",
        "message": message,
    }


async def test_the_name_falls_back_to_the_device_then_to_backcare(
    hass: HomeAssistant, describe: dict[str, Describe]
) -> None:
    config_entry = MockConfigEntry(domain=DOMAIN, title="Office desk")
    config_entry.add_to_hass(hass)
    device_registry = dr.async_get(hass)
    device = device_registry.async_get_or_create(
        config_entry_id=config_entry.entry_id,
        identifiers={(DOMAIN, config_entry.entry_id)},
        name="Office desk",
    )

    def name(**data: Any) -> str:
        event = SimpleNamespace(data=_resolved("stand", "stood", 60) | data)
        return describe[EVENT_NUDGE_RESOLVED](event)["name"]

    assert name(workstation=None, device_id=device.id) == "Office desk"
    device_registry.async_update_device(device.id, name_by_user="Standing desk")
    assert name(workstation=None, device_id=device.id) == "Standing desk"
    device_registry.async_update_device(device.id, name_by_user=None, name=None)
    assert name(workstation=None, device_id=device.id) == "backcare"
    assert name(workstation=None, device_id="gone") == "backcare"
    assert name(workstation=None, device_id=None) == "backcare"


@pytest.mark.parametrize(
    ("event_type", "data", "message"),
    [
        (
            "backcare_routine_step",
            {
                "routine": "evening",
                "step": 2,
                "total": 11,
                "name": "Hip-flexor stretch",
                "side": "left",
            },
            "evening stretch routine step 2 of 11: Hip-flexor stretch, left side",
        ),
        (
            "backcare_routine_step",
            {
                "routine": "core",
                "step": 1,
                "total": 2,
                "name": "Belly breathing",
                "side": None,
            },
            "morning core routine step 1 of 2: Belly breathing",
        ),
        (
            "backcare_routine_finished",
            {"routine": "mobility", "result": "completed"},
            "mobility routine completed",
        ),
        (
            "backcare_routine_finished",
            {"routine": "evening", "result": "stopped"},
            "evening stretch routine stopped",
        ),
    ],
)
def test_routine_texts(
    describe: dict[str, Describe], event_type: str, data: dict[str, Any], message: str
) -> None:
    event = SimpleNamespace(data={"workstation": "Office desk", **data})
    assert describe[event_type](event) == {"name": "Office desk", "message": message}
