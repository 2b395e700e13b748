"""The exercises' pictures: PNGs shipped in the package, drawn from art/exercises/*.svg.

backcare serves them itself, to logged-in users only. What leaves Home Assistant (a phone
notification, the nudge event) carries a signed address that works without logging in
for at least a day, so a phone that fetches the picture late still gets it, and nothing
has to be rotated or written to keep the address valid.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from aiohttp import hdrs, web
from homeassistant.components.http.auth import async_sign_path
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN
from .engine.exercises import Exercise
from .engine.personal import PersonalExercise

PICTURES = Path(__file__).parent / "pictures"
# Read once, at import: an exercise without a picture is suggested without one.
_SHIPPED = frozenset(path.stem for path in PICTURES.glob("*.png"))
PICTURES_URL = f"/api/{DOMAIN}/pictures"
# Long enough for a phone that was off or asleep; a restart of Home Assistant ends it
# sooner (it signs with a new secret at each start). An address is given out for its
# first hour, so each one works for a day at least: signing (a JWT) was over half of a
# nudge's cost, and many nudges show the same few pictures.
SIGNED_FOR = timedelta(days=1, hours=1)
GIVEN_FOR = timedelta(hours=1)
# Per picture address: its signed address, and until when it is given out.
_SIGNED: HassKey[dict[str, tuple[str, datetime]]] = HassKey(f"{DOMAIN}_signed")
# A picture changes only with an update of backcare, which restarts Home Assistant, and
# so every signed address: browsers may keep what they fetched. Private: it is a
# logged-in user's response.
CACHE_CONTROL = f"private, max-age={31 * 86400}"
# The pictures read so far: each file is read once per run, when first asked for.
_READ: dict[str, bytes] = {}


def picture_path(key: str) -> Path | None:
    """Return where the picture of exercise (or routine step) `key` is; None if none."""
    return PICTURES / f"{key}.png" if key in _SHIPPED else None


def exercise_image(exercise: Exercise) -> str | None:
    """Return the address of an exercise's picture; None if it has none.

    A personal exercise's own picture, under /local/ (public); for a built-in one the
    address backcare serves it at, to logged-in users.
    """
    if isinstance(exercise, PersonalExercise):
        return exercise.image
    key = exercise.key
    return f"{PICTURES_URL}/{key}.png" if key in _SHIPPED else None


async def async_read_picture(hass: HomeAssistant, key: str) -> bytes | None:
    """Return the PNG of exercise `key`; None if it has none."""
    if (path := picture_path(key)) is None:
        return None
    if key not in _READ:
        _READ[key] = await hass.async_add_executor_job(path.read_bytes)
    return _READ[key]


@callback
def shared_exercise_image(hass: HomeAssistant, exercise: Exercise) -> str | None:
    """Return the address of an exercise's picture that works without logging in.

    backcare's own address is signed for at least a day, for Home Assistant's content
    user (not for whoever caused the nudge); a personal exercise's is public already.
    """
    url = exercise_image(exercise)
    if url is None or isinstance(exercise, PersonalExercise):
        return url
    signed = hass.data.setdefault(_SIGNED, {})
    now = dt_util.utcnow()
    if (known := signed.get(url)) is not None and now < known[1]:
        return known[0]
    address = async_sign_path(hass, url, SIGNED_FOR, use_content_user=True)
    signed[url] = (address, now + GIVEN_FOR)
    return address


@callback
def async_setup_pictures(hass: HomeAssistant) -> None:
    """Serve the pictures, once per Home Assistant run."""
    hass.http.register_view(ExercisePictureView())


class ExercisePictureView(HomeAssistantView):
    """Serves the shipped pictures by exercise key; any other name is not found."""

    url = PICTURES_URL + "/{key}.png"
    name = f"api:{DOMAIN}:pictures"

    async def get(self, request: web.Request, key: str) -> web.Response:
        """Return the PNG of exercise `key`."""
        if (picture := await async_read_picture(request.app[KEY_HASS], key)) is None:
            raise web.HTTPNotFound
        return web.Response(
            body=picture,
            content_type="image/png",
            headers={hdrs.CACHE_CONTROL: CACHE_CONTROL},
        )
