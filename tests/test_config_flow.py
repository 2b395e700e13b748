"""Adding a workstation, and reconfiguring its sources, in the UI flows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.backcare.const import DOMAIN

from .helpers import (
    CHAIR,
    HEIGHT,
    PRESENCE,
    add_workstation,
    translations,
    travel,
    workstation_entry,
)

pytestmark = pytest.mark.usefixtures("desk_states")

EN = translations()

SEATED = "sensor.office_desk_seated_time_today"


def _description(result: Any) -> str:
    """The step's description as the English UI shows it."""
    text: str = EN["config"]["step"][result["step_id"]]["description"]
    return text.format(**result["description_placeholders"])


def _error(result: Any, field: str) -> str:
    """A field's error as the English UI shows it."""
    text: str = EN["config"]["error"][result["errors"][field]]
    return text.format(**result["description_placeholders"])


async def _start(hass: HomeAssistant) -> str:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    return result["flow_id"]


def _user_input(**changes: Any) -> dict[str, Any]:
    return {
        "name": "Office desk",
        "presence_entities": [PRESENCE, CHAIR],
        "away_grace_seconds": 60,
        "break_minutes": 2,
    } | changes


async def test_workstation_with_height_sensor_asks_for_standing_height(
    hass: HomeAssistant,
) -> None:
    hass.states.async_set(
        HEIGHT,
        "72.0",
        {
            "unit_of_measurement": "cm",
            "device_class": "distance",
            "friendly_name": "Desk height",
        },
    )
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(height_entity=HEIGHT)
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "height"
    # Named as the user knows it, with its reading; a sensor has no range to show.
    assert result["description_placeholders"] == {
        "name": "Desk height",
        "current": "72 cm",
        "range": "",
    }
    assert _description(result) == (
        "Desk height reads 72 cm now. At or above the standing height you are"
        " standing; you are sitting again below the standing height minus the"
        " hysteresis."
    )

    result = await hass.config_entries.flow.async_configure(
        flow_id, {"standing_height": 95, "height_hysteresis": 2}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Office desk"
    assert result["options"] == {
        "presence_entities": [PRESENCE, CHAIR],
        "height_entity": HEIGHT,
        "standing_height": 95,
        "height_hysteresis": 2,
        "height_unit": "cm",
        "away_grace_seconds": 60,
        "break_minutes": 2,
        "source_lost_minutes": 30,
    }
    assert hass.states.get("sensor.office_desk_posture") is not None


async def test_workstation_without_posture_source_is_created_at_once(
    hass: HomeAssistant,
) -> None:
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(flow_id, _user_input())
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert "height_entity" not in result["options"]


@pytest.mark.parametrize("flow", ["user", "reconfigure"])
@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"presence_entities": []}, "presence_entities", "presence_required"),
        (
            {"presence_entities": ["binary_sensor.nope"]},
            "presence_entities",
            "entity_not_found",
        ),
        (
            {"height_entity": HEIGHT, "standing_entity": "input_boolean.standing"},
            "standing_entity",
            "one_posture_source",
        ),
        ({"height_entity": "sensor.missing"}, "height_entity", "entity_not_found"),
        (
            {"height_entity": "sensor.text_height"},
            "height_entity",
            "height_not_numeric",
        ),
        (
            {"height_entity": "sensor.unitless_height"},
            "height_entity",
            "height_no_unit",
        ),
        (
            {"standing_entity": "input_boolean.missing"},
            "standing_entity",
            "entity_not_found",
        ),
    ],
)
async def test_invalid_sources_get_a_field_error(
    hass: HomeAssistant, flow: str, changes: dict[str, Any], field: str, error: str
) -> None:
    hass.states.async_set("sensor.text_height", "high", {"unit_of_measurement": "cm"})
    hass.states.async_set("sensor.unitless_height", "80")
    hass.states.async_set("input_boolean.standing", "off")
    if flow == "user":
        flow_id, answer = await _start(hass), _user_input(**changes)
    else:
        entry = workstation_entry()
        entry.add_to_hass(hass)
        flow_id, answer = await _reconfigure(hass, entry), _sources(**changes)
    result = await hass.config_entries.flow.async_configure(flow_id, answer)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == flow
    assert result["errors"] == {field: error}


async def test_a_name_is_required_and_not_taken_but_shared_presence_is_fine(
    hass: HomeAssistant,
) -> None:
    workstation_entry().add_to_hass(hass)
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(name="  ")
    )
    assert result["errors"] == {"name": "name_required"}
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(name="office DESK")
    )
    assert result["errors"] == {"name": "name_exists"}
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(name="Second person")
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_standing_height_outside_the_desk_range_is_refused(
    hass: HomeAssistant,
) -> None:
    hass.states.async_set(
        "number.desk_height",
        "70.5",
        {
            "unit_of_measurement": "cm",
            "min": 62,
            "max": 127,
            "friendly_name": "Desk motor height",
        },
    )
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(height_entity="number.desk_height")
    )
    assert result["step_id"] == "height"
    assert _description(result).startswith(
        "Desk motor height reads 70.5 cm now (62\N{EN DASH}127 cm)."
    )
    assert result["data_schema"]({})["standing_height"] == 94.5
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"standing_height": 130, "height_hysteresis": 2}
    )
    assert result["errors"] == {"standing_height": "threshold_out_of_range"}
    assert _error(result, "standing_height") == (
        "The standing height must be within the entity's range (62\N{EN DASH}127 cm)."
    )
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"standing_height": 100, "height_hysteresis": -1}
    )
    assert result["errors"] == {"height_hysteresis": "hysteresis_negative"}
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"standing_height": 100, "height_hysteresis": 2}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_cover_height_is_a_percentage(hass: HomeAssistant) -> None:
    hass.states.async_set(
        "cover.desk", "open", {"current_position": 30, "friendly_name": "Desk"}
    )
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(height_entity="cover.desk")
    )
    assert result["description_placeholders"] == {
        "name": "Desk",
        "current": "30 %",
        "range": " (0\N{EN DASH}100 %)",
    }
    assert result["data_schema"]({})["standing_height"] == 50


@pytest.mark.parametrize(
    ("end", "shown"),
    [
        ({"max": 130}, " (\N{LESS-THAN OR EQUAL TO} 130 cm)"),
        ({"min": 60.5}, " (\N{GREATER-THAN OR EQUAL TO} 60.5 cm)"),
    ],
)
async def test_a_range_with_one_end_shows_that_end(
    hass: HomeAssistant, end: dict[str, float], shown: str
) -> None:
    hass.states.async_set(
        "input_number.desk_height", "80", {"unit_of_measurement": "cm", **end}
    )
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(height_entity="input_number.desk_height")
    )
    # Without a friendly name Home Assistant names it after its entity id.
    assert result["description_placeholders"] == {
        "name": "desk height",
        "current": "80 cm",
        "range": shown,
    }


async def _reconfigure(hass: HomeAssistant, entry: MockConfigEntry) -> str:
    result = await entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "reconfigure"
    return str(result["flow_id"])


def _sources(**changes: Any) -> dict[str, Any]:
    """The sources as the reconfigure step takes them: the user step without the name."""
    return {
        key: value for key, value in _user_input(**changes).items() if key != "name"
    }


async def test_reconfigure_switches_to_a_standing_sensor_and_keeps_today(
    hass: HomeAssistant, midday: FrozenDateTimeFactory
) -> None:
    freezer = midday
    hass.states.async_set("input_boolean.standing", "off")
    entry = workstation_entry(sit_limit_minutes=25)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    hass.states.async_set(PRESENCE, "on")
    await hass.async_block_till_done()
    await travel(hass, freezer, dt_util.utcnow() + timedelta(minutes=10))
    before = entry.runtime_data
    changes = async_capture_events(hass, "state_changed")

    flow_id = await _reconfigure(hass, entry)
    result = await hass.config_entries.flow.async_configure(
        flow_id,
        _sources(
            presence_entities=[PRESENCE],
            standing_entity="input_boolean.standing",
            away_grace_seconds=30,
            break_minutes=3,
        ),
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()

    # Taken in place: the same workstation, its entities never unavailable.
    assert entry.runtime_data is before
    assert "unavailable" not in [
        event.data["new_state"].state
        for event in changes
        if event.data["entity_id"].startswith("sensor.office_desk_")
    ]
    assert entry.title == "Office desk"
    assert entry.options == {
        "presence_entities": [PRESENCE],
        "standing_entity": "input_boolean.standing",
        "away_grace_seconds": 30,
        "break_minutes": 3,
        "source_lost_minutes": 30,
        "sit_limit_minutes": 25,
    }
    # The reloaded workstation shows the exact total of the ten minutes so far.
    assert hass.states.get(SEATED).state == "10.0"
    hass.states.async_set("input_boolean.standing", "on")
    await hass.async_block_till_done()
    assert hass.states.get("sensor.office_desk_posture").state == "standing"


async def test_reconfigure_shows_the_current_sources_and_asks_the_standing_height(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    result = await entry.start_reconfigure_flow(hass)
    defaults = result["data_schema"]({})
    assert defaults["presence_entities"] == [PRESENCE, CHAIR]
    assert defaults["away_grace_seconds"] == 60
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], _sources(height_entity=HEIGHT)
    )
    assert result["step_id"] == "height"
    assert result["data_schema"]({})["standing_height"] == 95.0
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"standing_height": 100, "height_hysteresis": -1}
    )
    assert result["errors"] == {"height_hysteresis": "hysteresis_negative"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"standing_height": 100, "height_hysteresis": 3}
    )
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert entry.options["standing_height"] == 100
    assert entry.options["height_hysteresis"] == 3


async def test_reconfigure_without_a_posture_source_drops_the_height(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    flow_id = await _reconfigure(hass, entry)
    result = await hass.config_entries.flow.async_configure(flow_id, _sources())
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert not {
        "height_entity",
        "standing_height",
        "height_hysteresis",
        "height_unit",
    } & set(entry.options)
    # Posture is now set by hand.
    await hass.services.async_call(
        "backcare",
        "set_posture",
        {"config_entry_id": entry.entry_id, "posture": "standing"},
        blocking=True,
    )


async def test_reconfigure_shows_the_standing_height_in_the_new_unit(
    hass: HomeAssistant,
) -> None:
    entry = await add_workstation(hass, height_unit="cm")
    hass.states.async_set(
        HEIGHT, "720", {"unit_of_measurement": "mm", "device_class": "distance"}
    )
    flow_id = await _reconfigure(hass, entry)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _sources(height_entity=HEIGHT)
    )
    assert result["description_placeholders"]["current"] == "720 mm"
    defaults = result["data_schema"]({})
    assert (defaults["standing_height"], defaults["height_hysteresis"]) == (950, 20)
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"standing_height": 1000, "height_hysteresis": 20}
    )
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert entry.options["height_unit"] == "mm"


async def test_reconfigure_to_a_cover_suggests_a_standing_position(
    hass: HomeAssistant,
) -> None:
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    entry = await add_workstation(hass, height_unit="cm")
    flow_id = await _reconfigure(hass, entry)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _sources(height_entity="cover.desk")
    )
    # 95 cm is no position: the suggestion for a cover is shown.
    assert result["data_schema"]({})["standing_height"] == 50
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"standing_height": 60, "height_hysteresis": 2}
    )
    await hass.async_block_till_done()
    assert entry.options["height_unit"] == "%"
