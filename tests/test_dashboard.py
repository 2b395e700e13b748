"""The dashboards: every card finds its workstation, for any name.

dashboards/backcare.yaml is backcare's card, by device id (a placeholder to replace, which
scripts/develop and scripts/e2e fill in through scripts/lib/card_dashboard.py);
dashboards/backcare-core.yaml is Home Assistant's own cards, by entity id.
"""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
import re
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.helpers.template import Template
from homeassistant.util import dt as dt_util, yaml as yaml_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.backcare.const import DOMAIN
from scripts.lib.card_dashboard import write

from .helpers import PRESENCE, travel, workstation_entry

ROOT = Path(__file__).parent.parent
DASHBOARD = ROOT / "dashboards" / "backcare-core.yaml"
CARD_DASHBOARD = ROOT / "dashboards" / "backcare.yaml"
PLACEHOLDER = "REPLACE_WITH_DEVICE_ID"
# The card's options (README, "The backcare card"; frontend/src/types.ts).
CARD_OPTIONS = {
    "type",
    "device",
    "title",
    "show_now",
    "show_today",
    "show_week",
    "days",
    "sit_limit",
    "standing_goal",
}


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


def card_configs(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every card of every view and section."""
    cards: list[dict[str, Any]] = []
    for view in data["views"]:
        cards += view.get("cards", [])
        for section in view.get("sections", []):
            cards += section.get("cards", [])
    return cards


def card_entity_keys() -> set[tuple[str, str]]:
    """The (domain, translation key) pairs the card looks its entities up by."""
    source = (ROOT / "frontend" / "src" / "entities.ts").read_text(encoding="utf-8")
    block = source[source.index("ENTITY_KEYS = {") : source.index("} as const")]
    pairs = set(re.findall(r'\["(\w+)", "(\w+)"\]', block))
    assert len(pairs) >= 8
    return pairs


def test_the_card_dashboard_is_the_card() -> None:
    """Only backcare's card, with known options and the device id to fill in."""
    text = CARD_DASHBOARD.read_text(encoding="utf-8")
    cards = card_configs(yaml_util.parse_yaml(text))  # type: ignore[arg-type]
    assert cards
    for card in cards:
        assert card["type"] == "custom:backcare-card", card
        assert set(card) <= CARD_OPTIONS, card
        assert card["device"] == PLACEHOLDER, card
        assert card.get("days", 7) in (7, 30), card
    # No entity ids: the card finds them by the device, whatever the name or language.
    assert not re.search(r"\b(?:sensor|button|switch)\.\w+", text)


@pytest.mark.usefixtures("desk_states")
@pytest.mark.parametrize("name", ["Office desk", "Büro"])
async def test_the_card_finds_every_entity_by_device(
    hass: HomeAssistant, name: str, tmp_path: Path
) -> None:
    """With the id filled in as scripts/develop does, the card's lookups all succeed."""
    entry = await add(hass, name)
    (device,) = dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id)
    text = write(tmp_path, device.id).read_text(encoding="utf-8")
    assert PLACEHOLDER not in text
    cards = card_configs(yaml_util.parse_yaml(text))  # type: ignore[arg-type]
    assert {card["device"] for card in cards} == {device.id}
    registry = er.async_get(hass)
    found = {
        (entity.domain, entity.translation_key)
        for entity in er.async_entries_for_device(registry, device.id)
        if entity.platform == DOMAIN
    }
    assert card_entity_keys() <= found
