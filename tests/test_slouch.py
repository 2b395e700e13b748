"""Posture quality: slouching time, the upright ratio and the posture cue over a day."""

from __future__ import annotations

from typing import Any

from homeassistant.components import automation
from homeassistant.components.device_automation import DeviceAutomationType
from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType, InvalidData
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    async_get_device_automations,
    async_mock_service,
)

from custom_components.backcare.const import DOMAIN

from .helpers import (
    CHAIR,
    HEIGHT,
    PRESENCE,
    Day,
    add_workstation,
    at,
    open_options,
    workstation_device,
)

SLOUCH = "binary_sensor.slouch"
# Only the posture cue, for tests about it.
CUE_ONLY = {
    "slouch_entity": SLOUCH,
    "sit_limit_minutes": 240,
    "move_interval_minutes": 480,
    "stand_limit_minutes": 0,
    "core_enabled": False,
}


async def sitting(day: Day, **options: Any) -> None:
    """Someone sits down at 09:00, upright."""
    day.hass.states.async_set(SLOUCH, "off")
    await day.start("09:00", **CUE_ONLY | options)
    await day.set(PRESENCE, "on")


def timing(**posture_cue: Any) -> dict[str, Any]:
    """The options' timing step as answered: the standard preset, a posture cue."""
    return {
        "preset": "standard",
        "sit_limit_minutes": 30,
        "move_interval_minutes": 60,
        "stand_limit_minutes": 45,
        "repeat_minutes": 10,
        "posture_cue": {
            "slouch_limit_seconds": 60,
            "posture_cue_gap_minutes": 10,
            "posture_cue_notify": False,
        }
        | posture_cue,
    }


def cues(day: Day) -> list[str]:
    return [clock for clock, kind, _ in day.fired() if kind == "posture"]


async def test_a_minute_of_slouching_cues_and_sitting_up_corrects_it(
    hass: HomeAssistant, day: Day
) -> None:
    phone = async_mock_service(hass, "notify", "mobile_app_phone")
    await sitting(day, notify_services=["notify.mobile_app_phone"])
    await day.travel("09:10")
    await day.set(SLOUCH, "on")
    await day.travel("09:10:59")
    assert cues(day) == []
    await day.travel("09:11:00")
    assert cues(day) == ["09:11"]
    cue = day.nudges[-1].data
    assert cue["exercise"]["key"] == "sit_tall"
    assert cue["title"] == "Posture: Sit tall"
    assert day.sensor("nudge") == "posture"
    # A cue is for a lamp or a speaker: no phone unless asked for.
    assert phone == []
    # Sitting up: corrected once the slouch sensor stays off for its grace (5 s).
    await day.travel("09:11:30")
    await day.set(SLOUCH, "off")
    await day.travel("09:11:34")
    assert day.how() == []
    await day.travel("09:11:35")
    assert day.how() == [("posture", "corrected")]
    await day.travel("09:15")
    assert float(day.sensor("slouching_time_today")) == 1.5
    assert float(day.sensor("upright_ratio_today")) == 90.0


async def test_a_flicker_within_grace_is_one_slouch_and_one_cue(day: Day) -> None:
    await sitting(day)
    await day.set(SLOUCH, "on")
    await day.travel("09:00:40")
    await day.set(SLOUCH, "off")
    await day.travel("09:00:43")
    await day.set(SLOUCH, "on")
    await day.travel("09:01")
    assert cues(day) == ["09:01"]
    await day.travel("09:05")
    assert day.how() == []
    assert float(day.sensor("slouching_time_today")) == 5


async def test_the_next_cue_waits_ten_minutes_from_the_first(day: Day) -> None:
    await sitting(day)
    await day.set(SLOUCH, "on")
    await day.travel("09:02")
    await day.set(SLOUCH, "off")
    await day.travel("09:03")
    await day.set(SLOUCH, "on")
    await day.travel("09:10:59")
    assert cues(day) == ["09:01"]
    await day.travel("09:11")
    assert cues(day) == ["09:01", "09:11"]
    # Standing up ends the cue; standing, slouching counts for nothing.
    await day.set(HEIGHT, "110")
    await day.travel("09:30")
    assert day.how() == [("posture", "corrected"), ("posture", "stood")]
    assert cues(day) == ["09:01", "09:11"]
    assert float(day.sensor("slouching_time_today")) == 10
    # Seated 09:00-09:11, upright only 09:02-09:03.
    assert float(day.sensor("upright_ratio_today")) == round(100 * 1 / 11, 1)


async def test_no_cue_while_do_not_disturb_is_on(hass: HomeAssistant, day: Day) -> None:
    hass.states.async_set("input_boolean.focus", "on")
    await sitting(day, dnd_entities=["input_boolean.focus"])
    await day.set(SLOUCH, "on")
    await day.travel("09:20")
    assert cues(day) == []
    await day.set("input_boolean.focus", "off")
    assert cues(day) == ["09:20"]


async def test_an_unavailable_slouch_sensor_pauses_only_the_slouch_figures(
    day: Day,
) -> None:
    await sitting(day)
    await day.set(SLOUCH, "on")
    await day.travel("09:01")
    await day.set(SLOUCH, "unavailable")
    await day.travel("09:30")
    assert float(day.sensor("slouching_time_today")) == 1
    assert float(day.sensor("upright_ratio_today")) == 0
    assert float(day.sensor("seated_time_today")) == 30
    assert day.how() == []
    await day.set(SLOUCH, "off")
    await day.travel("09:35")
    assert day.how() == [("posture", "corrected")]
    assert float(day.sensor("upright_ratio_today")) == round(100 * 5 / 6, 1)


async def test_a_restart_mid_day_keeps_the_slouching_time(
    hass: HomeAssistant, day: Day
) -> None:
    await sitting(day)
    await day.set(SLOUCH, "on")
    await day.travel("09:20")
    assert day.entry is not None
    assert await hass.config_entries.async_unload(day.entry.entry_id)
    await hass.async_block_till_done()
    day.freezer.move_to(at("09:21"))
    assert await hass.config_entries.async_setup(day.entry.entry_id)
    await hass.async_block_till_done()
    assert float(day.sensor("slouching_time_today")) == 20
    await day.travel("09:30")
    # The minute it was down is counted nowhere; the cue of this slouch carries on.
    assert float(day.sensor("slouching_time_today")) == 29
    assert cues(day) == ["09:01"]
    assert day.sensor("nudge") == "posture"


async def test_cues_go_to_phones_when_asked_for(hass: HomeAssistant, day: Day) -> None:
    phone = async_mock_service(hass, "notify", "mobile_app_phone")
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    await sitting(
        day,
        notify_services=["notify.mobile_app_phone"],
        posture_cue_notify=True,
        desk_entity="cover.desk",
    )
    await day.set(SLOUCH, "on")
    await day.travel("09:01")
    (notification,) = phone
    assert notification.data["title"] == "Posture: Sit tall"
    # Snooze and Done; a desk has nothing to do with sitting tall.
    assert [
        action["action"].split("_")[1]
        for action in notification.data["data"]["actions"]
    ] == ["SNOOZE", "DONE"]


async def test_without_a_slouch_sensor_there_are_no_slouch_figures(
    hass: HomeAssistant, day: Day
) -> None:
    await day.start("09:00")
    assert hass.states.get("sensor.office_desk_slouching_time_today") is None
    assert hass.states.get("sensor.office_desk_upright_ratio_today") is None
    assert day.entry is not None
    triggers = await async_get_device_automations(
        hass, DeviceAutomationType.TRIGGER, workstation_device(hass, day.entry).id
    )
    assert "posture_nudge" not in {trigger["type"] for trigger in triggers}


async def test_the_posture_cue_is_a_device_trigger(
    hass: HomeAssistant, day: Day
) -> None:
    await sitting(day)
    assert day.entry is not None
    device_id = workstation_device(hass, day.entry).id
    triggers = await async_get_device_automations(
        hass, DeviceAutomationType.TRIGGER, device_id
    )
    assert "posture_nudge" in {trigger["type"] for trigger in triggers}
    calls = async_mock_service(hass, "test", "cue")
    assert await async_setup_component(
        hass,
        automation.DOMAIN,
        {
            automation.DOMAIN: {
                "triggers": {
                    "platform": "device",
                    "domain": DOMAIN,
                    "device_id": device_id,
                    "type": "posture_nudge",
                },
                "actions": {"action": "test.cue"},
            }
        },
    )
    await day.set(SLOUCH, "on")
    await day.travel("09:01")
    assert len(calls) == 1


async def test_the_slouch_sensor_is_chosen_with_the_sources(
    hass: HomeAssistant,
) -> None:
    for entity_id in (SLOUCH, PRESENCE, CHAIR):
        hass.states.async_set(entity_id, "off")
    base = {
        "name": "Office desk",
        "presence_entities": [PRESENCE, CHAIR],
        "away_grace_seconds": 60,
        "break_minutes": 2,
    }
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    for slouch, error in (
        (CHAIR, "slouch_is_other_source"),
        ("binary_sensor.nowhere", "entity_not_found"),
    ):
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], base | {"slouch_entity": slouch}
        )
        assert result["errors"] == {"slouch_entity": error}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], base | {"slouch_entity": SLOUCH, "slouch_grace_seconds": 8}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["options"]["slouch_entity"] == SLOUCH
    assert result["options"]["slouch_grace_seconds"] == 8

    # The posture cue's own section, stored flat, is in the options with a slouch sensor.
    entry = result["result"]
    result = await open_options(hass, entry)
    sections = {str(marker) for marker in result["data_schema"].schema}
    assert "posture_cue" in sections
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        timing(slouch_limit_seconds=90, posture_cue_gap_minutes=20),
    )
    assert result["step_id"] == "schedule"
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert entry.options["slouch_limit_seconds"] == 90
    assert entry.options["posture_cue_gap_minutes"] == 20
    assert "posture_cue" not in entry.options


async def test_a_slouch_limit_out_of_range_is_refused(hass: HomeAssistant) -> None:
    hass.states.async_set(SLOUCH, "off")
    hass.states.async_set(PRESENCE, "off")
    hass.states.async_set(CHAIR, "off")
    entry = await add_workstation(hass, slouch_entity=SLOUCH)
    result = await open_options(hass, entry)
    with pytest.raises(InvalidData) as err:
        await hass.config_entries.options.async_configure(
            result["flow_id"],
            timing(slouch_limit_seconds=5),
        )
    assert "slouch_limit_seconds" in str(err.value.schema_errors)


async def test_choosing_a_slouch_sensor_later_adds_its_figures_and_keeps_today(
    hass: HomeAssistant, day: Day
) -> None:
    hass.states.async_set(SLOUCH, "on")
    entry = await day.start("09:00")
    await day.set(PRESENCE, "on")
    await day.travel("09:30")
    result = await entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "presence_entities": [PRESENCE, CHAIR],
            "height_entity": HEIGHT,
            "away_grace_seconds": 60,
            "break_minutes": 2,
            "slouch_entity": SLOUCH,
        },
    )
    assert result["step_id"] == "height"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"standing_height": 95.0, "height_hysteresis": 2.0}
    )
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert float(day.sensor("seated_time_today")) == 30
    await day.travel("09:40")
    assert float(day.sensor("slouching_time_today")) == 10
    assert float(day.sensor("upright_ratio_today")) == 0


async def test_a_removed_slouch_sensor_raises_a_repair_and_pauses_its_figures(
    hass: HomeAssistant, day: Day
) -> None:
    assert await async_setup_component(hass, "repairs", {})
    slouch = er.async_get(hass).async_get_or_create(
        "binary_sensor", "camera", "slouch", suggested_object_id="slouch"
    )
    await sitting(day)
    await day.set(SLOUCH, "on")
    await day.travel("09:10")
    er.async_get(hass).async_remove(slouch.entity_id)
    hass.states.async_remove(SLOUCH)
    await hass.async_block_till_done()
    assert day.entry is not None
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, f"missing_source_{day.entry.entry_id}_{SLOUCH}"
    )
    assert issue is not None
    assert issue.translation_placeholders == {
        "entity": SLOUCH,
        "workstation": "Office desk",
    }
    await day.travel("09:20")
    assert float(day.sensor("slouching_time_today")) == 10
    assert float(day.sensor("seated_time_today")) == 20
