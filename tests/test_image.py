"""The exercise pictures: one for every exercise, shown by the Exercise image and sent to phones."""

from __future__ import annotations

from pathlib import Path
import struct
from unittest.mock import patch

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from pytest_homeassistant_custom_component.common import async_mock_service
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.backcare.engine.exercises import EXERCISES
from custom_components.backcare.exercise_picture import PICTURES, picture_path

from .helpers import PRESENCE, STAND_ONLY, Day

IMAGE = "image.office_desk_exercise"
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


def test_every_exercise_has_a_picture() -> None:
    missing = [e.key for e in EXERCISES if picture_path(e.key) is None]
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


async def test_the_notification_carries_the_picture_of_its_exercise(
    hass: HomeAssistant,
    day: Day,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    phone = async_mock_service(hass, "notify", "mobile_app_phone")
    await day.start("09:00", notify_services=["notify.mobile_app_phone"], **STAND_ONLY)
    # Before the first nudge there is no exercise, and no picture to fetch.
    state = hass.states.get(IMAGE)
    assert state is not None
    assert state.state == "unknown"
    session = await hass_client_no_auth()
    response = await session.get(state.attributes["entity_picture"])
    assert response.status != 200
    await day.set(PRESENCE, "on")
    await day.travel("09:31")

    (nudge,) = day.nudges
    exercise = nudge.data["exercise"]
    (call,) = phone
    url = call.data["data"]["image"]
    assert url == exercise["image"]
    assert url.startswith(f"/api/image_proxy/{IMAGE}?token=")
    # The URL the phone fetches serves the nudge's exercise, and a real picture.
    picture = await fetch(hass_client_no_auth, url)
    assert picture == shipped(exercise["key"])
    assert png_size(picture) == (720, 360)
    # Fetched again (a second phone): the same picture.
    assert await fetch(hass_client_no_auth, url) == picture
    state = hass.states.get(IMAGE)
    assert state is not None
    assert state.attributes["exercise"] == exercise["key"]


async def test_the_sent_url_works_for_minutes(
    hass: HomeAssistant,
    day: Day,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """Home Assistant changes the image's token every 5 minutes and keeps the last one.

    So the URL works for at least 5 minutes after the nudge, long enough for a phone to
    fetch the picture as the notification arrives (the app's own login works after).
    """
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    url = day.nudges[0].data["exercise"]["image"]
    await day.travel("09:34")
    assert (await fetch(hass_client_no_auth, url)).startswith(PNG)


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


async def test_no_picture_without_the_entity(hass: HomeAssistant, day: Day) -> None:
    """With the Exercise image disabled, nudges go out as before, without a picture."""
    phone = async_mock_service(hass, "notify", "mobile_app_phone")
    entry = await day.start(
        "09:00", notify_services=["notify.mobile_app_phone"], **STAND_ONLY
    )
    er.async_get(hass).async_update_entity(
        IMAGE, disabled_by=er.RegistryEntryDisabler.USER
    )
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert day.nudges[0].data["exercise"]["image"] is None
    assert "image" not in phone[0].data["data"]


async def test_an_exercise_without_a_picture_is_sent_without_one(
    hass: HomeAssistant, day: Day
) -> None:
    """An exercise added without a picture still nudges, with no image to fetch."""
    phone = async_mock_service(hass, "notify", "mobile_app_phone")
    await day.start("09:00", notify_services=["notify.mobile_app_phone"], **STAND_ONLY)
    await day.set(PRESENCE, "on")
    with patch("custom_components.backcare.image.picture_path", return_value=None):
        await day.travel("09:31")
    assert day.nudges[0].data["exercise"]["image"] is None
    assert "image" not in phone[0].data["data"]
    state = hass.states.get(IMAGE)
    assert state is not None
    assert state.attributes["exercise"] == day.nudges[0].data["exercise"]["key"]
