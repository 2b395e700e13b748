"""The workstation: its sources, its saved ledger and what it logs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.backcare.const import DOMAIN
from custom_components.backcare.engine.tracker import Tracker, TrackerSettings

from .helpers import (
    CHAIR,
    HEIGHT,
    PRESENCE,
    add_workstation,
    travel,
    workstation_entry,
)

POSTURE = "sensor.office_desk_posture"


async def test_home_assistant_stopping_writes_the_ledger(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,  # before the entry: its timers run on frozen time
    entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    hass.states.async_set("binary_sensor.desk_presence", "on")
    await hass.async_block_till_done()
    freezer.tick(timedelta(minutes=5))
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    saved = hass_storage[f"{DOMAIN}.{entry.entry_id}"]["data"]["tracker"]
    assert sum(day["sitting"] for day in saved["days"]) == 300


@pytest.mark.parametrize(
    ("height", "counter"), [("72", "sitting"), ("110", "standing")]
)
async def test_the_ledger_is_written_every_fifteen_minutes_while_time_is_counted(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,  # before the entry: its timers run on frozen time
    entry: MockConfigEntry,
    hass_storage: dict[str, Any],
    height: str,
    counter: str,
) -> None:
    start = dt_util.utcnow()
    hass.states.async_set(HEIGHT, height, {"unit_of_measurement": "cm"})
    hass.states.async_set("binary_sensor.desk_presence", "on")
    await hass.async_block_till_done()
    key = f"{DOMAIN}.{entry.entry_id}"
    for minutes in (16, 31, 46):
        # Written every fifteen minutes while the time runs, though nothing shown changes.
        await travel(hass, freezer, start + timedelta(minutes=minutes))
        saved = hass_storage[key]["data"]["tracker"]
        counted = sum(day[counter] for day in saved["days"])
        assert (minutes - 1) * 60 <= counted <= minutes * 60


STANDING = "input_boolean.standing"


@pytest.mark.parametrize(
    ("options", "source", "unusable", "usable"),
    [
        ({}, HEIGHT, "n/a", "72"),
        (
            {
                "height_entity": None,
                "standing_height": None,
                "standing_entity": STANDING,
            },
            STANDING,
            "unknown",
            "off",
        ),
    ],
    ids=["height", "standing sensor"],
)
async def test_sources_that_lose_their_state_are_logged_once_each_way(
    hass: HomeAssistant,
    desk_states: None,
    caplog: pytest.LogCaptureFixture,
    options: dict[str, Any],
    source: str,
    unusable: str,
    usable: str,
) -> None:
    hass.states.async_set(STANDING, "off")
    entry = workstation_entry(**options)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    for _ in range(3):
        hass.states.async_set(PRESENCE, "unavailable")
        hass.states.async_set(CHAIR, "unknown")
        hass.states.async_set(source, "unavailable")
        await hass.async_block_till_done()
        hass.states.async_set(source, unusable)
        await hass.async_block_till_done()
    assert hass.states.get(POSTURE).state == "unavailable"
    assert caplog.text.count("no presence source has a state") == 1
    assert caplog.text.count(f"{source} is not usable") == 1
    hass.states.async_set(CHAIR, "on")
    hass.states.async_set(source, usable)
    await hass.async_block_till_done()
    assert hass.states.get(POSTURE).state == "sitting"
    assert caplog.text.count("tracking resumed") == 1
    assert caplog.text.count(f"{source} is usable again") == 1


async def test_an_unreadable_nudge_state_keeps_todays_totals(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    desk_states: None,
    hass_storage: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry = workstation_entry()
    tracker = Tracker(
        TrackerSettings(timedelta(minutes=1), timedelta(minutes=2)),
        dt_util.get_default_time_zone(),
        dt_util.utcnow() - timedelta(minutes=30),
    )
    tracker.set_presence(dt_util.utcnow() - timedelta(minutes=30), True)
    tracker.advance(dt_util.utcnow())
    hass_storage[f"{DOMAIN}.{entry.entry_id}"] = {
        "version": 1,
        "minor_version": 1,
        "key": f"{DOMAIN}.{entry.entry_id}",
        "data": {"tracker": tracker.as_dict(), "nudging": {"planner": {"rotation": 7}}},
    }
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert "nudges start afresh" in caplog.text
    state = hass.states.get("sensor.office_desk_seated_time_today")
    assert state is not None
    assert float(state.state) == 30


async def _set_height(hass: HomeAssistant, value: str, unit: str) -> str:
    hass.states.async_set(
        HEIGHT, value, {"unit_of_measurement": unit, "device_class": "distance"}
    )
    await hass.async_block_till_done()
    return hass.states.get(POSTURE).state


async def test_a_desk_that_reports_millimetres_is_read_in_the_standing_heights_unit(
    hass: HomeAssistant, desk_states: None, caplog: pytest.LogCaptureFixture
) -> None:
    # Standing from 95 cm, set while the sensor reported centimetres.
    await add_workstation(hass, height_unit="cm")
    hass.states.async_set(CHAIR, "on")
    assert await _set_height(hass, "72.0", "cm") == "sitting"
    assert await _set_height(hass, "720", "mm") == "sitting"
    assert await _set_height(hass, "1000", "mm") == "standing"
    assert await _set_height(hass, "0.72", "m") == "sitting"
    assert "not usable" not in caplog.text


@pytest.mark.parametrize("unit", ["furlongs", "%"])
async def test_a_height_in_a_unit_that_is_no_length_is_logged_once_and_ignored(
    hass: HomeAssistant,
    desk_states: None,
    caplog: pytest.LogCaptureFixture,
    unit: str,
) -> None:
    await add_workstation(hass, height_unit="cm")
    hass.states.async_set(CHAIR, "on")
    assert await _set_height(hass, "1000", "mm") == "standing"
    for value in ("3", "4", "5"):
        assert await _set_height(hass, value, unit) == "standing"
    warnings = [
        r.message
        for r in caplog.records
        if r.name == "custom_components.backcare" and r.levelname == "WARNING"
    ]
    assert warnings == [
        f"Office desk: {HEIGHT} is not usable: it reports {unit}, which cannot be "
        "converted to cm; keeping the last posture"
    ]
    assert await _set_height(hass, "72", "cm") == "sitting"
    assert caplog.text.count(f"{HEIGHT} is usable again") == 1
