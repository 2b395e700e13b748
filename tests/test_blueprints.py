"""The automation blueprints: valid for Home Assistant, and doing what they say."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from pathlib import Path
import re
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.automation.config import (
    AUTOMATION_BLUEPRINT_SCHEMA,
    async_validate_config_item,
)
from homeassistant.components.blueprint import models
from homeassistant.components.blueprint.schemas import BLUEPRINT_SCHEMA
from homeassistant.components.persistent_notification import (
    _async_get_or_create_notifications,
)
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util, slugify, yaml as yaml_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_mock_service,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.backcare.const import DOMAIN
from custom_components.backcare.engine.routines import core_routine
from custom_components.backcare.exercise_picture import picture_path
from custom_components.backcare.notify_actions import (
    NotificationAction,
    parse_action_id,
)

from .bench.clock import fire_due
from .helpers import (
    HEIGHT,
    PRESENCE,
    Day,
    add_workstation,
    translations,
    travel,
    workstation_device,
)
from .test_routine import tick

REPO = Path(__file__).parent.parent
FOLDER = REPO / "blueprints" / "automation" / "backcare"
BLUEPRINTS = [
    "stand_nudge.yaml",
    "mobility_break.yaml",
    "evening_stretch.yaml",
    "morning_core.yaml",
    "daily_summary.yaml",
    "talk_to_backcare.yaml",
    "posture_cue.yaml",
    "guided_routine.yaml",
]
SOURCE = (
    "https://github.com/backcare-ha/backcare/blob/main/blueprints/automation/backcare/"
)

OCCUPIED = "binary_sensor.office_desk_occupied"
SEATED = "sensor.office_desk_seated_time_today"
PHONE_SERVICE = "mobile_app_pixel_8"
# What backcare_nudge carries as exercise.image: the picture's signed address.
IMAGE_URL = "/api/backcare/pictures/cat_cow.png?authSig=0123abcd"
LANGUAGES = ("en", "de", "nl", "fr", "es")


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


def texts(value: Any) -> Iterator[str]:
    """Every string in a blueprint: its descriptions, names and messages."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


def english() -> dict[str, Any]:
    return translations()


def test_texts_name_the_steps_and_options_of_the_ui() -> None:
    """A blueprint that sends people to "Configure → Timing" sends them nowhere."""
    steps = english()["options"]["step"]
    titles = {step["title"] for step in steps.values()}
    # A field's label, also of fields in a step's (collapsible) sections.
    options = {
        label
        for step in steps.values()
        for part in (step, *step.get("sections", {}).values())
        for label in part.get("data", {}).values()
    }
    named_steps: set[str] = set()
    named_options: set[str] = set()
    for name in BLUEPRINTS:
        for text in texts(load(name)):
            # "Configure → Phone and desk." names the options flow's step.
            for step in re.findall(r"Configure → (.+?)(?=[.,;:)]|$)", text):
                assert step in titles, f"{name}: no step {step!r} in {sorted(titles)}"
                named_steps.add(step)
        # "*Phones to notify*" (not **bold**) in what the editor shows names a field.
        for text in texts(load(name)["blueprint"]):
            for option in re.findall(r"(?<!\*)\*([^*]+)\*(?!\*)", text):
                assert option in options, f"{name}: no option {option!r}"
                named_options.add(option)
    # The check is not vacuous: the blueprints do point into the options flow.
    assert named_steps
    assert named_options


@pytest.mark.parametrize(
    # Talk to backcare answers where it was asked, and the guided routine on a
    # speaker: they ask for no phone at all.
    "name",
    [
        name
        for name in BLUEPRINTS
        if name not in ("talk_to_backcare.yaml", "guided_routine.yaml")
    ],
)
def test_no_phone_input_is_required(name: str) -> None:
    """Every blueprint does something useful without a phone: phones are optional."""
    blueprint = models.Blueprint(
        load(name), expected_domain="automation", schema=AUTOMATION_BLUEPRINT_SCHEMA
    )
    phones = blueprint.inputs["phones"]
    assert phones["default"] == []
    assert "companion app" in phones["description"]


@pytest.mark.parametrize("name", BLUEPRINTS)
async def test_saved_with_only_the_workstation(
    hass: HomeAssistant, workstation: str, name: str
) -> None:
    """What the automation editor saves (and validates) when only the desk is picked.

    Without defaults, saving fails with "Message malformed: Missing input phones".
    """
    config = await async_validate_config_item(
        hass,
        name,
        {
            "alias": name,
            "use_blueprint": {
                "path": f"backcare/{name}",
                "input": {"workstation": workstation},
            },
        },
    )
    assert config is not None


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
async def workstation(hass: HomeAssistant, entry: MockConfigEntry) -> str:
    """The device id of the Office desk, with Home Assistant's notifications set up."""
    assert await async_setup_component(hass, "persistent_notification", {})
    return workstation_device(hass, entry).id


def notifications(hass: HomeAssistant) -> dict[str, tuple[str | None, str]]:
    """Home Assistant's own notifications: id -> (title, message)."""
    return {
        notification_id: (notification["title"], notification["message"])
        for notification_id, notification in _async_get_or_create_notifications(
            hass
        ).items()
    }


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
    # Home Assistant's own actions (update_entity), always there in a real instance.
    assert await async_setup_component(hass, "homeassistant", {})
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
            "image": IMAGE_URL,
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
    assert notification.data["data"]["image"] == IMAGE_URL
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


async def test_stand_nudge_without_a_phone(
    hass: HomeAssistant, entry: MockConfigEntry, workstation: str, calls: Calls
) -> None:
    """A light alone is worth an automation: no phone asked for."""
    await automation(
        hass, "stand_nudge.yaml", workstation=workstation, lights=["light.desk_lamp"]
    )
    await occupy(hass)
    await fire(hass, "backcare_nudge", nudge_data(entry, workstation, "stand", 3))
    assert calls.made() == {"light": 1}
    # Resolved: nothing to remove anywhere.
    await fire(
        hass,
        "backcare_nudge_resolved",
        {"entry_id": entry.entry_id, "device_id": workstation, "kind": "stand"},
    )
    assert calls.made() == {"light": 1}


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
    assert notification.data["data"]["image"] == IMAGE_URL
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


async def test_mobility_break_without_a_phone(
    hass: HomeAssistant, desk_states: None, freezer: FrozenDateTimeFactory
) -> None:
    """A real mobility nudge in Home Assistant's notifications, answered with Done."""
    freezer.move_to(local("12:00:00"))
    entry = await add_workstation(hass, sit_limit_minutes=240, core_enabled=False)
    assert await async_setup_component(hass, "persistent_notification", {})
    device_id = workstation_device(hass, entry).id
    await automation(
        hass, "mobility_break.yaml", workstation=device_id, show_in_home_assistant=True
    )
    notification_id = f"backcare_mobility_break_{device_id}"

    hass.states.async_set(PRESENCE, "on")
    await travel(hass, freezer, local("12:59:00"))
    for clock in ("13:00:00", "13:01:00"):
        # The automation then waits for the answer: Home Assistant is never idle.
        freezer.move_to(local(clock))
        fire_due(hass, dt_util.utcnow())
        await settle(hass, waits=True)
    nudge = hass.states.get("sensor.office_desk_nudge")
    assert nudge is not None
    assert nudge.state == "move"
    title, message = notifications(hass)[notification_id]
    steps = "\n".join(
        f"{number}. {step}" for number, step in enumerate(nudge.attributes["steps"], 1)
    )
    assert message == (
        f"**{nudge.attributes['exercise_name']}**\n\n{steps}\n\n"
        "When you have done it, press **Done** on the workstation Office desk."
    )
    assert title

    await hass.services.async_call(
        "button", "press", {"entity_id": "button.office_desk_done"}, blocking=True
    )
    await settle(hass, waits=True)
    assert hass.states.get("sensor.office_desk_nudge").state == "none"  # type: ignore[union-attr]
    assert notification_id not in notifications(hass)
    # The Done button counted the break.
    assert hass.states.get("sensor.office_desk_breaks_today").state == "1"  # type: ignore[union-attr]
    await hass.services.async_call(
        "automation", "turn_off", {"entity_id": "all"}, blocking=True
    )


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
    assert notification.data["data"]["image"] == IMAGE_URL
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
    # The seated time set by hand stays: asking backcare for it as of now is stubbed.
    updates = async_mock_service(hass, "homeassistant", "update_entity")
    hass.states.async_set(SEATED, state, {"unit_of_measurement": unit} if unit else {})
    # Backcare's own nudge is not what was chosen.
    await fire(
        hass, "backcare_nudge", nudge_data(entry, workstation, "stretch"), waits=True
    )
    assert calls.none()

    assert not updates
    await at_clock(hass, freezer, "19:30:00", waits=True)
    # Seated time today is asked for as of the chosen time before it is compared.
    assert [call.data for call in updates] == [{"entity_id": [SEATED]}]
    if not sent:
        assert calls.none()
        return
    assert [call.data for call in calls.scene] == [{"entity_id": ["scene.evening"]}]
    assert not calls.light
    (notification,) = calls.notify
    assert notification.data["title"] == "Evening stretch"
    # No nudge, no exercise: no picture.
    assert "image" not in notification.data["data"]
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
    assert notification.data["data"]["image"] == IMAGE_URL
    (done,) = buttons(notification)
    await press(hass, done)
    assert [call.data for call in calls.complete] == [
        {"device_id": workstation, "kind": "core"}
    ]


# Pictures ----------------------------------------------------------------------------

PHONE_BLUEPRINTS = {
    "stand_nudge.yaml": ("stand", 3),
    "mobility_break.yaml": ("move", 1),
    "evening_stretch.yaml": ("stretch", 1),
    "morning_core.yaml": ("core", 1),
}


@pytest.mark.usefixtures("evening")
@pytest.mark.parametrize("name", PHONE_BLUEPRINTS)
async def test_no_picture_is_sent_without_one(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    workstation: str,
    phone: str,
    calls: Calls,
    name: str,
) -> None:
    """An exercise without a picture has no image in the event: the phone gets none."""
    await automation(hass, name, workstation=workstation, phones=[phone])
    await occupy(hass)
    kind, level = PHONE_BLUEPRINTS[name]
    data = nudge_data(entry, workstation, kind, level)
    data["exercise"]["image"] = None
    await fire(hass, "backcare_nudge", data, waits=True)
    (notification,) = calls.notify
    assert notification.data["data"]["tag"].startswith("backcare_")
    assert "image" not in notification.data["data"]


async def test_the_phone_fetches_the_picture_of_a_real_nudge(
    hass: HomeAssistant,
    desk_states: None,
    freezer: FrozenDateTimeFactory,
    phone: str,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """The URL a blueprint sends serves the exercise's picture, without logging in."""
    freezer.move_to(local("12:00:00"))
    entry = await add_workstation(hass, sit_limit_minutes=240, core_enabled=False)
    notify = async_mock_service(hass, "notify", PHONE_SERVICE)
    await automation(
        hass,
        "mobility_break.yaml",
        workstation=workstation_device(hass, entry).id,
        phones=[phone],
    )
    hass.states.async_set(PRESENCE, "on")
    await travel(hass, freezer, local("12:59:00"))
    freezer.move_to(local("13:00:00"))
    fire_due(hass, dt_util.utcnow())
    await settle(hass, waits=True)
    (notification,) = notify
    url = notification.data["data"]["image"]
    response = await (await hass_client_no_auth()).get(url)
    assert response.status == 200
    assert response.content_type == "image/png"
    key = hass.states.get("sensor.office_desk_nudge").attributes["exercise"]  # type: ignore[union-attr]
    path = picture_path(key)
    assert path is not None
    assert await response.read() == path.read_bytes()
    await hass.services.async_call(
        "automation", "turn_off", {"entity_id": "all"}, blocking=True
    )


# Daily summary -----------------------------------------------------------------------


def entity_name(language: str, platform: str, key: str) -> str:
    data = translations(language)
    return str(data["entity"][platform][key]["name"])


async def test_daily_summary_counts_up_to_the_minute_it_is_sent(
    hass: HomeAssistant, desk_states: None, freezer: FrozenDateTimeFactory
) -> None:
    """Still sitting when the summary is due: its figures are as of that minute.

    Between changes of posture backcare does not write today's totals (each write is a
    recorder row): the blueprint asks for them as of now first.
    """
    freezer.move_to(local("16:00:00"))
    entry = await add_workstation(hass)
    assert await async_setup_component(hass, "persistent_notification", {})
    device_id = workstation_device(hass, entry).id
    await automation(hass, "daily_summary.yaml", workstation=device_id)
    hass.states.async_set(PRESENCE, "on")
    await hass.async_block_till_done()
    await travel(hass, freezer, local("18:29:00"))
    assert float(hass.states.get(SEATED).state) == 0  # type: ignore[union-attr]
    await travel(hass, freezer, local("18:30:00"))
    summary = notifications(hass)[f"backcare_daily_summary_{device_id}"]
    assert summary[1].startswith("Seated 2 h 30 min, standing 0 min.")
    await hass.services.async_call(
        "automation", "turn_off", {"entity_id": "all"}, blocking=True
    )


@pytest.mark.parametrize("language", LANGUAGES)
async def test_daily_summary_finds_the_workstations_sensors(
    hass: HomeAssistant,
    desk_states: None,
    freezer: FrozenDateTimeFactory,
    language: str,
) -> None:
    """A real afternoon at the desk, summed up without a phone.

    Home Assistant names the entity ids in its language when the workstation is
    added (sensor.office_desk_sitzzeit_heute in German): the blueprint finds them in
    each of backcare's languages.
    """
    hass.config.language = language
    freezer.move_to(local("16:00:00"))
    entry = await add_workstation(hass)
    assert await async_setup_component(hass, "persistent_notification", {})
    device_id = workstation_device(hass, entry).id
    seated = "sensor.office_desk_" + slugify(
        entity_name(language, "sensor", "seated_time_today")
    )
    assert hass.states.get(seated) is not None
    await automation(hass, "daily_summary.yaml", workstation=device_id)

    # Sitting 90 minutes, standing 20, then away for the evening (each reading taken
    # in before the clock moves on, as it is at home).
    hass.states.async_set(PRESENCE, "on")
    await hass.async_block_till_done()
    await travel(hass, freezer, local("17:30:00"))
    hass.states.async_set(HEIGHT, "110.0", {"unit_of_measurement": "cm"})
    await hass.async_block_till_done()
    await travel(hass, freezer, local("17:50:00"))
    hass.states.async_set(PRESENCE, "off")
    await hass.async_block_till_done()
    await travel(hass, freezer, local("18:29:00"))
    assert not notifications(hass)

    await travel(hass, freezer, local("18:30:00"))
    assert notifications(hass) == {
        f"backcare_daily_summary_{device_id}": (
            "Your day at the desk",
            "Seated 1 h 30 min, standing 20 min. Longest sitting bout 1 h 30 min. "
            "1 break. Standing goal streak: 0 days.",
        )
    }
    await hass.services.async_call(
        "automation", "turn_off", {"entity_id": "all"}, blocking=True
    )


@pytest.mark.usefixtures("evening")
@pytest.mark.parametrize(
    ("skip", "phones"),
    [
        pytest.param(True, False, id="an empty day is skipped"),
        pytest.param(False, True, id="an empty day is sent when wanted"),
    ],
)
async def test_daily_summary_of_an_empty_day(
    hass: HomeAssistant,
    workstation: str,
    phone: str,
    calls: Calls,
    freezer: FrozenDateTimeFactory,
    skip: bool,
    phones: bool,
) -> None:
    await automation(
        hass,
        "daily_summary.yaml",
        workstation=workstation,
        time="18:30:00",
        skip_empty_days=skip,
        show_in_home_assistant=False,
        phones=[phone] if phones else [],
        title="Desk day",
    )
    await at_clock(hass, freezer, "18:30:00")
    assert not notifications(hass)
    if skip:
        assert calls.none()
        return
    assert [call.data for call in calls.notify] == [
        {
            "title": "Desk day",
            "message": "Seated 0 min, standing 0 min. Longest sitting bout 0 min. "
            "0 breaks. Standing goal streak: 0 days.",
        }
    ]


# Without a phone ---------------------------------------------------------------------


@pytest.mark.usefixtures("evening")
@pytest.mark.parametrize(
    ("name", "kind", "notification"),
    [
        ("evening_stretch.yaml", "stretch", "backcare_evening_stretch"),
        ("morning_core.yaml", "core", "backcare_morning_core"),
    ],
)
async def test_shown_in_home_assistant_until_answered(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    workstation: str,
    calls: Calls,
    name: str,
    kind: str,
    notification: str,
) -> None:
    """Without a phone the routine shows in Home Assistant, until it is answered."""
    await automation(hass, name, workstation=workstation, show_in_home_assistant=True)
    await fire(hass, "backcare_nudge", nudge_data(entry, workstation, kind), waits=True)
    title, message = notifications(hass)[f"{notification}_{workstation}"]
    assert title == f"Title of {kind}"
    assert "On hands and knees." in message
    assert "Round and arch your back, ten times." in message
    assert calls.none()

    # The workstation's Done button (or the day's end) resolves backcare's nudge.
    await fire(
        hass,
        "backcare_nudge_resolved",
        {"entry_id": entry.entry_id, "device_id": workstation, "kind": kind},
    )
    assert not notifications(hass)
    assert calls.none()


# Posture cue ------------------------------------------------------------------------

SLOUCH_SENSOR = "binary_sensor.slouch"


async def slouching_desk(day: Day, **inputs: Any) -> None:
    """A workstation with a slouch sensor, the blueprint on it, someone sitting."""
    day.hass.states.async_set(SLOUCH_SENSOR, "off")
    entry = await day.start("09:00", slouch_entity=SLOUCH_SENSOR, core_enabled=False)
    device_id = workstation_device(day.hass, entry).id
    assert await async_setup_component(
        day.hass,
        "automation",
        {
            "automation": {
                "id": "posture_cue",
                "alias": "Posture cue",
                "use_blueprint": {
                    "path": "backcare/posture_cue.yaml",
                    "input": {"workstation": device_id, **inputs},
                },
            }
        },
    )
    await day.hass.async_block_till_done()
    assert day.hass.states.get("automation.posture_cue").state == "on"  # type: ignore[union-attr]
    await day.set(PRESENCE, "on")


async def test_posture_cue_pulses_the_lamp_and_chimes(
    hass: HomeAssistant, day: Day
) -> None:
    light = async_mock_service(hass, "light", "turn_on")
    play = async_mock_service(hass, "media_player", "play_media")
    speak = async_mock_service(hass, "tts", "speak")
    await slouching_desk(
        day,
        lights=["light.desk_lamp"],
        speakers=["media_player.office"],
        chime="media-source://media_source/local/chime.mp3",
        tts_engine="tts.piper",
    )
    await day.set(SLOUCH_SENSOR, "on")
    await day.travel("09:00:59")
    assert light == []
    await day.travel("09:01")
    assert [call.data for call in light] == [
        {"entity_id": ["light.desk_lamp"], "flash": "short"}
    ]
    assert [call.data for call in play] == [
        {
            "entity_id": ["media_player.office"],
            "media_content_id": "media-source://media_source/local/chime.mp3",
            "media_content_type": "music",
            "announce": True,
        }
    ]
    assert speak[0].data["message"] == "Posture: Sit tall"
    assert speak[0].data["media_player_entity_id"] == ["media_player.office"]
    # Sitting up ends the cue; the next slouch waits for the cue gap.
    await day.set(SLOUCH_SENSOR, "off")
    await day.travel("09:02")
    await day.set(SLOUCH_SENSOR, "on")
    await day.travel("09:10:59")
    assert len(light) == 1
    await day.travel("09:11")
    assert len(light) == 2
    assert speak[1].data["message"] == "Posture: Shoulders back"


async def test_posture_cue_only_chimes_without_a_voice(
    hass: HomeAssistant, day: Day
) -> None:
    play = async_mock_service(hass, "media_player", "play_media")
    speak = async_mock_service(hass, "tts", "speak")
    await slouching_desk(
        day,
        speakers=["media_player.office"],
        chime="media-source://media_source/local/chime.mp3",
    )
    await day.set(SLOUCH_SENSOR, "on")
    await day.travel("09:01")
    assert len(play) == 1
    assert speak == []


async def test_posture_cue_with_only_the_workstation_does_nothing(
    hass: HomeAssistant, day: Day
) -> None:
    light = async_mock_service(hass, "light", "turn_on")
    play = async_mock_service(hass, "media_player", "play_media")
    await slouching_desk(day)
    await day.set(SLOUCH_SENSOR, "on")
    await day.travel("09:01")
    assert [kind for _, kind, _ in day.fired()] == ["posture"]
    assert light == play == []
    assert hass.states.get("automation.posture_cue").attributes["last_triggered"]  # type: ignore[union-attr]


async def test_posture_cue_leaves_the_lamp_alone_on_other_nudges(
    hass: HomeAssistant, day: Day
) -> None:
    light = async_mock_service(hass, "light", "turn_on")
    await slouching_desk(day, lights=["light.desk_lamp"])
    await day.travel("09:31")
    assert [kind for _, kind, _ in day.fired()] == ["stand"]
    assert light == []


# Guided routine on a speaker ----------------------------------------------------------


GUIDED = "guided_routine.yaml"
CHIME = "media-source://media_source/local/chime.mp3"


async def start_core(hass: HomeAssistant, workstation: str) -> None:
    await hass.services.async_call(
        "backcare",
        "start_routine",
        {"device_id": workstation, "routine": "core"},
        blocking=True,
    )
    await hass.async_block_till_done()


async def guided(hass: HomeAssistant, workstation: str, **inputs: Any) -> None:
    """The guided routine on the bedroom speaker, with Piper's voice."""
    await automation(
        hass,
        GUIDED,
        workstation=workstation,
        **{"speakers": ["media_player.bedroom"], "tts_engine": "tts.piper"} | inputs,
    )


async def test_each_step_is_said_on_the_speaker_after_a_chime(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    workstation: str,
    calls: Calls,
) -> None:
    chimes = async_mock_service(hass, "media_player", "play_media")
    await guided(
        hass,
        workstation,
        chime=CHIME,
        # The pause runs on the event loop's clock, which stands still in tests.
        chime_seconds=0,
    )
    started = dt_util.utcnow()
    await start_core(hass, workstation)
    # The first step: no chime before it.
    assert chimes == []
    (said,) = calls.tts
    assert said.data == {
        "entity_id": ["tts.piper"],
        "media_player_entity_id": ["media_player.bedroom"],
        "message": "Belly breathing. Lie on your back, knees bent, one hand on your "
        "belly. Breathe slowly into your belly for 60 seconds.",
        "cache": True,
    }
    await tick(hass, midday, started + timedelta(seconds=core_routine()[0].seconds))
    assert [call.data["media_content_id"] for call in chimes] == [CHIME]
    assert len(calls.tts) == 2
    assert calls.tts[1].data["message"].startswith("Pelvic tilts. ")
    assert "10 times" in calls.tts[1].data["message"]


async def test_the_steps_are_said_in_home_assistant_s_language(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    workstation: str,
    calls: Calls,
) -> None:
    await hass.config.async_update(language="nl")
    await guided(hass, workstation)
    await start_core(hass, workstation)
    assert calls.tts[0].data["message"].startswith("Buikademhaling. ")


async def test_nothing_is_said_without_a_speaker_or_for_another_workstation(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    entry: MockConfigEntry,
    workstation: str,
    calls: Calls,
) -> None:
    other = MockConfigEntry(domain="backcare", title="Studio", options=entry.options)
    other.add_to_hass(hass)
    assert await hass.config_entries.async_setup(other.entry_id)
    await hass.async_block_till_done()
    await guided(hass, workstation)
    await hass.services.async_call(
        "backcare",
        "start_routine",
        {"config_entry_id": other.entry_id, "routine": "evening"},
        blocking=True,
    )
    await hass.async_block_till_done()
    assert calls.none()


async def test_nothing_is_said_without_a_voice(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    workstation: str,
    calls: Calls,
) -> None:
    await guided(hass, workstation, tts_engine="")
    await start_core(hass, workstation)
    assert calls.none()
