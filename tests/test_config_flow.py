"""Adding a workstation and changing its options in the UI flows."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.backcare.const import DOMAIN

from .conftest import CHAIR, HEIGHT, PRESENCE, workstation_entry

pytestmark = pytest.mark.usefixtures("desk_states")


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
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(height_entity=HEIGHT)
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "height"
    assert result["description_placeholders"]["unit"] == "cm"
    assert result["description_placeholders"]["current"] == "72"

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
        "away_grace_seconds": 60,
        "break_minutes": 2,
    }
    assert hass.states.get("sensor.office_desk_posture") is not None


async def test_workstation_without_posture_source_is_created_at_once(
    hass: HomeAssistant,
) -> None:
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(flow_id, _user_input())
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert "height_entity" not in result["options"]


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"name": "  "}, "name", "name_required"),
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
    hass: HomeAssistant, changes: dict[str, Any], field: str, error: str
) -> None:
    hass.states.async_set("sensor.text_height", "high", {"unit_of_measurement": "cm"})
    hass.states.async_set("sensor.unitless_height", "80")
    hass.states.async_set("input_boolean.standing", "off")
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(**changes)
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {field: error}


async def test_same_name_twice_is_refused_but_shared_presence_is_fine(
    hass: HomeAssistant,
) -> None:
    workstation_entry().add_to_hass(hass)
    flow_id = await _start(hass)
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
        "number.desk_height", "70", {"unit_of_measurement": "cm", "min": 62, "max": 127}
    )
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(height_entity="number.desk_height")
    )
    assert result["step_id"] == "height"
    assert result["data_schema"]({})["standing_height"] == 94.5
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"standing_height": 130, "height_hysteresis": 2}
    )
    assert result["errors"] == {"standing_height": "threshold_out_of_range"}
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"standing_height": 100, "height_hysteresis": -1}
    )
    assert result["errors"] == {"height_hysteresis": "hysteresis_negative"}
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"standing_height": 100, "height_hysteresis": 2}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_cover_height_is_a_percentage(hass: HomeAssistant) -> None:
    hass.states.async_set("cover.desk", "open", {"current_position": 30})
    flow_id = await _start(hass)
    result = await hass.config_entries.flow.async_configure(
        flow_id, _user_input(height_entity="cover.desk")
    )
    assert result["description_placeholders"]["unit"] == "%"
    assert result["data_schema"]({})["standing_height"] == 50


async def _accept_nudge_defaults(hass: HomeAssistant, result: Any) -> Any:
    """Go through the timing, schedule and delivery steps keeping their defaults."""
    for step in ("timing", "schedule", "delivery"):
        assert result["step_id"] == step
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {}
        )
    return result


async def test_options_switch_from_height_to_standing_sensor_keeps_today(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    hass.states.async_set("input_boolean.standing", "off")
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["step_id"] == "init"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "presence_entities": [PRESENCE],
            "standing_entity": "input_boolean.standing",
            "away_grace_seconds": 30,
            "break_minutes": 3,
        },
    )
    result = await _accept_nudge_defaults(hass, result)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    sources = {
        key: entry.options.get(key)
        for key in (
            "presence_entities",
            "standing_entity",
            "height_entity",
            "standing_height",
            "away_grace_seconds",
            "break_minutes",
        )
    }
    assert sources == {
        "presence_entities": [PRESENCE],
        "standing_entity": "input_boolean.standing",
        "height_entity": None,
        "standing_height": None,
        "away_grace_seconds": 30,
        "break_minutes": 3,
    }
    assert entry.options["sit_limit_minutes"] == 30
    await hass.async_block_till_done()
    assert hass.states.get("sensor.office_desk_posture").state == "away"


async def test_options_height_step_and_errors(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {"presence_entities": [], "away_grace_seconds": 60, "break_minutes": 2},
    )
    assert result["errors"] == {"presence_entities": "presence_required"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "presence_entities": [PRESENCE],
            "height_entity": HEIGHT,
            "away_grace_seconds": 60,
            "break_minutes": 2,
        },
    )
    assert result["step_id"] == "height"
    assert result["data_schema"]({})["standing_height"] == 95.0
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"standing_height": 100, "height_hysteresis": 3}
    )
    result = await _accept_nudge_defaults(hass, result)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert entry.options["standing_height"] == 100
