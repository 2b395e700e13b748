"""dashboards/backcare.yaml: every card finds its entity, for any workstation name."""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
import re
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.template import Template
from homeassistant.util import dt as dt_util, yaml as yaml_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.backcare.const import DOMAIN

from .helpers import PRESENCE, travel, workstation_entry

DASHBOARD = Path(__file__).parent.parent / "dashboards" / "backcare.yaml"


def dashboard() -> dict[str, Any]:
    data = yaml_util.load_yaml(DASHBOARD)
    assert isinstance(data, dict)
    return data


def markdown(view: dict[str, Any]) -> str:
    (card,) = (card for card in view["cards"] if card["type"] == "markdown")
    return str(card["content"])


async def add(hass: HomeAssistant, name: str) -> MockConfigEntry:
    """Add a workstation with this name."""
    options = dict(workstation_entry().options)
    entry = MockConfigEntry(domain=DOMAIN, title=name, data={}, options=options)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


@pytest.mark.usefixtures("desk_states")
@pytest.mark.parametrize(
    ("name", "part"),
    [("Office desk", "office_desk"), ("Standing desk", "standing_desk")],
)
async def test_every_entity_exists(hass: HomeAssistant, name: str, part: str) -> None:
    """As written for the Office desk, and with `office_desk` replaced (README)."""
    await add(hass, name)
    text = DASHBOARD.read_text(encoding="utf-8").replace("office_desk", part)
    cards = json.dumps(yaml_util.parse_yaml(text))
    named = set(
        re.findall(rf"\b(?:sensor|binary_sensor|button|switch)\.{part}_\w+", cards)
    )
    assert len(named) >= 15
    assert part == "office_desk" or "office_desk" not in cards
    missing = sorted(entity_id for entity_id in named if not hass.states.get(entity_id))
    assert not missing


@pytest.mark.usefixtures("desk_states")
async def test_the_nudge_card_shows_the_exercise_and_the_snooze(
    hass: HomeAssistant, midday: FrozenDateTimeFactory
) -> None:
    await add(hass, "Office desk")
    (view,) = dashboard()["views"]
    card = Template(markdown(view), hass)
    assert card.async_render(parse_result=False) == "No nudge now."

    hass.states.async_set(PRESENCE, "on")
    await travel(hass, midday, dt_util.now() + timedelta(minutes=31))
    nudge = hass.states.get("sensor.office_desk_nudge")
    assert nudge is not None
    assert nudge.state == "stand"
    steps = "\n".join(
        f"{number}. {step}" for number, step in enumerate(nudge.attributes["steps"], 1)
    )
    assert card.async_render(parse_result=False) == (
        f"**Stand up: {nudge.attributes['exercise_name']}**\n\n{steps}\n\n"
        "Press **Done** below when you have done it."
    )

    await hass.services.async_call(
        "button", "press", {"entity_id": "button.office_desk_snooze"}, blocking=True
    )
    await hass.async_block_till_done()
    assert re.fullmatch(
        r"Snoozed until \d\d:\d\d\.", card.async_render(parse_result=False)
    )
