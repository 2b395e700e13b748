"""The backcare card: served from the integration and loaded on every frontend page.

The card's bundle (`frontend/backcare-card.js`, built from the repository's `frontend/`) is
served as a static file and added to the frontend's extra modules, so it is in the card
picker without a Lovelace resource. Both happen once per Home Assistant run, when backcare
and the frontend are both set up: workstations added, reloaded or removed leave them as
they are (a route cannot be taken back, and the card explains a removed workstation).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from homeassistant.components.frontend import add_extra_js_url
from homeassistant.components.http import StaticPathConfig  # type: ignore[attr-defined]
from homeassistant.core import HomeAssistant, callback
from homeassistant.setup import async_when_setup
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, LOGGER

# StaticPathConfig is imported from the http package as core integrations do: every
# supported version has it there (2026.10 re-exports it from `http.server`, without
# `__all__`, hence the ignore for mypy).

CARD_FILE = "backcare-card.js"
CARD_PATH = Path(__file__).parent / "frontend" / CARD_FILE
CARD_URL = f"/{DOMAIN}_frontend/{CARD_FILE}"

# The module URL the frontend loads, with the bundle's hash so browsers fetch a new
# bundle after an update (the file is served with long cache headers).
DATA_CARD_MODULE: HassKey[str] = HassKey(f"{DOMAIN}_card_module")


@callback
def async_setup_card(hass: HomeAssistant) -> None:
    """Serve the card and load it on every frontend page, once the frontend is set up."""
    async_when_setup(hass, "frontend", _async_register_card)


async def _async_register_card(hass: HomeAssistant, _component: str) -> None:
    """Register the card's file and module URL, unless this run already has."""
    if DATA_CARD_MODULE in hass.data:
        return
    # Claimed before the first await: a second call meanwhile registers nothing.
    hass.data[DATA_CARD_MODULE] = CARD_URL
    version = await hass.async_add_executor_job(_bundle_version)
    await hass.http.async_register_static_paths(
        [StaticPathConfig(CARD_URL, str(CARD_PATH), cache_headers=True)]
    )
    module = f"{CARD_URL}?v={version}"
    hass.data[DATA_CARD_MODULE] = module
    add_extra_js_url(hass, module)
    LOGGER.debug("Serving the backcare card at %s", module)


def _bundle_version() -> str:
    """Return a short hash of the bundle, which changes whenever the card does."""
    return hashlib.sha256(CARD_PATH.read_bytes()).hexdigest()[:12]
