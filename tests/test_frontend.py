"""The backcare card: served by Home Assistant and loaded on every frontend page, once."""

from __future__ import annotations

from http import HTTPStatus
from unittest.mock import patch

from homeassistant.components.frontend import DATA_EXTRA_MODULE_URL
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.backcare import frontend
from custom_components.backcare.frontend import CARD_PATH, CARD_URL

from .helpers import add_workstation


def _card_modules(hass: HomeAssistant) -> list[str]:
    return [
        url for url in hass.data[DATA_EXTRA_MODULE_URL].urls if url.startswith(CARD_URL)
    ]


async def _setup_frontend(hass: HomeAssistant) -> None:
    assert await async_setup_component(hass, "frontend", {})
    await hass.async_block_till_done()


async def test_the_card_is_served_and_loaded_on_every_page(
    hass: HomeAssistant, desk_states: None, hass_client: ClientSessionGenerator
) -> None:
    await _setup_frontend(hass)
    await add_workstation(hass)

    [module] = _card_modules(hass)
    assert module.startswith(f"{CARD_URL}?v=")
    client = await hass_client()
    response = await client.get(module)
    assert response.status == HTTPStatus.OK
    assert await response.read() == CARD_PATH.read_bytes()
    assert "javascript" in response.headers["Content-Type"]
    # The index page every dashboard starts from loads it, with no Lovelace resource.
    with patch(
        "homeassistant.components.onboarding.async_is_onboarded", return_value=True
    ):
        index = await (await client.get("/")).text()
    assert module in index


async def test_the_card_waits_for_the_frontend(
    hass: HomeAssistant, desk_states: None, hass_client: ClientSessionGenerator
) -> None:
    """backcare set up before the frontend (no dependency forces the order) still serves it."""
    await add_workstation(hass)
    await _setup_frontend(hass)

    [module] = _card_modules(hass)
    response = await (await hass_client()).get(module)
    assert response.status == HTTPStatus.OK


async def test_the_card_is_registered_once_with_two_workstations(
    hass: HomeAssistant, desk_states: None, hass_client: ClientSessionGenerator
) -> None:
    await _setup_frontend(hass)
    first = await add_workstation(hass)
    second = await add_workstation(hass)
    assert first.state is second.state is ConfigEntryState.LOADED

    assert len(_card_modules(hass)) == 1
    routes = [
        route
        for route in hass.http.app.router.routes()
        if route.method == "GET"
        and route.resource is not None
        and route.resource.canonical == CARD_URL
    ]
    assert len(routes) == 1


async def test_a_second_registration_adds_nothing(
    hass: HomeAssistant, desk_states: None
) -> None:
    """Should the frontend announce itself again, the card is not registered twice."""
    await _setup_frontend(hass)
    await add_workstation(hass)
    await frontend._async_register_card(hass, "frontend")
    assert len(_card_modules(hass)) == 1


async def test_reload_and_unload_leave_the_card_working(
    hass: HomeAssistant, desk_states: None, hass_client: ClientSessionGenerator
) -> None:
    await _setup_frontend(hass)
    first = await add_workstation(hass)
    second = await add_workstation(hass)
    [module] = _card_modules(hass)

    assert await hass.config_entries.async_reload(first.entry_id)
    await hass.async_block_till_done()
    assert first.state is ConfigEntryState.LOADED
    assert _card_modules(hass) == [module]

    assert await hass.config_entries.async_unload(first.entry_id)
    assert await hass.config_entries.async_unload(second.entry_id)
    await hass.async_block_till_done()
    assert await hass.config_entries.async_setup(first.entry_id)
    await hass.async_block_till_done()
    assert first.state is ConfigEntryState.LOADED
    assert _card_modules(hass) == [module]

    response = await (await hass_client()).get(module)
    assert response.status == HTTPStatus.OK
    assert await response.read() == CARD_PATH.read_bytes()


async def test_without_the_frontend_nothing_is_registered(
    hass: HomeAssistant, desk_states: None
) -> None:
    """Set-up does not depend on the frontend: without it, workstations still run."""
    entry = await add_workstation(hass)
    assert entry.state is ConfigEntryState.LOADED
    assert DATA_EXTRA_MODULE_URL not in hass.data
