"""Moving the desk: each kind of desk, and never when it is unsafe."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import async_mock_service

from .helpers import PRESENCE, Day


@pytest.mark.parametrize(
    ("desk", "service", "expected"),
    [
        (
            {
                "desk_entity": "cover.desk",
                "desk_stand_height": 80,
                "desk_sit_height": 20,
            },
            "cover.set_cover_position",
            {"entity_id": "cover.desk", "position": 80},
        ),
        (
            {"desk_entity": "number.desk_height"},
            "number.set_value",
            {"entity_id": "number.desk_height", "value": 105.0},
        ),
        (
            {
                "desk_stand_button": "input_button.desk_stand",
                "desk_sit_button": "input_button.desk_sit",
            },
            "input_button.press",
            {"entity_id": "input_button.desk_stand"},
        ),
    ],
    ids=["cover", "number", "preset-button"],
)
async def test_raise_desk_moves_each_kind_of_desk(
    hass: HomeAssistant,
    day: Day,
    desk: dict[str, Any],
    service: str,
    expected: dict[str, Any],
) -> None:
    domain, name = service.split(".")
    calls: list[ServiceCall] = async_mock_service(hass, domain, name)
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    entry = await day.start("09:00", **desk)
    await day.set(PRESENCE, "on")
    await day.action("raise_desk", config_entry_id=entry.entry_id)
    assert [call.data for call in calls] == [expected]


async def test_desk_is_never_moved_while_away_off_schedule_or_moving(
    hass: HomeAssistant, day: Day
) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    entry = await day.start("09:00", desk_entity="cover.desk")
    with pytest.raises(ServiceValidationError) as err:
        await day.action("raise_desk", config_entry_id=entry.entry_id)
    assert err.value.translation_key == "desk_unoccupied"
    await day.set(PRESENCE, "on")
    hass.states.async_set("cover.desk", "opening", {"current_position": 40})
    with pytest.raises(ServiceValidationError) as err:
        await day.action("lower_desk", config_entry_id=entry.entry_id)
    assert err.value.translation_key == "desk_moving"
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    await day.travel("18:01")
    with pytest.raises(ServiceValidationError) as err:
        await day.action("raise_desk", config_entry_id=entry.entry_id)
    assert err.value.translation_key == "desk_off_schedule"
    assert calls == []
