"""Repairs: a source that was removed or renamed, and choosing the entity that replaces it."""

from __future__ import annotations

from datetime import timedelta
from http import HTTPStatus
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_HOMEASSISTANT_STARTED
from homeassistant.core import CoreState, HomeAssistant
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.backcare.const import (
    CONF_CALENDAR_ENTITIES,
    CONF_DND_ENTITIES,
    CONF_HEIGHT_ENTITY,
    CONF_PRESENCE_ENTITIES,
    DOMAIN,
)

from .helpers import (
    CHAIR,
    HEIGHT,
    PRESENCE,
    add_workstation,
    travel,
    workstation_entry,
)

NEW_CHAIR = "binary_sensor.new_chair"


def issue_of(hass: HomeAssistant, entry: MockConfigEntry, entity_id: str) -> Any:
    return ir.async_get(hass).async_get_issue(
        DOMAIN, f"missing_source_{entry.entry_id}_{entity_id}"
    )


def register(hass: HomeAssistant, entity_id: str) -> None:
    """Put an entity of some integration in the entity registry."""
    domain, object_id = entity_id.split(".")
    entry = er.async_get(hass).async_get_or_create(
        domain, "maker", object_id, suggested_object_id=object_id
    )
    assert entry.entity_id == entity_id


async def remove(hass: HomeAssistant, entity_id: str) -> None:
    """Delete an entity, as its integration or the user does: registry entry and state."""
    er.async_get(hass).async_remove(entity_id)
    hass.states.async_remove(entity_id)
    await hass.async_block_till_done()


@pytest.fixture
def chair_registered(hass: HomeAssistant) -> None:
    """The chair and height sensors are entities of some integration."""
    register(hass, CHAIR)
    register(hass, HEIGHT)


@pytest.fixture
async def entry(
    hass: HomeAssistant, chair_registered: None, desk_states: None
) -> MockConfigEntry:
    """The Office desk workstation, set up, with the repairs integration loaded."""
    assert await async_setup_component(hass, "repairs", {})
    return await add_workstation(hass)


async def start_fix(
    hass_client: ClientSessionGenerator, issue_id: str
) -> dict[str, Any]:
    client = await hass_client()
    response = await client.post(
        "/api/repairs/issues/fix", json={"handler": DOMAIN, "issue_id": issue_id}
    )
    assert response.status == HTTPStatus.OK
    result: dict[str, Any] = await response.json()
    return result


async def submit_fix(
    hass_client: ClientSessionGenerator, flow_id: str, replacement: str
) -> dict[str, Any]:
    client = await hass_client()
    response = await client.post(
        f"/api/repairs/issues/fix/{flow_id}", json={"replacement": replacement}
    )
    assert response.status == HTTPStatus.OK
    result: dict[str, Any] = await response.json()
    return result


async def test_a_source_removed_from_the_registry_raises_a_fixable_issue(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    assert issue_of(hass, entry, CHAIR) is None
    await remove(hass, CHAIR)
    issue = issue_of(hass, entry, CHAIR)
    assert issue is not None
    assert issue.is_fixable
    assert issue.severity is ir.IssueSeverity.WARNING
    assert issue.translation_key == "missing_source"
    assert issue.translation_placeholders == {
        "entity": CHAIR,
        "workstation": "Office desk",
    }


async def test_the_issue_clears_itself_when_the_entity_comes_back(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    await remove(hass, CHAIR)
    assert issue_of(hass, entry, CHAIR) is not None
    register(hass, CHAIR)
    await hass.async_block_till_done()
    assert issue_of(hass, entry, CHAIR) is None

    await remove(hass, CHAIR)
    assert issue_of(hass, entry, CHAIR) is not None
    hass.states.async_set(CHAIR, "on")
    await hass.async_block_till_done()
    assert issue_of(hass, entry, CHAIR) is None


async def test_fixing_a_removed_source_replaces_it_and_keeps_todays_totals(
    hass: HomeAssistant,
    midday: FrozenDateTimeFactory,
    entry: MockConfigEntry,
    hass_client: ClientSessionGenerator,
) -> None:
    freezer = midday

    def seated_now() -> str:
        """Today's seated time as read now (asked for, as update_entity does)."""
        entry.runtime_data.refresh_running()
        return hass.states.get("sensor.office_desk_seated_time_today").state

    start = dt_util.utcnow().replace(second=0, microsecond=0) + timedelta(minutes=1)
    await travel(hass, freezer, start)
    hass.states.async_set(PRESENCE, "on")
    await hass.async_block_till_done()
    await travel(hass, freezer, start + timedelta(minutes=10))
    assert seated_now() == "10.0"

    await remove(hass, CHAIR)
    hass.states.async_set(NEW_CHAIR, "off")
    await hass.async_block_till_done()
    issue = issue_of(hass, entry, CHAIR)
    result = await start_fix(hass_client, issue.issue_id)
    assert result["type"] == "form"
    assert result["step_id"] == "init"
    assert result["description_placeholders"] == {
        "entity": CHAIR,
        "workstation": "Office desk",
    }
    [field] = result["data_schema"]
    assert field["name"] == "replacement"
    assert field["selector"]["entity"]["domain"] == [
        "binary_sensor",
        "input_boolean",
        "switch",
        "person",
        "device_tracker",
    ]

    result = await submit_fix(hass_client, result["flow_id"], NEW_CHAIR)
    assert result["type"] == "create_entry"
    await hass.async_block_till_done()
    assert entry.options[CONF_PRESENCE_ENTITIES] == [PRESENCE, NEW_CHAIR]
    assert entry.state is ConfigEntryState.LOADED
    assert issue_of(hass, entry, CHAIR) is None
    assert hass.states.get("sensor.office_desk_seated_time_today").state == "10.0"
    await travel(hass, freezer, start + timedelta(minutes=15))
    assert seated_now() == "15.0"


async def test_a_renamed_source_suggests_its_new_id(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    er.async_get(hass).async_update_entity(CHAIR, new_entity_id=NEW_CHAIR)
    await hass.async_block_till_done()
    issue = issue_of(hass, entry, CHAIR)
    assert issue is not None
    result = await start_fix(hass_client, issue.issue_id)
    [field] = result["data_schema"]
    assert field["description"] == {"suggested_value": NEW_CHAIR}
    hass.states.async_set(NEW_CHAIR, "on")
    result = await submit_fix(hass_client, result["flow_id"], NEW_CHAIR)
    assert result["type"] == "create_entry"
    await hass.async_block_till_done()
    assert entry.options[CONF_PRESENCE_ENTITIES] == [PRESENCE, NEW_CHAIR]
    assert hass.states.get("binary_sensor.office_desk_occupied").state == "on"


async def test_a_single_entity_source_is_replaced_in_its_option(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    hass.states.async_set("sensor.new_desk_height", "72", {"unit_of_measurement": "cm"})
    await remove(hass, HEIGHT)
    result = await start_fix(hass_client, issue_of(hass, entry, HEIGHT).issue_id)
    result = await submit_fix(hass_client, result["flow_id"], "sensor.new_desk_height")
    assert result["type"] == "create_entry"
    await hass.async_block_till_done()
    assert entry.options[CONF_HEIGHT_ENTITY] == "sensor.new_desk_height"


async def test_renaming_an_entity_back_to_the_source_clears_the_issue(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    registry = er.async_get(hass)
    registry.async_update_entity(CHAIR, new_entity_id=NEW_CHAIR)
    hass.states.async_remove(CHAIR)  # as the entity's platform does on a rename
    await hass.async_block_till_done()
    assert issue_of(hass, entry, CHAIR) is not None
    registry.async_update_entity(NEW_CHAIR, new_entity_id=CHAIR)
    await hass.async_block_till_done()
    assert issue_of(hass, entry, CHAIR) is None


async def test_a_height_replacement_must_be_a_height(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    hass.states.async_set("switch.desk_power", "on")
    await remove(hass, HEIGHT)
    result = await start_fix(hass_client, issue_of(hass, entry, HEIGHT).issue_id)
    result = await submit_fix(hass_client, result["flow_id"], "switch.desk_power")
    assert result["errors"] == {"replacement": "wrong_domain"}
    assert entry.options[CONF_HEIGHT_ENTITY] == HEIGHT


async def test_the_replacement_must_exist(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    await remove(hass, CHAIR)
    result = await start_fix(hass_client, issue_of(hass, entry, CHAIR).issue_id)
    result = await submit_fix(hass_client, result["flow_id"], "binary_sensor.nowhere")
    assert result["type"] == "form"
    assert result["errors"] == {"replacement": "entity_not_found"}
    assert entry.options[CONF_PRESENCE_ENTITIES] == [PRESENCE, CHAIR]


async def test_an_issue_goes_when_the_options_no_longer_use_the_source(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    await remove(hass, CHAIR)
    assert issue_of(hass, entry, CHAIR) is not None
    hass.config_entries.async_update_entry(
        entry, options={**entry.options, CONF_PRESENCE_ENTITIES: [PRESENCE]}
    )
    await hass.async_block_till_done()
    assert issue_of(hass, entry, CHAIR) is None


async def test_fixing_a_source_no_longer_used_aborts(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    await remove(hass, CHAIR)
    issue = issue_of(hass, entry, CHAIR)
    # Changed while the workstation is not loaded: the issue is still there.
    assert await hass.config_entries.async_unload(entry.entry_id)
    hass.config_entries.async_update_entry(
        entry, options={**entry.options, CONF_PRESENCE_ENTITIES: [PRESENCE]}
    )
    result = await start_fix(hass_client, issue.issue_id)
    assert result["type"] == "abort"
    assert result["reason"] == "source_not_used"


async def test_a_source_missing_at_setup_raises_an_issue(
    hass: HomeAssistant, desk_states: None
) -> None:
    entry = workstation_entry(
        **{
            CONF_DND_ENTITIES: ["input_boolean.focus"],
            CONF_CALENDAR_ENTITIES: ["calendar.work"],
        }
    )
    hass.states.async_set("calendar.work", "off")
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert issue_of(hass, entry, "input_boolean.focus") is not None
    assert issue_of(hass, entry, "calendar.work") is None
    assert issue_of(hass, entry, PRESENCE) is None


async def test_sources_are_checked_only_once_home_assistant_has_started(
    hass: HomeAssistant, desk_states: None
) -> None:
    hass.set_state(CoreState.starting)
    entry = await add_workstation(hass, **{CONF_DND_ENTITIES: ["input_boolean.focus"]})
    assert issue_of(hass, entry, "input_boolean.focus") is None
    hass.set_state(CoreState.running)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STARTED)
    await hass.async_block_till_done()
    assert issue_of(hass, entry, "input_boolean.focus") is not None


async def test_removing_the_workstation_removes_its_issues(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    await remove(hass, CHAIR)
    assert issue_of(hass, entry, CHAIR) is not None
    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert issue_of(hass, entry, CHAIR) is None


async def test_a_height_replacement_must_report_a_length(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    # The standing height (95) was set in centimetres.
    assert entry.options["height_unit"] == "cm"
    await remove(hass, HEIGHT)
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    hass.states.async_set(
        "sensor.new_desk_height", "720", {"unit_of_measurement": "mm"}
    )
    issue = issue_of(hass, entry, HEIGHT)
    result = await start_fix(hass_client, issue.issue_id)
    result = await submit_fix(hass_client, result["flow_id"], "cover.desk")
    assert result["errors"] == {"replacement": "height_unit"}
    result = await submit_fix(hass_client, result["flow_id"], "sensor.new_desk_height")
    assert result["type"] == "create_entry"
    await hass.async_block_till_done()
    assert entry.options[CONF_HEIGHT_ENTITY] == "sensor.new_desk_height"
    # 720 mm is seated, as 72 cm was.
    hass.states.async_set(CHAIR, "on")
    await hass.async_block_till_done()
    assert hass.states.get("sensor.office_desk_posture").state == "sitting"
