"""The exercise pictures: one for every exercise, served by backcare and sent to phones."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
import struct
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    CLIENT_ID,
    MockConfigEntry,
    MockUser,
    async_mock_service,
)
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.backcare.engine.exercises import CATALOGUE, EXERCISES
from custom_components.backcare.exercise_picture import (
    PICTURES,
    picture_path,
    shared_exercise_image,
)

from .helpers import PRESENCE, STAND_ONLY, Day, travel

IMAGE = "image.office_desk_exercise"
NUDGE = "sensor.office_desk_nudge"
ART = Path(__file__).parents[1] / "art" / "exercises"
PNG = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, from its header."""
    assert data.startswith(PNG)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def shipped(key: str) -> bytes:
    """The PNG backcare ships for exercise `key`."""
    path = picture_path(key)
    assert path is not None, key
    return path.read_bytes()


def test_every_exercise_and_routine_step_has_a_picture() -> None:
    missing = [key for key in CATALOGUE if picture_path(key) is None]
    assert missing == []


def test_every_picture_is_a_notification_sized_png_rendered_from_its_drawing() -> None:
    """2:1 PNGs of a modest size, one per drawing under art/exercises, none stale."""
    pictures = sorted(PICTURES.glob("*.png"))
    assert [p.stem for p in pictures] == sorted(p.stem for p in ART.glob("*.svg"))
    for picture in pictures:
        assert png_size(picture.read_bytes()) == (720, 360), picture.name
        assert 2_000 < picture.stat().st_size < 60_000, picture.name


async def fetch(client: ClientSessionGenerator, url: str) -> bytes:
    """What a phone gets from Home Assistant at `url`, without logging in."""
    session = await client()
    response = await session.get(url)
    assert response.status == 200, url
    assert response.content_type == "image/png"
    return await response.read()


async def status(client: ClientSessionGenerator, url: str) -> int:
    session = await client()
    return (await session.get(url)).status


async def first_nudge(day: Day, **options: object) -> dict[str, object]:
    """Sit from 09:00 until the stand nudge; return its exercise as the event gives it."""
    await day.start("09:00", **STAND_ONLY, **options)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    exercise: dict[str, object] = day.nudges[0].data["exercise"]
    return exercise


async def test_the_notification_carries_the_picture_of_its_exercise(
    hass: HomeAssistant,
    day: Day,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    phone = async_mock_service(hass, "notify", "mobile_app_phone")
    exercise = await first_nudge(day, notify_services=["notify.mobile_app_phone"])

    (call,) = phone
    url = call.data["data"]["image"]
    assert url == exercise["image"]
    assert url.startswith(f"/api/backcare/pictures/{exercise['key']}.png?authSig=")
    # The URL the phone fetches, without logging in, serves the exercise's picture.
    picture = await fetch(hass_client_no_auth, url)
    assert picture == shipped(str(exercise["key"]))
    assert png_size(picture) == (720, 360)
    # Fetched again (a second phone): the same picture, which browsers may keep.
    session = await hass_client_no_auth()
    response = await session.get(url)
    assert await response.read() == picture
    assert response.headers["Cache-Control"] == f"private, max-age={31 * 86400}"


async def test_the_sent_url_works_for_a_day(
    hass: HomeAssistant,
    day: Day,
    freezer: FrozenDateTimeFactory,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """A phone that fetches the picture hours late (asleep, offline) still gets it."""
    exercise = await first_nudge(day)
    url = str(exercise["image"])
    freezer.tick(timedelta(hours=6))
    assert await fetch(hass_client_no_auth, url) == shipped(str(exercise["key"]))
    freezer.tick(timedelta(hours=18))
    assert await fetch(hass_client_no_auth, url) == shipped(str(exercise["key"]))
    freezer.tick(timedelta(hours=1, seconds=1))
    assert await status(hass_client_no_auth, url) == 401


@pytest.mark.usefixtures("entry")
async def test_each_address_given_out_works_for_a_day(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """Nudges minutes or hours apart show the same picture: each address works a day on."""
    exercise = next(e for e in EXERCISES if e.key == "bird_dog")
    start = dt_util.utcnow()
    given = []
    for later in (timedelta(0), timedelta(minutes=59), timedelta(minutes=61)):
        midday.move_to(start + later)
        url = shared_exercise_image(hass, exercise)
        assert url is not None
        given.append((start + later, url))
    for at, url in given:
        midday.move_to(at + timedelta(days=1))
        assert await fetch(hass_client_no_auth, url) == shipped("bird_dog")
    midday.move_to(start + timedelta(days=1, hours=1, seconds=1))
    assert await status(hass_client_no_auth, given[0][1]) == 401


@pytest.mark.usefixtures("midday", "entry")
async def test_the_pictures_are_for_logged_in_users_and_known_exercises(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    url = "/api/backcare/pictures/cat_cow.png"
    assert await status(hass_client_no_auth, url) == 401
    assert await fetch(hass_client, url) == shipped("cat_cow")
    # A signature of another picture does not open this one.
    exercise = next(e for e in EXERCISES if e.key == "bird_dog")
    signed = shared_exercise_image(hass, exercise)
    assert signed is not None
    signature = signed.split("?", 1)[1]
    assert await status(hass_client_no_auth, f"{url}?{signature}") == 401
    for unknown in ("no_such_exercise", "CAT_COW", "cat_cow.svg"):
        assert await status(hass_client, f"/api/backcare/pictures/{unknown}.png") == 404


async def test_the_nudge_sensor_gives_the_pictures_address(
    hass: HomeAssistant,
    day: Day,
) -> None:
    """For a logged-in frontend (the card signs it): the address without a signature."""
    exercise = await first_nudge(day)
    state = hass.states.get(NUDGE)
    assert state is not None
    assert state.attributes["exercise"] == exercise["key"]
    assert (
        state.attributes["exercise_image"]
        == f"/api/backcare/pictures/{exercise['key']}.png"
    )


async def test_a_logged_in_frontend_signs_that_address_and_shows_the_picture(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    entry: MockConfigEntry,
    hass_admin_user: MockUser,
    hass_ws_client: WebSocketGenerator,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """What the card does: `auth/sign_path`, then an <img> that sends no login."""
    assert await async_setup_component(hass, "auth", {})
    hass.states.async_set(PRESENCE, "on")
    await travel(hass, midday, dt_util.now() + timedelta(minutes=31))
    state = hass.states.get(NUDGE)
    assert state is not None
    # Logged in now (an access token lasts 30 minutes).
    refresh_token = await hass.auth.async_create_refresh_token(
        hass_admin_user, CLIENT_ID
    )
    client = await hass_ws_client(
        hass, hass.auth.async_create_access_token(refresh_token)
    )
    await client.send_json_auto_id(
        {
            "type": "auth/sign_path",
            "path": state.attributes["exercise_image"],
            "expires": 86400,
        }
    )
    answer = await client.receive_json()
    await client.close()
    assert answer["success"]
    picture = await fetch(hass_client_no_auth, answer["result"]["path"])
    assert picture == shipped(state.attributes["exercise"])


async def test_an_exercise_without_a_picture_is_sent_without_one(
    hass: HomeAssistant, day: Day
) -> None:
    """An exercise added without a picture still nudges, with no image to fetch."""
    phone = async_mock_service(hass, "notify", "mobile_app_phone")
    with patch("custom_components.backcare.exercise_picture._SHIPPED", frozenset()):
        exercise = await first_nudge(day, notify_services=["notify.mobile_app_phone"])
    assert exercise["image"] is None
    assert "image" not in phone[0].data["data"]
    state = hass.states.get(NUDGE)
    assert state is not None
    assert state.attributes["exercise_image"] is None


# The Exercise image ----------------------------------------------------------------


async def test_the_exercise_image_is_disabled_by_default(
    hass: HomeAssistant,
    day: Day,
    entity_registry: er.EntityRegistry,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """It would write its state every 5 minutes; the nudges do not need it."""
    exercise = await first_nudge(day)
    registered = entity_registry.async_get(IMAGE)
    assert registered is not None
    assert registered.disabled_by is er.RegistryEntryDisabler.INTEGRATION
    assert hass.states.get(IMAGE) is None
    assert await fetch(hass_client_no_auth, str(exercise["image"])) == shipped(
        str(exercise["key"])
    )


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_the_exercise_image_shows_the_nudges_exercise(
    hass: HomeAssistant,
    day: Day,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    await day.start("09:00", **STAND_ONLY)
    # Before the first nudge there is no exercise, and no picture to fetch.
    state = hass.states.get(IMAGE)
    assert state is not None
    assert state.state == "unknown"
    assert await status(hass_client_no_auth, state.attributes["entity_picture"]) != 200
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    key = day.nudges[0].data["exercise"]["key"]
    state = hass.states.get(IMAGE)
    assert state is not None
    assert state.attributes["exercise"] == key
    picture = await fetch(hass_client_no_auth, state.attributes["entity_picture"])
    assert picture == shipped(key)


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_the_picture_changes_with_the_exercise_only(
    hass: HomeAssistant, day: Day
) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    first = hass.states.get(IMAGE)
    assert first is not None
    # The repeat at a higher level suggests the same exercise: the picture stays.
    await day.travel("09:41")
    assert [level for _, _, level in day.fired()] == [1, 2]
    repeated = hass.states.get(IMAGE)
    assert repeated is not None
    assert repeated.state == first.state
    # Standing up answers it; the next stand nudge suggests the next exercise.
    await day.set(PRESENCE, "off")
    await day.travel("09:45")
    await day.set(PRESENCE, "on")
    await day.travel("10:16")
    keys = [event.data["exercise"]["key"] for event in day.nudges]
    assert keys[-1] != keys[0]
    changed = hass.states.get(IMAGE)
    assert changed is not None
    assert changed.attributes["exercise"] == keys[-1]
    assert changed.state > first.state


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_the_last_exercise_is_shown_again_after_a_restart(
    hass: HomeAssistant,
    day: Day,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    before = hass.states.get(IMAGE)
    assert before is not None
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    after = hass.states.get(IMAGE)
    assert after is not None
    assert after.attributes["exercise"] == before.attributes["exercise"]
    assert after.state == before.state
    picture = await fetch(hass_client_no_auth, after.attributes["entity_picture"])
    assert picture == shipped(before.attributes["exercise"])
