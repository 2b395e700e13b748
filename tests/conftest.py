"""Fixtures for backcare tests: the repo's custom_components is the one Home Assistant loads."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

# Importing the package puts the repo's custom_components first in Home Assistant's
# search path (the plugin mounts its own testing config, which has none of its own).
import custom_components  # noqa: F401
from custom_components.backcare.const import (
    CONF_AWAY_GRACE_SECONDS,
    CONF_BREAK_MINUTES,
    CONF_HEIGHT_ENTITY,
    CONF_HEIGHT_HYSTERESIS,
    CONF_PRESENCE_ENTITIES,
    CONF_STANDING_HEIGHT,
    DOMAIN,
)

from .bench.clock import fire_due


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(request: pytest.FixtureRequest) -> None:
    """Let Home Assistant load custom integrations in every test.

    A test that records history needs the recorder set up before `hass`, so it comes first.
    """
    if "recorder_mock" in request.fixturenames:
        request.getfixturevalue("recorder_mock")
    request.getfixturevalue("enable_custom_integrations")


PRESENCE = "binary_sensor.desk_presence"
CHAIR = "binary_sensor.chair"
HEIGHT = "sensor.desk_height"


@pytest.fixture
def desk_states(hass: HomeAssistant) -> None:
    """A desk as the sources report it before backcare is added: empty, desk down."""
    hass.states.async_set(PRESENCE, "off", {"device_class": "occupancy"})
    hass.states.async_set(CHAIR, "off")
    hass.states.async_set(
        HEIGHT, "72.0", {"unit_of_measurement": "cm", "device_class": "distance"}
    )


def workstation_entry(**options: Any) -> MockConfigEntry:
    """A config entry for "Office desk" with the desk's presence sensors and height."""
    merged = {
        CONF_PRESENCE_ENTITIES: [PRESENCE, CHAIR],
        CONF_HEIGHT_ENTITY: HEIGHT,
        CONF_STANDING_HEIGHT: 95.0,
        CONF_HEIGHT_HYSTERESIS: 2.0,
        CONF_AWAY_GRACE_SECONDS: 60,
        CONF_BREAK_MINUTES: 2,
    } | options
    # None drops a default option, as the flows drop cleared ones.
    return MockConfigEntry(
        domain=DOMAIN,
        title="Office desk",
        data={},
        options={key: value for key, value in merged.items() if value is not None},
    )


@pytest.fixture
async def entry(hass: HomeAssistant, desk_states: None) -> MockConfigEntry:
    """The Office desk workstation, set up."""
    config_entry = workstation_entry()
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    return config_entry


async def travel(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, to: datetime
) -> None:
    """Move the clock forward minute by minute, firing timers as Home Assistant would."""
    now = datetime.now(to.tzinfo)
    while now < to:
        now = min(to, now.replace(second=0, microsecond=0) + timedelta(minutes=1))
        freezer.move_to(now)
        fire_due(hass, now)
        await hass.async_block_till_done()
