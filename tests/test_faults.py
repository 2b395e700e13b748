"""Faults: reloading and removing hundreds of times leaks nothing; bad input changes nothing."""

from __future__ import annotations

from collections.abc import Generator
import gc
import logging
import tracemalloc
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import InvalidData
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.helpers.dispatcher import DATA_DISPATCHER
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.entity_component import DATA_INSTANCES
from homeassistant.helpers.entity_platform import DATA_ENTITY_PLATFORM
from homeassistant.helpers.storage import Store
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from custom_components.backcare.compat import probatio
from custom_components.backcare.const import DOMAIN, SAVE_DELAY_SECONDS

from .helpers import PRESENCE, open_options, workstation_entry

CYCLES = 200


def _bus_listeners(hass: HomeAssistant) -> int:
    return sum(hass.bus.async_listeners().values())


def _timers(hass: HomeAssistant) -> int:
    return sum(1 for handle in hass.loop._scheduled if not handle.cancelled())  # type: ignore[attr-defined]


def _dispatcher(hass: HomeAssistant) -> int:
    return sum(len(targets) for targets in hass.data.get(DATA_DISPATCHER, {}).values())


def _footprint(hass: HomeAssistant) -> tuple[int, int, int, int]:
    return (
        _bus_listeners(hass),
        _timers(hass),
        _dispatcher(hass),
        len(hass.states.async_all()),
    )


async def _settled_footprint(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> tuple[int, int, int, int]:
    """The footprint once every delayed Store write (of any store) has been made."""
    for _ in range(SAVE_DELAY_SECONDS // 120 + 1):  # past backcare's own delay
        freezer.tick(120)
        async_fire_time_changed(hass)
        await hass.async_block_till_done()
    return _footprint(hass)


def _forget_storage_mock_calls() -> None:
    """The test's storage mock records every load and write: not backcare's memory."""
    for name in ("_async_load", "_async_write_data", "async_remove"):
        if hasattr(mocked := getattr(Store, name), "reset_mock"):
            mocked.reset_mock()


def _forget_unloaded_platforms(hass: HomeAssistant) -> None:
    """Home Assistant 2026.3 keeps each unloaded entity platform, emptied, in its list of
    platforms (EntityComponent.async_unload_entry resets it but does not destroy it;
    2026.10 does): not backcare's memory. The loaded ones are their components' (a
    platform may be loaded with no entity: the Exercise image is disabled by default).
    """
    loaded = {
        id(platform)
        for component in hass.data[DATA_INSTANCES].values()
        for platform in component._platforms.values()
    }
    platforms = hass.data.get(DATA_ENTITY_PLATFORM, {}).get(DOMAIN, [])
    platforms[:] = [platform for platform in platforms if id(platform) in loaded]


async def _traced(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> tracemalloc.Snapshot:
    """What is allocated once delayed writes are made and the storage mock forgot."""
    await _settled_footprint(hass, freezer)
    _forget_storage_mock_calls()
    _forget_unloaded_platforms(hass)
    gc.collect()
    return tracemalloc.take_snapshot()


def _growth(before: tracemalloc.Snapshot, after: tracemalloc.Snapshot) -> int:
    return sum(stat.size_diff for stat in after.compare_to(before, "filename"))


@pytest.fixture
async def enable_event_loop_debug() -> None:
    """No asyncio debug: it keeps a traceback per timer, which tracemalloc would count."""


@pytest.fixture
def quiet_logs() -> Generator[None]:
    """Warnings only: the log capture keeps every record, which tracemalloc would count."""
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.WARNING)
    yield
    root.setLevel(level)


@pytest.mark.usefixtures("quiet_logs")
async def test_reloading_hundreds_of_times_leaks_nothing(
    hass: HomeAssistant, midday: FrozenDateTimeFactory, entry: MockConfigEntry
) -> None:
    freezer = midday
    # One reload first: anything set up once per Home Assistant is in the baseline.
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    baseline = await _settled_footprint(hass, freezer)
    tracemalloc.start()
    try:
        for cycle in range(CYCLES):
            assert await hass.config_entries.async_reload(entry.entry_id)
            await hass.async_block_till_done()
            _forget_storage_mock_calls()
            if cycle == CYCLES // 2 - 1:
                halfway = await _traced(hass, freezer)
        end = await _traced(hass, freezer)
    finally:
        tracemalloc.stop()
    assert entry.state is ConfigEntryState.LOADED
    assert await _settled_footprint(hass, freezer) == baseline
    # The second hundred reloads keep at most 2 KB each (a workstation that stayed
    # behind, with its entities, would be about 180 KB).
    assert (growth := _growth(halfway, end)) < 100 * 2048, growth


@pytest.mark.usefixtures("quiet_logs")
async def test_adding_and_removing_hundreds_of_times_leaks_nothing(
    hass: HomeAssistant,
    desk_states: None,
    hass_storage: dict[str, Any],
    freezer: FrozenDateTimeFactory,
) -> None:
    async def add_and_remove() -> None:
        # The same entry id each time: Home Assistant keeps removed entities by unique
        # id (for 30 days, to restore their settings), which is not backcare's memory.
        entry = MockConfigEntry(
            domain=DOMAIN,
            title="Office desk",
            options=dict(workstation_entry().options),
            entry_id="added_and_removed",
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        assert hass.states.get("sensor.office_desk_posture") is not None
        await hass.config_entries.async_remove(entry.entry_id)
        await hass.async_block_till_done()

    await add_and_remove()
    baseline = await _settled_footprint(hass, freezer)
    devices = len(dr.async_get(hass).devices)
    tracemalloc.start()
    try:
        for cycle in range(CYCLES):
            await add_and_remove()
            _forget_storage_mock_calls()
            if cycle == CYCLES // 2 - 1:
                halfway = await _traced(hass, freezer)
        end = await _traced(hass, freezer)
    finally:
        tracemalloc.stop()
    assert await _settled_footprint(hass, freezer) == baseline
    assert len(dr.async_get(hass).devices) == devices
    assert not [key for key in hass_storage if key.startswith(f"{DOMAIN}.")]
    assert (growth := _growth(halfway, end)) < 100 * 2048, growth


# Bad input ----------------------------------------------------------------------------


def _snapshot(entry: MockConfigEntry) -> tuple[Any, ...]:
    workstation = entry.runtime_data
    return (
        workstation.tracker.as_dict(),
        workstation.nudging.as_dict(),
        dict(entry.options),
    )


@pytest.fixture
async def frozen_entry(
    hass: HomeAssistant, entry: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> MockConfigEntry:
    """The Office desk, occupied; time stands still, so only a call could change it."""
    hass.states.async_set(PRESENCE, "on")
    await hass.async_block_till_done()
    freezer.tick(600)
    hass.states.async_set("sensor.desk_height", "72.5", {"unit_of_measurement": "cm"})
    # The account as of now, as `homeassistant.update_entity` brings it.
    entry.runtime_data.refresh_running()
    await hass.async_block_till_done()
    return entry


OTHER_ENTRY_ID = "other_integration_entry"


def _bad_calls(
    entry_id: str, removed_id: str, unloaded_id: str
) -> list[tuple[str, dict[str, Any]]]:
    target = {"config_entry_id": entry_id}
    bad_minutes = (
        True,
        "abc",
        0,
        0.5,
        -5,
        481,
        1e9,
        float("nan"),
        float("inf"),
        [5],
        {"m": 5},
        None,
    )
    calls: list[tuple[str, dict[str, Any]]] = [
        (service, {**target, "minutes": minutes})
        for service in ("snooze", "start_break")
        for minutes in bad_minutes
    ]
    calls += [
        ("complete", target),  # kind missing
        ("complete", {**target, "kind": "nap"}),
        ("complete", {**target, "kind": 3}),
        ("complete", {**target, "kind": ["stand"]}),
        ("set_posture", {**target, "posture": "away"}),
        ("set_posture", {**target, "posture": "SITTING "}),
        ("set_posture", {**target, "posture": None}),
        (
            "set_posture",
            {**target, "posture": "standing"},
        ),  # the desk has a height source
    ]
    for service in ("snooze", "start_break", "raise_desk", "lower_desk"):
        calls += [
            (service, {"config_entry_id": 42}),
            (service, {"config_entry_id": ["x"]}),
            (service, {"config_entry_id": "no_such_entry"}),
            (service, {"config_entry_id": removed_id}),
            (service, {"config_entry_id": unloaded_id}),
            (service, {"config_entry_id": OTHER_ENTRY_ID}),
            (service, {"device_id": "no_such_device"}),
            (service, {"device_id": 7}),
            (service, {**target, "unexpected": 1}),
        ]
    # No desk is configured: raising or lowering it cannot be done.
    calls += [("raise_desk", target), ("lower_desk", target)]
    return calls


async def test_bad_actions_fail_clearly_and_change_nothing(
    hass: HomeAssistant, frozen_entry: MockConfigEntry
) -> None:
    entry = frozen_entry
    other = MockConfigEntry(
        domain="input_boolean", entry_id=OTHER_ENTRY_ID, title="Other"
    )
    other.add_to_hass(hass)
    removed = workstation_entry(presence_entities=[PRESENCE], height_entity=None)
    removed.add_to_hass(hass)
    await hass.config_entries.async_remove(removed.entry_id)
    unloaded = MockConfigEntry(
        domain=DOMAIN, title="Spare desk", options=dict(entry.options)
    )
    unloaded.add_to_hass(hass)  # never set up
    # A device of another integration.
    other_device = dr.async_get(hass).async_get_or_create(
        config_entry_id=OTHER_ENTRY_ID, identifiers={("input_boolean", "x")}
    )
    before = _snapshot(entry)
    calls = _bad_calls(entry.entry_id, removed.entry_id, unloaded.entry_id)
    calls.append(("snooze", {"device_id": other_device.id}))
    for service, data in calls:
        with pytest.raises((ServiceValidationError, probatio.Invalid)) as raised:
            await hass.services.async_call(DOMAIN, service, data, blocking=True)
        if isinstance(raised.value, ServiceValidationError):
            assert raised.value.translation_key, (service, data)
        await hass.async_block_till_done()
        assert _snapshot(entry) == before, (service, data)
    # A good call still works (the checks above were not vacuous).
    await hass.services.async_call(
        DOMAIN,
        "snooze",
        {"config_entry_id": entry.entry_id, "minutes": 5},
        blocking=True,
    )
    assert _snapshot(entry)[1] != before[1]


async def test_set_posture_on_a_manual_desk_rejects_bad_values(
    hass: HomeAssistant, desk_states: None, freezer: FrozenDateTimeFactory
) -> None:
    entry = workstation_entry(
        height_entity=None, standing_height=None, height_hysteresis=None
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    hass.states.async_set(PRESENCE, "on")
    await hass.async_block_till_done()
    freezer.tick(60)
    before = _snapshot(entry)
    for posture in ("away", "", 1, None, ["standing"], "Standing"):
        with pytest.raises(probatio.Invalid):
            await hass.services.async_call(
                DOMAIN, "set_posture", {"posture": posture}, blocking=True
            )
        assert _snapshot(entry) == before


# Flows with values of the wrong type, through the API ---------------------------------


@pytest.mark.parametrize(
    ("answer"),
    [
        {"presence_entities": PRESENCE, "away_grace_seconds": 60, "break_minutes": 2},
        {
            "presence_entities": [PRESENCE],
            "away_grace_seconds": "soon",
            "break_minutes": 2,
        },
        {"presence_entities": [PRESENCE], "away_grace_seconds": -1, "break_minutes": 2},
        {
            "presence_entities": [PRESENCE],
            "away_grace_seconds": 1801,
            "break_minutes": 2,
        },
        {"presence_entities": [PRESENCE], "away_grace_seconds": 60, "break_minutes": 0},
        {
            "presence_entities": [PRESENCE],
            "away_grace_seconds": 60,
            "break_minutes": 61,
        },
        {
            "presence_entities": [PRESENCE],
            "away_grace_seconds": 60,
            "break_minutes": [2],
        },
        {"presence_entities": [42], "away_grace_seconds": 60, "break_minutes": 2},
        {
            "presence_entities": ["light.kitchen"],
            "away_grace_seconds": 60,
            "break_minutes": 2,
        },
        {
            "presence_entities": [PRESENCE],
            "height_entity": ["sensor.desk_height"],
            "away_grace_seconds": 60,
            "break_minutes": 2,
        },
        {
            "presence_entities": [PRESENCE],
            "standing_entity": "light.kitchen",
            "away_grace_seconds": 60,
            "break_minutes": 2,
        },
        {
            "presence_entities": [PRESENCE],
            "away_grace_seconds": 60,
            "break_minutes": 2,
            "surprise": True,
        },
    ],
)
async def test_sources_with_wrong_types_are_refused(
    hass: HomeAssistant, frozen_entry: MockConfigEntry, answer: dict[str, Any]
) -> None:
    before = _snapshot(frozen_entry)
    result = await frozen_entry.start_reconfigure_flow(hass)
    with pytest.raises(InvalidData):
        await hass.config_entries.flow.async_configure(result["flow_id"], answer)
    await hass.async_block_till_done()
    assert _snapshot(frozen_entry) == before


@pytest.mark.parametrize(
    "answer",
    [
        {"standing_height": "high", "height_hysteresis": 2},
        {"standing_height": 100, "height_hysteresis": [2]},
    ],
)
async def test_a_standing_height_of_the_wrong_type_is_refused(
    hass: HomeAssistant, frozen_entry: MockConfigEntry, answer: dict[str, Any]
) -> None:
    before = _snapshot(frozen_entry)
    result = await frozen_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "presence_entities": [PRESENCE],
            "height_entity": "sensor.desk_height",
            "away_grace_seconds": 60,
            "break_minutes": 2,
        },
    )
    assert result["step_id"] == "height"
    with pytest.raises(InvalidData):
        await hass.config_entries.flow.async_configure(result["flow_id"], answer)
    await hass.async_block_till_done()
    assert _snapshot(frozen_entry) == before


@pytest.mark.parametrize(
    ("step", "answer"),
    [
        ("timing", {"sit_limit_minutes": "long"}),
        ("timing", {"sit_limit_minutes": -5}),
        ("timing", {"preset": "lazy"}),
        ("timing", {"morning_core": {"core_start": "25:99"}}),
        ("schedule", {"active_days": ["someday"]}),
        ("schedule", {"active_start": 8}),
        ("delivery", {"notify_services": "mobile_app_phone"}),
        ("desk", {"desk_stand_height": "up"}),
    ],
)
async def test_nudge_options_with_wrong_types_are_refused(
    hass: HomeAssistant,
    frozen_entry: MockConfigEntry,
    step: str,
    answer: dict[str, Any],
) -> None:
    hass.states.async_set("cover.desk", "open", {"current_position": 30})
    before = _snapshot(frozen_entry)
    result = await open_options(hass, frozen_entry)
    while result["step_id"] != step:
        desk = {"desk_entity": "cover.desk"} if result["step_id"] == "delivery" else {}
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], desk
        )
    with pytest.raises(InvalidData):
        await hass.config_entries.options.async_configure(result["flow_id"], answer)
    await hass.async_block_till_done()
    assert _snapshot(frozen_entry) == before


# Phone notification buttons with forged ids ---------------------------------------------


async def test_forged_notification_actions_are_ignored(
    hass: HomeAssistant, frozen_entry: MockConfigEntry
) -> None:
    entry = frozen_entry
    other = MockConfigEntry(
        domain="input_boolean", entry_id=OTHER_ENTRY_ID, title="Other"
    )
    other.add_to_hass(hass)
    removed = workstation_entry(presence_entities=[PRESENCE], height_entity=None)
    removed.add_to_hass(hass)
    removed_id = removed.entry_id
    await hass.config_entries.async_remove(removed_id)
    unloaded = MockConfigEntry(
        domain=DOMAIN, title="Spare desk", options=dict(entry.options)
    )
    unloaded.add_to_hass(hass)
    before = _snapshot(entry)
    forged: list[Any] = [
        f"BACKCARE_SNOOZE_{OTHER_ENTRY_ID}",
        f"BACKCARE_DONE_{removed_id}",
        f"BACKCARE_RAISE_{removed_id}",
        f"BACKCARE_SNOOZE_{unloaded.entry_id}",
        f"BACKCARE_DONE_{unloaded.entry_id}",
        "BACKCARE_SNOOZE_",
        "BACKCARE_SNOOZE",
        f"BACKCARE_NAP_{entry.entry_id}",
        f"backcare_snooze_{entry.entry_id}",
        f"BACKCARE_SNOOZE_{entry.entry_id}x",
        f"XBACKCARE_SNOOZE_{entry.entry_id}",
        f"BACKCARE__SNOOZE_{entry.entry_id}",
        f"BACKCARE_SNOOZE_{entry.entry_id[:-1]}",
        # No desk is configured: a raise is logged and ignored.
        f"BACKCARE_RAISE_{entry.entry_id}",
        "",
        None,
        42,
        [f"BACKCARE_SNOOZE_{entry.entry_id}"],
        {"id": f"BACKCARE_SNOOZE_{entry.entry_id}"},
    ]
    for action in forged:
        hass.bus.async_fire("mobile_app_notification_action", {"action": action})
        await hass.async_block_till_done()
        assert _snapshot(entry) == before, action
    hass.bus.async_fire("mobile_app_notification_action", {})
    await hass.async_block_till_done()
    assert _snapshot(entry) == before
    # The genuine id acts.
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"BACKCARE_SNOOZE_{entry.entry_id}"},
    )
    await hass.async_block_till_done()
    assert _snapshot(entry)[1] != before[1]


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("sit_limit_minutes", "thirty"),
        ("active_days", ["mon", "someday"]),
        ("core_start", "early"),
        ("presence_entities", "binary_sensor.desk_presence"),
        ("focus", "spine"),
        ("builtin_exercises", ["move"]),
        ("builtin_exercises", {"move": ["no_such_exercise"]}),
        ("builtin_exercises", {"nap": []}),
        ("personal_exercises", "Clamshells"),
        ("personal_exercises", [{"name": "Clamshells"}]),
        (
            "personal_exercises",
            [{"key": "p", "name": "Wall sit", "kind": "sit", "steps": ["Hold."]}],
        ),
    ],
)
async def test_unusable_stored_options_fail_set_up_naming_the_option(
    hass: HomeAssistant, desk_states: None, option: str, value: Any
) -> None:
    entry = workstation_entry(**{option: value})
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    assert entry.error_reason_translation_key == "invalid_options"
    assert entry.error_reason_translation_placeholders == {"option": option}


async def test_an_entity_removed_while_running_is_no_longer_written(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """The other entities go on as the user deletes one."""
    registry = er.async_get(hass)
    registry.async_remove("sensor.office_desk_posture")
    await hass.async_block_till_done()
    assert hass.states.get("sensor.office_desk_posture") is None
    hass.states.async_set(PRESENCE, "on")
    await hass.async_block_till_done()
    assert hass.states.get("sensor.office_desk_posture") is None
    assert hass.states.get("binary_sensor.office_desk_occupied").state == "on"
    assert hass.states.get("sensor.office_desk_sitting_since").state != "unknown"


async def test_an_entity_whose_first_write_fails_leaves_the_others_written(
    hass: HomeAssistant, desk_states: None, caplog: pytest.LogCaptureFixture
) -> None:
    """Home Assistant drops an entity it could not add; the workstation forgets it."""
    write = Entity.async_write_ha_state

    def first_write_fails(entity: Entity) -> None:
        if (
            entity.entity_id == "sensor.office_desk_posture"
            and not entity.hass.states.get(entity.entity_id)
        ):
            raise RuntimeError("the first write failed")
        write(entity)

    with patch.object(Entity, "async_write_ha_state", first_write_fails):
        entry = workstation_entry()
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    assert "the first write failed" in caplog.text
    assert hass.states.get("sensor.office_desk_posture") is None
    hass.states.async_set(PRESENCE, "on")
    await hass.async_block_till_done()
    assert hass.states.get("binary_sensor.office_desk_occupied").state == "on"
    assert hass.states.get("sensor.office_desk_sitting_since").state != "unknown"
