"""The nudge steps of the options flow: presets, field checks, stored and cleared answers."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.backcare.nudge_options import apply_preset

from .helpers import CHAIR, PRESENCE, STAND_ONLY, Day


async def _to_timing(hass: HomeAssistant, entry: MockConfigEntry) -> Any:
    """The options flow starts at the nudge timing: the sources are reconfigured."""
    result = await hass.config_entries.options.async_init(entry.entry_id)
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


@pytest.mark.parametrize(
    ("step", "answer", "field", "error"),
    [
        (
            "timing",
            {"core_start": "12:00:00", "core_end": "05:00:00"},
            "core_end",
            "end_before_start",
        ),
        (
            "timing",
            {"standing_goal_minutes": 300, "standing_goal_max_minutes": 240},
            "standing_goal_max_minutes",
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
            "delivery",
            {"desk_entity": "cover.desk", "desk_stand_height": 105},
            "desk_stand_height",
            "cover_position_out_of_range",
        ),
        ("delivery", {"desk_sit_height": 110}, "desk_sit_height", "sit_above_stand"),
    ],
)
async def test_invalid_nudge_options_get_a_field_error(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    step: str,
    answer: dict[str, Any],
    field: str,
    error: str,
) -> None:
    hass.states.async_set("cover.desk", "open", {"current_position": 30})
    result = await _to_timing(hass, entry)
    while result["step_id"] != step:
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {}
        )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], answer
    )
    assert result["step_id"] == step
    assert result["errors"] == {field: error}


async def test_delivery_options_are_stored_and_cleared(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    hass.states.async_set("cover.desk", "open", {"current_position": 30})
    hass.services.async_register("notify", "mobile_app_phone", lambda call: None)
    result = await _to_timing(hass, entry)
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "notify_services": ["mobile_app_phone"],
            "desk_entity": "cover.desk",
            "desk_stand_height": 80,
            "desk_sit_height": 20,
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert entry.options["desk_entity"] == "cover.desk"
    await hass.async_block_till_done()
    result = await _to_timing(hass, entry)
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {"notify_services": [], "desk_stand_height": 80, "desk_sit_height": 20},
    )
    assert "desk_entity" not in entry.options


async def test_the_phone_picker_offers_only_companion_apps(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    for service in ("mobile_app_phone", "persistent_notification", "notify"):
        hass.services.async_register("notify", service, lambda call: None)
    result = await _to_timing(hass, entry)
    while result["step_id"] != "delivery":
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {}
        )
    phones = next(
        field for field in result["data_schema"].schema if field == "notify_services"
    )
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
    assert float(day.sensor("seated_time_today")) == 25
