"""Fixtures for backcare tests: the repo's custom_components is the one Home Assistant loads."""

from __future__ import annotations

from collections.abc import Generator
from unittest.mock import PropertyMock, patch

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

# Importing the package puts the repo's custom_components first in Home Assistant's
# search path (the plugin mounts its own testing config, which has none of its own).
import custom_components  # noqa: F401

from .helpers import CHAIR, HEIGHT, PRESENCE, Day, add_workstation


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(request: pytest.FixtureRequest) -> None:
    """Let Home Assistant load custom integrations in every test.

    A test that records history needs the recorder set up before `hass`, so it comes first.
    """
    if "recorder_mock" in request.fixturenames:
        request.getfixturevalue("recorder_mock")
    request.getfixturevalue("enable_custom_integrations")


@pytest.fixture
def entity_registry_enabled_by_default() -> Generator[None]:
    """Add entities that are disabled by default enabled, as Home Assistant's tests do."""
    with patch(
        "homeassistant.helpers.entity.Entity.entity_registry_enabled_default",
        return_value=True,
        new_callable=PropertyMock,
    ):
        yield


@pytest.fixture
def midday(freezer: FrozenDateTimeFactory) -> FrozenDateTimeFactory:
    """Frozen time from a fixed Monday midday in the tests' default time zone.

    A test that lives through minutes then never crosses a midnight (a new day) by
    accident of when it runs. Request it before the entry, so its timers run on it,
    and before `hass_client`, whose token must not come from the future.
    """
    freezer.move_to("2026-11-23T12:00:00-08:00")
    return freezer


@pytest.fixture
def desk_states(hass: HomeAssistant) -> None:
    """A desk as the sources report it before backcare is added: empty, desk down."""
    hass.states.async_set(PRESENCE, "off", {"device_class": "occupancy"})
    hass.states.async_set(CHAIR, "off")
    hass.states.async_set(
        HEIGHT, "72.0", {"unit_of_measurement": "cm", "device_class": "distance"}
    )


@pytest.fixture
async def entry(hass: HomeAssistant, desk_states: None) -> MockConfigEntry:
    """The Office desk workstation, set up."""
    return await add_workstation(hass)


@pytest.fixture
async def day(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, desk_states: None
) -> Day:
    await hass.config.async_set_time_zone("Europe/Amsterdam")
    return Day(hass, freezer)
