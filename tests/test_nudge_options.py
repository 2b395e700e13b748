"""The nudge steps of the options flow: presets, sections, field checks, stored answers."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType, section
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.backcare.compat import probatio
from custom_components.backcare.nudge_options import apply_preset

from .helpers import CHAIR, PRESENCE, STAND_ONLY, Day, open_options, translations

EN = translations()


async def _to_timing(hass: HomeAssistant, entry: MockConfigEntry) -> Any:
    """The nudges start at the timing: the sources are reconfigured."""
    result = await open_options(hass, entry)
    assert result["step_id"] == "timing"
    return result


async def test_choosing_a_preset_fills_in_its_numbers_to_edit(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    result = await _to_timing(hass, entry)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"preset": "cornell"}
    )
    assert result["step_id"] == "timing"
    defaults = result["data_schema"]({})
    assert (defaults["sit_limit_minutes"], defaults["move_interval_minutes"]) == (
        20,
        30,
    )
    # Editing a preset's numbers makes it custom.
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {"preset": "cornell", "sit_limit_minutes": 25, "move_interval_minutes": 30},
    )
    assert result["step_id"] == "schedule"
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert entry.options["preset"] == "custom"
    assert entry.options["sit_limit_minutes"] == 25
    assert entry.options["presence_entities"] == [PRESENCE, CHAIR]  # sources stay


def test_a_custom_preset_keeps_the_numbers_typed() -> None:
    answer = {"preset": "custom", "sit_limit_minutes": 40, "move_interval_minutes": 75}
    assert not apply_preset({"preset": "standard"}, answer)
    assert answer == {
        "preset": "custom",
        "sit_limit_minutes": 40,
        "move_interval_minutes": 75,
    }


def _as_shown(schema: probatio.Schema) -> dict[str, Any]:
    """What a form sends as shown: defaults and suggested values, sections nested."""
    shown: dict[str, Any] = {}
    for marker, value in schema.schema.items():
        if isinstance(value, section):
            shown[str(marker)] = _as_shown(value.schema)
        elif (suggested := (marker.description or {}).get("suggested_value")) not in (
            None,
            [],
        ):
            shown[str(marker)] = suggested
        elif marker.default is not probatio.UNDEFINED:
            shown[str(marker)] = marker.default()
    return shown


async def _to_step(
    hass: HomeAssistant, entry: MockConfigEntry, step: str, desk: str | None = None
) -> Any:
    """Go through the options flow as shown up to `step`, choosing `desk` on the way."""
    result = await _to_timing(hass, entry)
    while result["step_id"] != step:
        answer = _as_shown(result["data_schema"])
        if result["step_id"] == "delivery" and desk:
            answer["desk_entity"] = desk
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], answer
        )
        assert result["type"] is FlowResultType.FORM, result
    return result


def _fields(result: Any) -> dict[str, Any]:
    """The fields of a form by name: the marker, or a section's own fields."""
    fields: dict[str, Any] = {}
    for marker, value in result["data_schema"].schema.items():
        if isinstance(value, section):
            fields[str(marker)] = {str(inner): inner for inner in value.schema.schema}
        else:
            fields[str(marker)] = marker
    return fields


def _en(result: Any, error: str | None = None) -> str:
    """The step's description, or an error, as the English UI shows it."""
    options = EN["options"]
    text: str = (
        options["error"][error]
        if error
        else options["step"][result["step_id"]]["description"]
    )
    return text.format(**(result.get("description_placeholders") or {}))


@pytest.mark.parametrize(
    ("step", "answer", "field", "error"),
    [
        (
            "timing",
            {"morning_core": {"core_start": "12:00:00", "core_end": "05:00:00"}},
            "morning_core",
            "end_before_start",
        ),
        (
            "timing",
            {
                "standing_goal": {
                    "standing_goal_minutes": 300,
                    "goal_progression": True,
                    "standing_goal_max_minutes": 240,
                }
            },
            "standing_goal",
            "goal_max_below_goal",
        ),
        (
            "schedule",
            {"active_start": "18:00:00", "active_end": "08:00:00"},
            "active_end",
            "end_before_start",
        ),
        ("schedule", {"active_days": []}, "active_days", "no_active_days"),
        (
            "schedule",
            {"dnd_entities": ["binary_sensor.nope"]},
            "dnd_entities",
            "entity_not_found",
        ),
        (
            "delivery",
            {"notify_services": ["mobile_app_nope"]},
            "notify_services",
            "notify_service_unknown",
        ),
        (
            "delivery",
            {"notify_services": ["persistent_notification"]},
            "notify_services",
            "notify_service_not_phone",
        ),
        ("delivery", {"desk_entity": "cover.nope"}, "desk_entity", "entity_not_found"),
        (
            "desk",
            {"desk_stand_height": 105, "desk_sit_height": 20},
            "desk_stand_height",
            "desk_height_out_of_range",
        ),
        (
            "desk",
            {"desk_stand_height": 40, "desk_sit_height": 60},
            "desk_sit_height",
            "sit_above_stand",
        ),
    ],
)
async def test_invalid_nudge_options_get_an_error(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    step: str,
    answer: dict[str, Any],
    field: str,
    error: str,
) -> None:
    """Errors of a section's fields show on the section: the frontend shows them there."""
    hass.states.async_set("cover.desk", "open", {"current_position": 30})
    result = await _to_step(hass, entry, step, desk="cover.desk")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], answer
    )
    assert result["step_id"] == step
    assert result["errors"] == {field: error}
    assert field in _fields(result)
    before = dict(entry.options)
    await hass.async_block_till_done()
    assert entry.options == before


async def test_a_feature_that_is_off_is_not_checked(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The morning window and the largest goal matter only while they are used."""
    result = await _to_timing(hass, entry)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "morning_core": {
                "core_enabled": False,
                "core_start": "12:00:00",
                "core_end": "05:00:00",
            },
            "standing_goal": {
                "standing_goal_minutes": 300,
                "goal_progression": False,
                "standing_goal_max_minutes": 240,
            },
        },
    )
    assert result["step_id"] == "schedule"


async def test_the_timing_sections_are_stored_flat(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Sections nest the form's answer; the options keep their flat form."""
    result = await _to_timing(hass, entry)
    fields = _fields(result)
    assert set(fields) == {
        "preset",
        "sit_limit_minutes",
        "move_interval_minutes",
        "stand_limit_minutes",
        "repeat_minutes",
        "evening_stretch",
        "morning_core",
        "standing_goal",
    }
    assert set(fields["morning_core"]) == {"core_enabled", "core_start", "core_end"}
    sections = {
        str(marker): value
        for marker, value in result["data_schema"].schema.items()
        if isinstance(value, section)
    }
    assert all(value.options["collapsed"] for value in sections.values())
    # The workstation's options so far fill the sections in.
    shown = result["data_schema"]({})
    assert "morning_core" not in shown  # a section left out keeps its options
    assert sections["morning_core"].schema({}) == {
        "core_enabled": True,
        "core_start": "05:00:00",
        "core_end": "12:00:00",
    }
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "preset": "standard",
            "sit_limit_minutes": 30,
            "move_interval_minutes": 60,
            "stand_limit_minutes": 45,
            "repeat_minutes": 10,
            "evening_stretch": {
                "stretch_time": "20:30:00",
                "stretch_min_seated_minutes": 90,
            },
            "morning_core": {
                "core_enabled": False,
                "core_start": "06:00:00",
                "core_end": "10:00:00",
            },
            "standing_goal": {
                "standing_goal_minutes": 150,
                "goal_progression": True,
                "standing_goal_max_minutes": 200,
            },
        },
    )
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert not {"evening_stretch", "morning_core", "standing_goal"} & set(entry.options)
    assert {
        key: entry.options[key]
        for key in (
            "stretch_time",
            "stretch_min_seated_minutes",
            "core_enabled",
            "core_start",
            "core_end",
            "standing_goal_minutes",
            "goal_progression",
            "standing_goal_max_minutes",
        )
    } == {
        "stretch_time": "20:30:00",
        "stretch_min_seated_minutes": 90,
        "core_enabled": False,
        "core_start": "06:00:00",
        "core_end": "10:00:00",
        "standing_goal_minutes": 150,
        "goal_progression": True,
        "standing_goal_max_minutes": 200,
    }
    # The next time, the sections show what was stored.
    result = await _to_timing(hass, entry)
    sections = {
        str(marker): value
        for marker, value in result["data_schema"].schema.items()
        if isinstance(value, section)
    }
    assert sections["morning_core"].schema({})["core_enabled"] is False
    assert sections["evening_stretch"].schema({})["stretch_time"] == "20:30:00"


async def test_optional_fields_are_not_required(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Optional pickers show no `*`: they are optional fields showing the value so far."""
    optional = {
        "schedule": {"workday_entity", "dnd_entities", "calendar_entities"},
        "delivery": {
            "notify_services",
            "desk_entity",
            "desk_stand_button",
            "desk_sit_button",
        },
    }
    for step, keys in optional.items():
        result = await _to_step(hass, entry, step)
        fields = _fields(result)
        for key in keys:
            assert isinstance(fields[key], probatio.Optional), key
            assert "suggested_value" in fields[key].description, key
            assert "default" not in fields[key].description, key


async def test_the_desk_heights_are_asked_only_with_a_desk(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    hass.states.async_set(
        "number.desk_motor",
        "74",
        {
            "unit_of_measurement": "cm",
            "min": 60,
            "max": 125,
            "friendly_name": "Desk motor",
        },
    )
    # Without a desk there are no heights to give, and the flow ends at the delivery.
    result = await _to_step(hass, entry, "delivery")
    assert not {"desk_stand_height", "desk_sit_height"} & set(_fields(result))
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()

    # With one, the next step asks for them in the desk's unit, naming it.
    result = await _to_step(hass, entry, "delivery")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"desk_entity": "number.desk_motor"}
    )
    assert result["step_id"] == "desk"
    assert _en(result).startswith("Desk motor is at 74 cm now (60\N{EN DASH}125 cm).")
    fields = _fields(result)
    assert set(fields) == {"desk_stand_height", "desk_sit_height"}
    for key in fields:
        config = result["data_schema"].schema[fields[key]].config
        assert config["unit_of_measurement"] == "cm"
    assert result["data_schema"]({}) == {
        "desk_stand_height": 105.0,
        "desk_sit_height": 72.0,
    }
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"desk_stand_height": 130, "desk_sit_height": 72}
    )
    assert result["errors"] == {"desk_stand_height": "desk_height_out_of_range"}
    assert _en(result, "desk_height_out_of_range") == (
        "The desk moves only within its range (60\N{EN DASH}125 cm)."
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"desk_stand_height": 110, "desk_sit_height": 70}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options["desk_entity"] == "number.desk_motor"
    assert (entry.options["desk_stand_height"], entry.options["desk_sit_height"]) == (
        110,
        70,
    )


async def test_a_cover_desk_gets_positions_in_percent(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    hass.states.async_set("cover.desk", "open", {"current_position": 30})
    result = await _to_step(hass, entry, "desk", desk="cover.desk")
    assert result["description_placeholders"] == {
        "name": "desk",
        "current": "30 %",
        "range": " (0\N{EN DASH}100 %)",
    }
    # The default heights in cm are no positions: three quarters and a quarter up.
    assert result["data_schema"]({}) == {
        "desk_stand_height": 75.0,
        "desk_sit_height": 25.0,
    }
    fields = _fields(result)
    config = result["data_schema"].schema[fields["desk_stand_height"]].config
    assert config["unit_of_measurement"] == "%"


async def test_a_desk_without_a_reading_shows_a_dash(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    hass.states.async_set("number.desk_motor", "unavailable", {"min": 60, "max": 125})
    result = await _to_step(hass, entry, "desk", desk="number.desk_motor")
    assert result["description_placeholders"] == {
        "name": "desk motor",
        "current": "\N{EN DASH}",
        "range": "",
    }
    assert result["data_schema"]({}) == {
        "desk_stand_height": 105.0,
        "desk_sit_height": 72.0,
    }


async def test_a_desk_number_without_a_unit_moves_to_plain_values(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    hass.states.async_set("number.desk_motor", "74")
    result = await _to_step(hass, entry, "desk", desk="number.desk_motor")
    assert result["description_placeholders"]["current"] == "74"
    fields = _fields(result)
    config = result["data_schema"].schema[fields["desk_stand_height"]].config
    assert "unit_of_measurement" not in config


async def test_delivery_options_are_stored_and_cleared(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    hass.states.async_set("cover.desk", "open", {"current_position": 30})
    hass.states.async_set("binary_sensor.workday", "on")
    hass.services.async_register("notify", "mobile_app_phone", lambda call: None)
    result = await _to_step(hass, entry, "schedule")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "active_days": ["mon"],
            "workday_entity": "binary_sensor.workday",
            "active_start": "08:00:00",
            "active_end": "18:00:00",
            "dnd_entities": ["binary_sensor.workday"],
            "premeeting_minutes": 10,
        },
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {"notify_services": ["mobile_app_phone"], "desk_entity": "cover.desk"},
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"desk_stand_height": 80, "desk_sit_height": 20}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options["desk_entity"] == "cover.desk"
    assert entry.options["workday_entity"] == "binary_sensor.workday"
    assert entry.options["dnd_entities"] == ["binary_sensor.workday"]
    assert entry.options["calendar_entities"] == []

    # Going through again as shown keeps every choice, the desk's included.
    result = await _to_step(hass, entry, "delivery")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], _as_shown(result["data_schema"])
    )
    assert result["step_id"] == "desk"
    assert result["data_schema"]({}) == {
        "desk_stand_height": 80,
        "desk_sit_height": 20,
    }
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options["desk_entity"] == "cover.desk"
    assert entry.options["workday_entity"] == "binary_sensor.workday"

    # Emptied optional fields are cleared: absent from the answer, as the UI sends them.
    result = await _to_timing(hass, entry)
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "active_days": ["mon"],
            "active_start": "08:00:00",
            "active_end": "18:00:00",
            "premeeting_minutes": 10,
        },
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"notify_home_assistant": True}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert "desk_entity" not in entry.options
    assert "workday_entity" not in entry.options
    assert entry.options["dnd_entities"] == []
    assert entry.options["notify_services"] == []


async def test_the_phone_picker_offers_only_companion_apps(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    for service in ("mobile_app_phone", "persistent_notification", "notify"):
        hass.services.async_register("notify", service, lambda call: None)
    result = await _to_step(hass, entry, "delivery")
    phones = _fields(result)["notify_services"]
    options = result["data_schema"].schema[phones].config["options"]
    assert options == ["mobile_app_phone"]


async def test_new_nudge_options_take_effect_with_every_entity_available(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:20")
    changes = async_capture_events(hass, "state_changed")
    result = await _to_timing(hass, entry)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"preset": "custom", "sit_limit_minutes": 25}
    )
    while result["type"] is FlowResultType.FORM:
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {}
        )
    await hass.async_block_till_done()
    assert entry.options["sit_limit_minutes"] == 25
    assert not [
        event.data["entity_id"]
        for event in changes
        if event.data["new_state"].state == "unavailable"
    ]
    # Today carries on, and the new sit limit counts.
    await day.travel("09:26")
    assert day.fired() == [("09:25", "stand", 1)]
    assert float(day.sensor("seated_time_today")) == 26  # read at 09:26
