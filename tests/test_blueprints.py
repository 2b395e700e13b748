"""The automation blueprints: valid for Home Assistant, and doing what they say."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.automation.config import AUTOMATION_BLUEPRINT_SCHEMA
from homeassistant.components.blueprint import models
from homeassistant.components.blueprint.schemas import BLUEPRINT_SCHEMA
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util, yaml as yaml_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_mock_service,
)

from custom_components.backcare.const import DOMAIN
from custom_components.backcare.notify_actions import (
    NotificationAction,
    parse_action_id,
)

from .helpers import PRESENCE

REPO = Path(__file__).parent.parent
FOLDER = REPO / "blueprints" / "automation" / "backcare"
BLUEPRINTS = [
    "stand_nudge.yaml",
    "mobility_break.yaml",
    "evening_stretch.yaml",
    "morning_core.yaml",
    "daily_summary.yaml",
    "talk_to_backcare.yaml",
]
SOURCE = (
    "https://github.com/backcare-ha/backcare/blob/main/blueprints/automation/backcare/"
)

OCCUPIED = "binary_sensor.office_desk_occupied"
# Stand-ins for the workstation's sensors, which backcare rewrites as the clock moves.
SEATED = "sensor.test_seated_time_today"
STANDING = "sensor.test_standing_time_today"
LONGEST = "sensor.test_longest_sitting_bout_today"
BREAKS = "sensor.test_breaks_today"
STREAK = "sensor.test_goal_streak"
MINUTES = {"unit_of_measurement": "min", "device_class": "duration"}
PHONE_SERVICE = "mobile_app_pixel_8"


# Schema ------------------------------------------------------------------------------


def load(name: str) -> dict[str, Any]:
    data = yaml_util.load_yaml(FOLDER / name)
    assert isinstance(data, dict)
    return data


def test_every_blueprint_file_is_tested() -> None:
    assert sorted(path.name for path in FOLDER.glob("*.yaml")) == sorted(BLUEPRINTS)


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_blueprint_is_valid(name: str) -> None:
    data = load(name)
    BLUEPRINT_SCHEMA(data)
    blueprint = models.Blueprint(
        data,
        path=f"backcare/{name}",
        expected_domain="automation",
        schema=AUTOMATION_BLUEPRINT_SCHEMA,
    )
    assert blueprint.validate() is None
    metadata = blueprint.metadata
    assert metadata["source_url"] == SOURCE + name
    assert metadata["homeassistant"]["min_version"] == "2026.3.0"
    assert metadata["description"]
    # Every declared input is used, and every input is explained.
    assert yaml_util.extract_inputs(blueprint.data) == set(blueprint.inputs)
    for key, spec in blueprint.inputs.items():
        assert spec["name"], key
        assert "selector" in spec, key


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_inputs_are_grouped_and_filtered(name: str) -> None:
    sections = load(name)["blueprint"]["input"]
    for section in sections.values():
        assert {"name", "icon", "input"} <= set(section)
    # What must be filled in is never folded away; some optional extras are.
    assert not next(iter(sections.values())).get("collapsed", False)
    for name_, section in sections.items():
        if section.get("collapsed", False):
            assert all("default" in spec for spec in section["input"].values()), name_
    for key, spec in (
        (key, spec)
        for section in sections.values()
        for key, spec in section["input"].items()
    ):
        selector = spec["selector"]
        if "device" in selector:
            integration = selector["device"]["filter"][0]["integration"]
            assert integration in (DOMAIN, "mobile_app"), key
        if "entity" in selector:
            assert selector["entity"]["filter"][0]["domain"], key


# Running them ------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def blueprint_folder() -> Iterator[None]:
    """Load automation blueprints from this repository's blueprints folder."""
    with patch.object(
        models.DomainBlueprints,
        "blueprint_folder",
        property(lambda self: REPO / "blueprints" / self.domain),
    ):
        yield


@pytest.fixture
def workstation(hass: HomeAssistant, entry: MockConfigEntry) -> str:
    """The device id of the Office desk."""
    device = dr.async_get(hass).async_get_device_by_identifier(
        (DOMAIN, entry.entry_id), entry.entry_id
    )
    assert device is not None
    return device.id


@pytest.fixture
def phone(hass: HomeAssistant) -> str:
    """A companion-app phone "Pixel 8": its notify action is notify.mobile_app_pixel_8."""
    app = MockConfigEntry(domain="mobile_app", title="Pixel 8")
    app.add_to_hass(hass)
    device = dr.async_get(hass).async_get_or_create(
        config_entry_id=app.entry_id,
        identifiers={("mobile_app", "pixel-8")},
        name="Pixel 8",
        manufacturer="Google",
    )
    return device.id


class Calls:
    """Mocked actions, registered after backcare so they replace its own."""

    def __init__(self, hass: HomeAssistant) -> None:
        self.notify = async_mock_service(hass, "notify", PHONE_SERVICE)
        self.light = async_mock_service(hass, "light", "turn_on")
        self.scene = async_mock_service(hass, "scene", "turn_on")
        self.tts = async_mock_service(hass, "tts", "speak")
        self.raise_desk = async_mock_service(hass, DOMAIN, "raise_desk")
        self.start_break = async_mock_service(hass, DOMAIN, "start_break")
        self.complete = async_mock_service(hass, DOMAIN, "complete")

    def all(self) -> dict[str, list[ServiceCall]]:
        return {
            name: calls for name, calls in vars(self).items() if isinstance(calls, list)
        }

    def made(self) -> dict[str, int]:
        """How many calls of each mocked action were made, leaving out those not made."""
        return {name: len(made) for name, made in self.all().items() if made}

    def none(self) -> bool:
        return not self.made()


@pytest.fixture
async def calls(hass: HomeAssistant, entry: MockConfigEntry) -> AsyncIterator[Calls]:
    yield Calls(hass)
    # Turning the automations off detaches their time triggers and ends their waits.
    if hass.services.has_service("automation", "turn_off"):
        await hass.services.async_call(
            "automation", "turn_off", {"entity_id": "all"}, blocking=True
        )


async def automation(hass: HomeAssistant, name: str, **inputs: Any) -> None:
    """Set up one automation made from a blueprint; it must be valid and on."""
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "id": name,
                "alias": name,
                "use_blueprint": {"path": f"backcare/{name}", "input": inputs},
            }
        },
    )
    await hass.async_block_till_done()
    states = hass.states.async_all("automation")
    assert [state.state for state in states] == ["on"]


def nudge_data(
    entry: MockConfigEntry, device_id: str, kind: str, level: int = 1
) -> dict[str, Any]:
    """A backcare_nudge as the workstation fires it."""
    return {
        "entry_id": entry.entry_id,
        "device_id": device_id,
        "workstation": "Office desk",
        "nudge_id": f"{kind}-1795422600000",
        "kind": kind,
        "level": level,
        "sitting_bout_minutes": 30,
        "seated_today_minutes": 150,
        "exercise": {
            "key": f"{kind}_test",
            "name": "Cat-cow",
            "steps": ["On hands and knees.", "Round and arch your back, ten times."],
            "duration_seconds": 60,
        },
        "title": f"Title of {kind}",
        "message": f"Message of {kind}",
    }


async def fire(
    hass: HomeAssistant, event_type: str, data: dict[str, Any], *, waits: bool = False
) -> None:
    """Fire an event; `waits` when an automation run stays waiting for a button."""
    hass.bus.async_fire(event_type, data)
    await settle(hass, waits=waits)


async def settle(hass: HomeAssistant, *, waits: bool) -> None:
    if waits:
        # Waiting for everything to be done would wait for the button too.
        for _ in range(100):
            await asyncio.sleep(0)
    else:
        await hass.async_block_till_done()


async def press(hass: HomeAssistant, action: str, *, waits: bool = False) -> None:
    """A button of a phone notification is pressed."""
    await fire(hass, "mobile_app_notification_action", {"action": action}, waits=waits)


async def occupy(hass: HomeAssistant) -> None:
    hass.states.async_set(PRESENCE, "on")
    await hass.async_block_till_done()
    assert hass.states.get(OCCUPIED).state == "on"  # type: ignore[union-attr]


def buttons(call: ServiceCall) -> list[str]:
    return [button["action"] for button in call.data["data"]["actions"]]


# Stand-up nudge ----------------------------------------------------------------------


@pytest.fixture
async def stand_nudge(hass: HomeAssistant, workstation: str, phone: str) -> None:
    await automation(
        hass,
        "stand_nudge.yaml",
        workstation=workstation,
        occupied_sensor=OCCUPIED,
        lights=["light.desk_lamp"],
        light_level=1,
        speakers=["media_player.office"],
        tts_engine="tts.piper",
        speaker_level=2,
        phones=[phone],
        phone_level=2,
        raise_desk=True,
        desk_level=3,
    )


@pytest.mark.usefixtures("stand_nudge")
async def test_stand_nudge_escalates_by_level(
    hass: HomeAssistant, entry: MockConfigEntry, workstation: str, calls: Calls
) -> None:
    await occupy(hass)

    await fire(hass, "backcare_nudge", nudge_data(entry, workstation, "stand", 1))
    assert [call.data for call in calls.light] == [
        {"entity_id": ["light.desk_lamp"], "flash": "long"}
    ]
    assert calls.made() == {"light": 1}

    await fire(hass, "backcare_nudge", nudge_data(entry, workstation, "stand", 2))
    assert len(calls.light) == 2
    assert calls.tts[0].data == {
        "entity_id": ["tts.piper"],
        "media_player_entity_id": ["media_player.office"],
        "message": "Message of stand",
        "cache": True,
    }
    (notification,) = calls.notify
    assert notification.data["title"] == "Title of stand"
    assert notification.data["message"] == "Message of stand"
    assert notification.data["data"]["tag"] == f"backcare_{entry.entry_id}"
    # backcare itself answers the buttons, for this workstation and this nudge only.
    assert [parse_action_id(action) for action in buttons(notification)] == [
        NotificationAction("SNOOZE", entry.entry_id, "stand-1795422600000"),
        NotificationAction("RAISE", entry.entry_id, "stand-1795422600000"),
    ]
    assert not calls.raise_desk

    await fire(hass, "backcare_nudge", nudge_data(entry, workstation, "stand", 3))
    assert calls.made() == {"light": 3, "tts": 2, "notify": 2, "raise_desk": 1}
    assert [call.data for call in calls.raise_desk] == [{"device_id": workstation}]


@pytest.mark.usefixtures("stand_nudge")
async def test_stand_nudge_resolved_clears_the_phone(
    hass: HomeAssistant, entry: MockConfigEntry, workstation: str, calls: Calls
) -> None:
    # Also after leaving the desk: the message must go.
    await fire(
        hass,
        "backcare_nudge_resolved",
        {
            "entry_id": entry.entry_id,
            "device_id": workstation,
            "workstation": "Office desk",
            "kind": "stand",
            "how": "left",
            "response_seconds": 120,
        },
    )
    assert [call.data for call in calls.notify] == [
        {
            "message": "clear_notification",
            "data": {"tag": f"backcare_{entry.entry_id}"},
        }
    ]
    assert calls.made() == {"notify": 1}


@pytest.mark.usefixtures("stand_nudge")
@pytest.mark.parametrize(
    ("occupied", "changes"),
    [
        pytest.param(False, {}, id="nobody at the desk"),
        pytest.param(True, {"device_id": "another-desk"}, id="another workstation"),
        pytest.param(True, {"kind": "move"}, id="another kind"),
    ],
)
async def test_stand_nudge_does_nothing(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    workstation: str,
    calls: Calls,
    occupied: bool,
    changes: dict[str, Any],
) -> None:
    if occupied:
        await occupy(hass)
    data = nudge_data(entry, workstation, "stand", 3) | changes
    await fire(hass, "backcare_nudge", data)
    assert calls.none()


async def test_stand_nudge_with_only_a_phone(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    workstation: str,
    phone: str,
    calls: Calls,
) -> None:
    """The optional parts left at their defaults: no light, speaker or desk."""
    await automation(
        hass,
        "stand_nudge.yaml",
        workstation=workstation,
        occupied_sensor=OCCUPIED,
        phones=[phone],
        raise_button=False,
    )
    await occupy(hass)
    await fire(hass, "backcare_nudge", nudge_data(entry, workstation, "stand", 1))
    assert calls.none()
    await fire(hass, "backcare_nudge", nudge_data(entry, workstation, "stand", 3))
    (notification,) = calls.notify
    assert [parse_action_id(action) for action in buttons(notification)] == [
        NotificationAction("SNOOZE", entry.entry_id, "stand-1795422600000")
    ]
    assert calls.made() == {"notify": 1}


# Mobility break ----------------------------------------------------------------------


@pytest.fixture
async def mobility_break(hass: HomeAssistant, workstation: str, phone: str) -> None:
    await automation(
        hass,
        "mobility_break.yaml",
        workstation=workstation,
        phones=[phone],
        speakers=["media_player.office"],
        tts_engine="tts.piper",
        break_minutes=3,
    )


@pytest.mark.usefixtures("mobility_break")
async def test_mobility_break_done_starts_a_break(
    hass: HomeAssistant, entry: MockConfigEntry, workstation: str, calls: Calls
) -> None:
    await fire(
        hass, "backcare_nudge", nudge_data(entry, workstation, "move"), waits=True
    )
    (notification,) = calls.notify
    assert notification.data["title"] == "Title of move"
    assert notification.data["message"] == (
        "Cat-cow\nOn hands and knees.\nRound and arch your back, ten times."
    )
    assert notification.data["data"]["tag"] == f"backcare_{entry.entry_id}"
    (done,) = buttons(notification)
    assert notification.data["data"]["actions"][0]["title"] == "Done"
    # Its own id: backcare's notification handler leaves it alone.
    assert parse_action_id(done) is None
    assert "Cat-cow" in calls.tts[0].data["message"]

    await press(hass, "backcare_mobility_done_somebody_else", waits=True)
    assert not calls.start_break
    await press(hass, done)
    assert [call.data for call in calls.start_break] == [
        {"device_id": workstation, "minutes": 3}
    ]


async def test_mobility_break_done_counts_a_break_in_backcare(
    hass: HomeAssistant, entry: MockConfigEntry, workstation: str, phone: str
) -> None:
    """The real start_break accepts what the blueprint sends."""
    notify = async_mock_service(hass, "notify", PHONE_SERVICE)
    await automation(
        hass, "mobility_break.yaml", workstation=workstation, phones=[phone]
    )
    assert hass.states.get("sensor.office_desk_last_break").state == "unknown"  # type: ignore[union-attr]
    await fire(
        hass, "backcare_nudge", nudge_data(entry, workstation, "move"), waits=True
    )
    (done,) = buttons(notify[0])
    await press(hass, done)
    assert hass.states.get("sensor.office_desk_last_break").state != "unknown"  # type: ignore[union-attr]


@pytest.mark.usefixtures("mobility_break")
async def test_mobility_break_taken_otherwise_clears_the_phone(
    hass: HomeAssistant, entry: MockConfigEntry, workstation: str, calls: Calls
) -> None:
    await fire(
        hass, "backcare_nudge", nudge_data(entry, workstation, "move"), waits=True
    )
    (done,) = buttons(calls.notify[0])
    await fire(
        hass,
        "backcare_nudge_resolved",
        {
            "entry_id": entry.entry_id,
            "device_id": workstation,
            "kind": "move",
            "how": "break",
            "response_seconds": 60,
        },
    )
    assert calls.notify[1].data == {
        "message": "clear_notification",
        "data": {"tag": f"backcare_{entry.entry_id}"},
    }
    await press(hass, done)
    assert not calls.start_break


@pytest.mark.usefixtures("mobility_break")
async def test_mobility_break_done_too_late_does_nothing(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    workstation: str,
    calls: Calls,
    freezer: FrozenDateTimeFactory,
) -> None:
    await fire(
        hass, "backcare_nudge", nudge_data(entry, workstation, "move"), waits=True
    )
    (done,) = buttons(calls.notify[0])
    freezer.tick(timedelta(minutes=31))
    async_fire_time_changed(hass, dt_util.utcnow())
    await hass.async_block_till_done()
    await press(hass, done)
    assert not calls.start_break


@pytest.mark.usefixtures("mobility_break")
@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"device_id": "another-desk"}, id="another workstation"),
        pytest.param({"kind": "stand"}, id="another kind"),
    ],
)
async def test_mobility_break_does_nothing(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    workstation: str,
    calls: Calls,
    changes: dict[str, Any],
) -> None:
    await fire(hass, "backcare_nudge", nudge_data(entry, workstation, "move") | changes)
    assert calls.none()


# Evening stretch ---------------------------------------------------------------------


def local(clock: str) -> datetime:
    return datetime.fromisoformat(f"{dt_util.now().date()}T{clock}").replace(
        tzinfo=dt_util.get_default_time_zone()
    )


async def at_clock(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    clock: str,
    *,
    waits: bool = False,
) -> None:
    freezer.move_to(local(clock))
    async_fire_time_changed(hass, dt_util.utcnow())
    await settle(hass, waits=waits)


@pytest.fixture
async def evening(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, entry: MockConfigEntry
) -> None:
    """The afternoon before the evening, with a seated time set by hand."""
    freezer.move_to(local("18:00:00"))
    async_fire_time_changed(hass, dt_util.utcnow())
    await hass.async_block_till_done()


async def evening_stretch(
    hass: HomeAssistant, workstation: str, phone: str, **inputs: Any
) -> None:
    await automation(
        hass,
        "evening_stretch.yaml",
        workstation=workstation,
        seated_sensor=SEATED,
        phones=[phone],
        **inputs,
    )


@pytest.mark.usefixtures("evening")
async def test_evening_stretch_on_the_nudge(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    workstation: str,
    phone: str,
    calls: Calls,
    freezer: FrozenDateTimeFactory,
) -> None:
    await evening_stretch(
        hass, workstation, phone, lights=["light.living_room"], brightness=25
    )
    # The time is only for "At a time I choose".
    await at_clock(hass, freezer, "19:00:00")
    assert calls.none()

    await fire(
        hass, "backcare_nudge", nudge_data(entry, workstation, "stretch"), waits=True
    )
    assert [call.data for call in calls.light] == [
        {"entity_id": ["light.living_room"], "brightness_pct": 25}
    ]
    (notification,) = calls.notify
    assert notification.data["title"] == "Title of stretch"
    assert notification.data["message"] == (
        "On hands and knees.\nRound and arch your back, ten times."
    )
    (done,) = buttons(notification)
    await press(hass, done)
    assert [call.data for call in calls.complete] == [
        {"device_id": workstation, "kind": "stretch"}
    ]


@pytest.mark.usefixtures("evening")
@pytest.mark.parametrize(
    ("state", "unit", "sent"),
    [
        pytest.param("150", "min", True, id="150 min"),
        pytest.param("2.5", "h", True, id="2.5 h"),
        pytest.param("90", "min", False, id="90 min is too little"),
        pytest.param("unavailable", None, False, id="unavailable"),
    ],
)
async def test_evening_stretch_at_a_chosen_time(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    workstation: str,
    phone: str,
    calls: Calls,
    freezer: FrozenDateTimeFactory,
    state: str,
    unit: str | None,
    sent: bool,
) -> None:
    await evening_stretch(
        hass,
        workstation,
        phone,
        when="time",
        time="19:30:00",
        min_seated_minutes=120,
        scene="scene.evening",
        lights=["light.living_room"],
    )
    hass.states.async_set(SEATED, state, {"unit_of_measurement": unit} if unit else {})
    # Backcare's own nudge is not what was chosen.
    await fire(
        hass, "backcare_nudge", nudge_data(entry, workstation, "stretch"), waits=True
    )
    assert calls.none()

    await at_clock(hass, freezer, "19:30:00", waits=True)
    if not sent:
        assert calls.none()
        return
    assert [call.data for call in calls.scene] == [{"entity_id": ["scene.evening"]}]
    assert not calls.light
    (notification,) = calls.notify
    assert notification.data["title"] == "Evening stretch"
    message = notification.data["message"]
    for part in ("Hip flexors", "Hamstrings", "Glutes", "Thoracic spine", "foam roll"):
        assert part in message


@pytest.mark.usefixtures("evening")
async def test_evening_stretch_ignores_other_nudges(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    workstation: str,
    phone: str,
    calls: Calls,
) -> None:
    await evening_stretch(hass, workstation, phone)
    await fire(
        hass, "backcare_nudge", nudge_data(entry, workstation, "core"), waits=True
    )
    data = nudge_data(entry, workstation, "stretch") | {"device_id": "another-desk"}
    await fire(hass, "backcare_nudge", data)
    assert calls.none()


# Morning core ------------------------------------------------------------------------


async def test_morning_core(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    workstation: str,
    phone: str,
    calls: Calls,
) -> None:
    await automation(hass, "morning_core.yaml", workstation=workstation, phones=[phone])
    await fire(hass, "backcare_nudge", nudge_data(entry, workstation, "stand"))
    data = nudge_data(entry, workstation, "core") | {"device_id": "another-desk"}
    await fire(hass, "backcare_nudge", data)
    assert calls.none()

    await fire(
        hass, "backcare_nudge", nudge_data(entry, workstation, "core"), waits=True
    )
    (notification,) = calls.notify
    assert notification.data["title"] == "Title of core"
    assert notification.data["message"] == (
        "On hands and knees.\nRound and arch your back, ten times."
    )
    (done,) = buttons(notification)
    await press(hass, done)
    assert [call.data for call in calls.complete] == [
        {"device_id": workstation, "kind": "core"}
    ]


# Daily summary -----------------------------------------------------------------------


@pytest.mark.usefixtures("evening")
@pytest.mark.parametrize(
    ("skip", "figures", "message"),
    [
        pytest.param(
            True,
            {SEATED: "245.4", STANDING: "80", LONGEST: "52", BREAKS: "6", STREAK: "3"},
            "Seated 4 h 5 min, standing 1 h 20 min. Longest sitting bout 52 min. "
            "6 breaks. Standing goal streak: 3 days.",
            id="a day at the desk",
        ),
        pytest.param(
            True,
            {SEATED: "0", STANDING: "0", LONGEST: "0", BREAKS: "0", STREAK: "0"},
            None,
            id="an empty day is skipped",
        ),
        pytest.param(
            False,
            {SEATED: "0", STANDING: "0", LONGEST: "0", BREAKS: "1", STREAK: "1"},
            "Seated 0 min, standing 0 min. Longest sitting bout 0 min. "
            "1 break. Standing goal streak: 1 day.",
            id="an empty day is sent when wanted",
        ),
    ],
)
async def test_daily_summary(
    hass: HomeAssistant,
    phone: str,
    calls: Calls,
    freezer: FrozenDateTimeFactory,
    skip: bool,
    figures: dict[str, str],
    message: str | None,
) -> None:
    await automation(
        hass,
        "daily_summary.yaml",
        time="18:30:00",
        skip_empty_days=skip,
        seated_sensor=SEATED,
        standing_sensor=STANDING,
        longest_bout_sensor=LONGEST,
        breaks_sensor=BREAKS,
        streak_sensor=STREAK,
        phones=[phone],
    )
    for entity_id, value in figures.items():
        hass.states.async_set(
            entity_id,
            value,
            MINUTES if entity_id in (SEATED, STANDING, LONGEST) else {},
        )
    await at_clock(hass, freezer, "18:29:00")
    assert calls.none()
    await at_clock(hass, freezer, "18:30:00")
    if message is None:
        assert calls.none()
        return
    assert [call.data for call in calls.notify] == [
        {"title": "Your day at the desk", "message": message}
    ]
