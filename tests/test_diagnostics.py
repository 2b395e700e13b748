"""Diagnostics: what the engine believes and what its sources say, without personal data."""

from __future__ import annotations

from datetime import timedelta

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.diagnostics import REDACTED
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import (
    async_fire_time_changed,
    async_mock_service,
)
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.backcare.const import (
    CONF_CALENDAR_ENTITIES,
    CONF_NOTIFY_SERVICES,
    CONF_PRESENCE_ENTITIES,
)

from .helpers import CHAIR, HEIGHT, PRESENCE, workstation_entry

CALENDAR = "calendar.jane_work"
PERSON = "person.jane"
PHONE = "device_tracker.janes_phone"


async def test_diagnostics_show_the_engine_and_sources_without_personal_data(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    hass_client: ClientSessionGenerator,
    desk_states: None,
) -> None:
    freezer = midday
    hass.states.async_set(
        CALENDAR, "on", {"message": "Appraisal with Jane", "location": "Room 4"}
    )
    hass.states.async_set(
        PERSON, "home", {"latitude": 52.37, "longitude": 4.89, "gps_accuracy": 5}
    )
    hass.states.async_set(PHONE, "Gym")
    async_mock_service(hass, "notify", "mobile_app_janes_phone")
    entry = workstation_entry(
        **{
            CONF_PRESENCE_ENTITIES: [PRESENCE, CHAIR, PERSON, PHONE],
            CONF_NOTIFY_SERVICES: ["mobile_app_janes_phone"],
            CONF_CALENDAR_ENTITIES: [CALENDAR],
            "dnd_entities": ["input_boolean.gone"],
        }
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    # Ten minutes sitting, then standing up.
    freezer.tick(timedelta(minutes=10))
    async_fire_time_changed(hass)
    hass.states.async_set(HEIGHT, "105.0", {"unit_of_measurement": "cm"})
    await hass.async_block_till_done()

    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)

    assert diagnostics["entry"]["title"] == REDACTED
    options = diagnostics["entry"]["options"]
    assert options[CONF_NOTIFY_SERVICES] == REDACTED
    assert options[CONF_CALENDAR_ENTITIES] == REDACTED
    # People and phones keep only their domain: the kind of source, not whose.
    assert options[CONF_PRESENCE_ENTITIES] == [
        PRESENCE,
        CHAIR,
        f"person.{REDACTED}",
        f"device_tracker.{REDACTED}",
    ]
    text = str(diagnostics)
    for personal in ("Office desk", "jane", "Gym", "Appraisal", "Room 4", "52.37"):
        assert personal.casefold() not in text.casefold()

    engine = diagnostics["engine"]
    assert engine["posture"] == "standing"
    assert engine["occupied"] is True
    assert engine["tracker"]["phase"] == "present"
    assert diagnostics["today"]["sitting"] == 600
    assert set(diagnostics["nudging"]) >= {"enabled", "active", "planner", "gates"}
    nudging = diagnostics["nudging"]
    assert nudging["active"] == [
        nudge["kind"] for nudge in nudging["planner"]["active"]
    ]

    sources = diagnostics["sources"]
    assert sources[CONF_CALENDAR_ENTITIES] == REDACTED
    presence, chair, person, phone = sources["presence_entities"]
    assert person["state"] == "home"  # home or away is what presence needs
    assert person["attributes"] == {}
    assert phone["state"] == REDACTED  # a zone's name says where someone is
    assert presence["attributes"] == {"device_class": "occupancy"}
    assert chair["registered"] is False
    assert sources["height_entity"][0]["state"] == "105.0"
    gone = sources["dnd_entities"][0]
    assert (gone["state"], gone["registered"]) == (None, False)

    assert [
        (change["from"], change["to"]) for change in diagnostics["transitions"]
    ] == [
        (None, "sitting"),
        ("sitting", "standing"),
    ]
