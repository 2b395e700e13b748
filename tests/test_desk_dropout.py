"""Desks that drop off: a posture source gone quiet, and a desk that cannot be moved."""

from __future__ import annotations

import logging

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import async_mock_service

from custom_components.backcare.const import DOMAIN

from .helpers import HEIGHT, PRESENCE, STAND_ONLY, Day, at


def lost_issue(hass: HomeAssistant, entry_id: str) -> ir.IssueEntry | None:
    return ir.async_get(hass).async_get_issue(DOMAIN, f"posture_source_lost_{entry_id}")


@pytest.mark.usefixtures("entity_registry_enabled_by_default")  # posture unknown today
async def test_a_desk_gone_quiet_is_a_repair_issue_and_its_time_is_uncertain(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.set(HEIGHT, "110")
    await day.travel("09:10")
    # The Bluetooth desk drops off: the last posture is held.
    await day.set(HEIGHT, "unavailable")
    posture = hass.states.get("sensor.office_desk_posture")
    assert posture.state == "standing"
    assert posture.attributes["uncertain_since"] == at("09:10")
    await day.travel("09:39")
    assert lost_issue(hass, entry.entry_id) is None
    await day.travel("09:41")
    issue = lost_issue(hass, entry.entry_id)
    assert issue is not None
    assert issue.translation_placeholders == {
        "entity": HEIGHT,
        "workstation": "Office desk",
        "minutes": "30",
    }
    await day.travel("09:45")
    assert float(day.sensor("standing_time_today")) == 45
    assert float(day.sensor("posture_unknown_today")) == 35
    # Back: the issue clears itself, and the time is certain again.
    await day.set(HEIGHT, "72")
    assert lost_issue(hass, entry.entry_id) is None
    assert (
        "uncertain_since"
        not in hass.states.get("sensor.office_desk_posture").attributes
    )
    await day.travel("09:50")
    assert float(day.sensor("posture_unknown_today")) == 35


async def test_no_issue_while_nobody_is_at_the_desk(
    hass: HomeAssistant, day: Day
) -> None:
    entry = await day.start("18:00", **STAND_ONLY)
    await day.set(HEIGHT, "unavailable")
    await day.travel("20:00")
    assert lost_issue(hass, entry.entry_id) is None


async def test_an_unavailable_desk_is_not_moved_and_says_so(
    hass: HomeAssistant, day: Day, caplog: pytest.LogCaptureFixture
) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "unavailable")
    entry = await day.start(
        "09:00",
        desk_entity="cover.desk",
        auto_raise=True,
        auto_raise_level=1,
        **STAND_ONLY,
    )
    await day.set(PRESENCE, "on")
    with pytest.raises(ServiceValidationError) as err:
        await day.action("raise_desk", config_entry_id=entry.entry_id)
    assert err.value.translation_key == "desk_unavailable"
    assert err.value.translation_placeholders == {"entity": "cover.desk"}
    caplog.set_level(logging.INFO)
    await day.travel("09:55")  # three stand nudges, each would raise the desk
    assert [level for _, _, level in day.fired()] == [1, 2, 3]
    assert calls == []
    assert caplog.text.count("cover.desk is unavailable") == 1
