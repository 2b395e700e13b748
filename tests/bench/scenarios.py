"""The benchmark's runs, one pytest test per (mode, workstations); run by `scripts/bench`.

Not part of the test suite (the file name has no test_ prefix): `tests.bench.run` passes
this file to pytest explicitly and reads the JSON each run writes to BACKCARE_BENCH_DIR.

Modes, each in a fresh Home Assistant with the recorder on SQLite (commit interval 5 s,
Home Assistant's default), fed the same seeded event stream:

- floor: only a no-op `async_track_state_change_event` listener per workstation on its
  three sources: what any integration listening to these entities costs at least;
- backcare: one backcare config entry per workstation, a default install (then every
  workstation is set up again, as at a restart);
- counters: the same with only the posture and today's seated and standing time enabled;
- alternative: the do-it-yourself set-up, a template sensor for the posture from the same
  sources and three history_stats sensors (seated, standing, occupied time today);
- memory: backcare entries set up under tracemalloc (no recorder, no day run);
- setup: backcare's entries set up at once, the first time and again after unloading
  them (a restart), on the real clock: freezegun, which the day runs need, patches every
  clock read and costs the set-up a fifth of its time, which production does not pay;
- setup_floor: the same for an integration that adds as many entities per workstation
  as the setup run enabled and does nothing (setup_floor.py): Home Assistant's own cost;
- floor_entities (only when asked for, with setup): the floor's day with those
  do-nothing entities kept, never written: what keeping that many entities costs the
  loop, through the garbage collector.
"""

from __future__ import annotations

from array import array
import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
import cProfile
from datetime import UTC, datetime, time, timedelta
import gc
import json
import logging
import os
from pathlib import Path
import statistics
import threading
from time import CLOCK_MONOTONIC, clock_gettime, process_time_ns, thread_time_ns
import tracemalloc
from typing import Any, Self
from unittest.mock import patch
from zoneinfo import ZoneInfo

import freezegun.api
from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.recorder import Recorder
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.helpers.recorder import get_instance, session_scope
from homeassistant.helpers.storage import Store
from homeassistant.setup import async_setup_component
import orjson
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from custom_components.backcare.binary_sensor import OCCUPIED
from custom_components.backcare.button import SNOOZE
from custom_components.backcare.const import DOMAIN
from custom_components.backcare.sensor import SENSORS
from custom_components.backcare.switch import NUDGES

from .account import LoopAccount
from .clock import fire_due
from .setup_floor import FLOOR, floor_entry, mock_setup_floor
from .stream import (
    STANDING_THRESHOLD_CM,
    Sources,
    attributes_of,
    day_stream,
)

ZONE = ZoneInfo("Europe/Amsterdam")


def _next_workday_morning() -> datetime:
    """09:00 of the next weekday, inside the nudges' active hours.

    Ahead of the real clock: Home Assistant (the recorder's commit timer among others)
    set its timers before the clock is frozen, and a clock moved back would hold them
    off for the whole simulated day.
    """
    day = datetime.now(ZONE).date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(9), tzinfo=ZONE)


START = _next_workday_morning()
SEED = int(os.environ.get("BACKCARE_BENCH_SEED", "20261124"))
SIZES = [int(n) for n in os.environ.get("BACKCARE_BENCH_SIZES", "1,10").split(",")]
# Simulated hours per size, e.g. "1:8,10:8,100:8,500:1".
HOURS = {
    int(size): float(hours)
    for size, hours in (
        pair.split(":")
        for pair in os.environ.get("BACKCARE_BENCH_HOURS", "1:8,10:8").split(",")
    )
}
OUT = Path(os.environ.get("BACKCARE_BENCH_DIR", ".bench/last"))
MODES = os.environ.get(
    "BACKCARE_BENCH_MODES",
    "floor,backcare,counters,alternative,memory,setup,setup_floor",
)
PROFILE = bool(os.environ.get("BACKCARE_BENCH_PROFILE"))
ACCOUNT = bool(os.environ.get("BACKCARE_BENCH_ACCOUNT"))


# The day's account by function (--account), installed before each run's set-up.
_account: LoopAccount | None = None


@pytest.fixture(autouse=True)
def loop_account() -> Iterator[None]:
    """Wrap the functions `--account` times, before the workstations bind callbacks."""
    global _account  # noqa: PLW0603 (one run at a time, set up before its day)
    if not ACCOUNT:
        yield
        return
    _account = LoopAccount()
    try:
        _account.install()
        yield
    finally:
        _account.uninstall()
        _account = None


@pytest.fixture(autouse=True)
def quiet_logs() -> None:
    """Log warnings only: capturing the recorder's SQL would be measured too."""
    logging.getLogger().setLevel(logging.WARNING)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)


@pytest.fixture
async def enable_event_loop_debug() -> None:
    """Production runs without asyncio debug (it captures a traceback per timer)."""
    asyncio.get_running_loop().set_debug(False)


@pytest.fixture
def persistent_database() -> bool:
    """SQLite on disk, as in production (in memory it cannot commit every 5 s)."""
    return True


@pytest.fixture
def recorder_config() -> dict[str, Any]:
    """Commit every 5 s as Home Assistant does by default (the tests' default is 0)."""
    return {"commit_interval": int(os.environ.get("BACKCARE_BENCH_COMMIT", "5"))}


def _write(mode: str, size: int, result: dict[str, Any]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{mode}-{size}.json").write_text(json.dumps(result, indent=1))


def _profiled(mode: str, size: int) -> AbstractContextManager[Any]:
    """cProfile the block into <dir>/<mode>-<size>.prof when profiling is asked for."""
    if not PROFILE:
        return nullcontext()
    OUT.mkdir(parents=True, exist_ok=True)
    profile = cProfile.Profile()

    class Profiled:
        def __enter__(self) -> None:
            profile.enable()

        def __exit__(self, *exc: object) -> None:
            profile.disable()
            profile.dump_stats(OUT / f"{mode}-{size}.prof")

    return Profiled()


def _skip_unless(mode: str) -> None:
    if mode not in MODES.split(","):
        pytest.skip(f"{mode} not selected")


# The objects kept once the sources are there: what a run's modes add is counted from it.
_objects_with_sources = 0


async def _sources(hass: HomeAssistant, size: int) -> None:
    """Give the sources their first states; count the objects kept then (see `_drive`)."""
    global _objects_with_sources  # noqa: PLW0603 (one run at a time: each test sets it)
    await hass.config.async_set_time_zone("Europe/Amsterdam")
    for index in range(size):
        src = Sources(index)
        for entity_id in src.all:
            state = "72.0" if entity_id == src.height else "off"
            hass.states.async_set(entity_id, state, attributes_of(entity_id))
    await hass.async_block_till_done()
    gc.collect()
    _objects_with_sources = len(gc.get_objects())


def _backcare_entry(index: int) -> MockConfigEntry:
    src = Sources(index)
    return MockConfigEntry(
        domain=DOMAIN,
        title=f"Workstation {index}",
        data={},
        options={
            "presence_entities": [src.mmwave, src.chair],
            "height_entity": src.height,
            "standing_height": STANDING_THRESHOLD_CM,
            "height_hysteresis": 2.0,
            "away_grace_seconds": 60,
            "break_minutes": 2,
        },
    )


# The generation a full collection collects.
_OLDEST_GENERATION = len(gc.get_threshold()) - 1


class CollectorTime:
    """The CPU time the garbage collector takes on this (the event loop's) thread.

    Python collects when enough objects were made since the last time, and each
    collection looks at a share of every object the process keeps: what a run makes and
    what every integration keeps (each entity's objects) decide it together.
    """

    def __init__(self) -> None:
        self.ns = 0
        self.collections = 0
        # Of them, full collections: each looks at every object kept.
        self.full = 0
        self._thread = threading.get_ident()
        self._started = 0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if threading.get_ident() != self._thread:
            return  # the recorder's thread collects too: not the loop's time
        if phase == "start":
            self._started = thread_time_ns()
        else:
            self.ns += thread_time_ns() - self._started
            self.collections += 1
            self.full += info["generation"] == _OLDEST_GENERATION

    def __enter__(self) -> Self:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)


class LoopClock:
    """The simulated clock, read on the event loop's thread nearly as cheaply as a real one.

    freezegun, under Home Assistant's test plugin, walks the caller's frames on every
    clock read to see whether it should be real (for `threading`, `queue` and a few
    more): about 2 us a read, which production does not pay. Every state write reads the
    clock, and every timer set; at 100 workstations it was a sixth of both the no-op's
    and backcare's whole-loop figure. On the loop's thread the day runs read the
    simulated clock straight; other threads (the recorder's) as before. The clock is
    moved by setting the frozen instant, not through `move_to`, which parses it.
    """

    def __init__(self, freezer: FrozenDateTimeFactory) -> None:
        self._freezer = freezer
        self._thread = threading.get_ident()
        self._checked = freezegun.api._should_use_real_time  # type: ignore[attr-defined]
        # freezegun keeps the instant as a naive UTC datetime.
        self._start = START.astimezone(UTC).replace(tzinfo=None)

    def _real_time_elsewhere(self) -> bool:
        return threading.get_ident() != self._thread and self._checked()

    def move_to(self, offset: float) -> None:
        """Set the clock to `offset` seconds after the start of the day."""
        self._freezer.time_to_freeze = self._start + timedelta(seconds=offset)

    def __enter__(self) -> Self:
        freezegun.api._should_use_real_time = self._real_time_elsewhere  # type: ignore[attr-defined]
        return self

    def __exit__(self, *exc: object) -> None:
        freezegun.api._should_use_real_time = self._checked  # type: ignore[attr-defined]


class StoreWrites:
    """Counts backcare's Store writes, and serialises them as a real write would."""

    def __init__(self) -> None:
        self.count = 0
        self._patch: Any = None

    def __enter__(self) -> Self:
        original = Store._async_write_data

        async def write(store: Store[Any], data: dict[str, Any]) -> None:
            if not store.key.startswith(f"{DOMAIN}."):
                await original(store, data)
                return
            self.count += 1
            if "data_func" in data:
                data["data"] = data.pop("data_func")()
            orjson.dumps(data)

        self._patch = patch.object(Store, "_async_write_data", write)
        self._patch.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._patch.__exit__(*exc)


async def _recorded_rows(hass: HomeAssistant) -> dict[str, int]:
    """Rows of the states table per entity id."""
    await async_wait_recording_done(hass)
    from homeassistant.components.recorder.db_schema import States, StatesMeta
    from sqlalchemy import func, select

    def query() -> dict[str, int]:
        with session_scope(hass=hass, read_only=True) as session:
            rows = session.execute(
                select(StatesMeta.entity_id, func.count(States.state_id))
                .join(States, States.metadata_id == StatesMeta.metadata_id)
                .group_by(StatesMeta.entity_id)
            )
            return dict(rows.tuples().all())

    return await get_instance(hass).async_add_executor_job(query)


async def _tick(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, when: datetime
) -> None:
    freezer.move_to(when)
    fire_due(hass, when)
    await hass.async_block_till_done()
    if when.minute % 5 == 0:
        # In real time the recorder keeps up; simulated, its queue would only grow (and
        # a day's worth of it committed at once was seen to come out empty).
        await async_wait_recording_done(hass)


async def _settle(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Do what the set-up left for later before the day starts, as a start-up would.

    The registries save their entries 10 s after a change: after a set-up that is work
    of the start-up, not of the day. Left in the day, the save of backcare's entities
    took the loop 43 ms at 100 workstations and 215 ms at 500 (the template and
    history_stats set-up's 29 and 174 ms, the no-op's 1 ms): 1.7 and 3.4 us per update
    of an hour's run at 100 and of the half hour at 500.
    """
    await _tick(hass, freezer, START)


async def _drive(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    mode: str,
    size: int,
) -> dict[str, Any]:
    """Feed the day's events; time jumps from event to event and to each whole minute.

    Per event: the event loop thread's CPU time of `hass.states.async_set`, which runs
    every state_changed listener (backcare's included) inline. Whole day: the loop
    thread's and the process's CPU time (the latter includes the recorder's thread), and
    the loop thread's per simulated hour: everything the loop does, timers, periodic
    writes and the hand-off to the recorder included.
    """
    hours = HOURS[size]
    seconds = hours * 3600
    events = day_stream(size, SEED, seconds)
    costs = array("q")
    hour_of = array("b")
    states = hass.states
    clock = LoopClock(freezer)
    move_to = clock.move_to
    next_tick = 60.0
    hour_loop_ns: list[int] = []
    gc.collect()  # the set-up's garbage is not the day's
    # What the mode keeps beyond the sources: its entities, listeners and state.
    kept = len(gc.get_objects()) - _objects_with_sources
    account = _account
    with (
        _profiled(mode, size),
        clock,
        CollectorTime() as collector,
        account or nullcontext(),
    ):
        loop_start, process_start = thread_time_ns(), process_time_ns()
        hour_start = loop_start
        for offset, entity_id, state in events:
            while next_tick <= offset:
                await _tick(hass, freezer, START + timedelta(seconds=next_tick))
                if next_tick % 3600 == 0:
                    hour_loop_ns.append(thread_time_ns() - hour_start)
                    hour_start = thread_time_ns()
                next_tick += 60
            move_to(offset)
            attributes = attributes_of(entity_id)
            before = thread_time_ns()
            states.async_set(entity_id, state, attributes)
            costs.append(thread_time_ns() - before)
            hour_of.append(int(offset // 3600))
        while next_tick <= seconds:
            await _tick(hass, freezer, START + timedelta(seconds=next_tick))
            if next_tick % 3600 == 0:
                hour_loop_ns.append(thread_time_ns() - hour_start)
                hour_start = thread_time_ns()
            next_tick += 60
    loop_ns = thread_time_ns() - loop_start
    process_ns = process_time_ns() - process_start
    per_hour: dict[int, list[int]] = {}
    for cost, hour in zip(costs, hour_of, strict=True):
        per_hour.setdefault(hour, []).append(cost)
    events_per_hour = Counter(hour_of)
    ordered = sorted(costs)
    return {
        "events": len(events),
        "hours": hours,
        "event_us_median": statistics.median(ordered) / 1000,
        "event_us_p99": ordered[int(len(ordered) * 0.99)] / 1000,
        "event_us_mean": sum(ordered) / len(ordered) / 1000,
        "hour_median_us": {
            str(hour + 1): statistics.median(values) / 1000
            for hour, values in sorted(per_hour.items())
        },
        "loop_cpu_ms": loop_ns / 1e6,
        "loop_us_per_event": loop_ns / len(events) / 1000,
        # Whole hours only: the loop's CPU of the hour over the source updates in it.
        "hour_loop_us_per_event": {
            str(hour + 1): ns / events_per_hour[hour] / 1000
            for hour, ns in enumerate(hour_loop_ns)
            if events_per_hour[hour]
        },
        "process_cpu_ms": process_ns / 1e6,
        "loop_gc_us_per_event": collector.ns / len(events) / 1000,
        "loop_gc_collections": collector.collections,
        "loop_gc_full_collections": collector.full,
        "objects_kept": kept,
        **({"account": account.as_dict()} if account else {}),
    }


def _key(entity_id: str) -> str:
    """The entity's kind: its id after "workstation_<n>_" (backcare) or "ws<n>_" (DIY)."""
    name = entity_id.split(".", 1)[1]
    if name.startswith("ws"):
        return name.split("_", 1)[-1]
    return name.split("_", 2)[-1]


def _by_key(counts: Counter[str]) -> dict[str, int]:
    """Counts per entity kind."""
    by_key: Counter[str] = Counter()
    for entity_id, count in counts.items():
        by_key[_key(entity_id)] += count
    return dict(by_key.most_common())


def _group_rows(rows: dict[str, int], keep: Callable[[str], bool]) -> int:
    return sum(count for entity_id, count in rows.items() if keep(entity_id))


def _day_rows(rows: dict[str, int], before: dict[str, int], entities: set[str]) -> int:
    """Recorder rows of `entities` written during the day."""
    return _group_rows(rows, entities.__contains__) - _group_rows(
        before, entities.__contains__
    )


def _rows_by_key(
    rows: dict[str, int], before: dict[str, int], mine: set[str]
) -> dict[str, int]:
    """Recorder rows of the day per entity kind, the biggest writers first."""
    return _by_key(
        Counter(
            {
                entity_id: count - before.get(entity_id, 0)
                for entity_id, count in rows.items()
                if entity_id in mine
            }
        )
    )


@callback
def _noop(event: Event[EventStateChangedData]) -> None:
    """Nothing: the cost of being told."""


def _listen_doing_nothing(hass: HomeAssistant, size: int) -> None:
    """The no-op floor's listener on each workstation's sources."""
    for index in range(size):
        async_track_state_change_event(hass, Sources(index).all, _noop)


@pytest.mark.parametrize("size", SIZES)
async def test_floor(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    size: int,
) -> None:
    _skip_unless("floor")
    freezer.move_to(START - timedelta(minutes=5))
    await _sources(hass, size)
    _listen_doing_nothing(hass, size)
    await _settle(hass, freezer)
    result = await _drive(hass, freezer, "floor", size)
    rows = await _recorded_rows(hass)
    result["rows_sources"] = _group_rows(
        rows, lambda e: e.startswith(("binary_", "sensor.ws"))
    )
    _write("floor", size, result)


@pytest.mark.parametrize("size", SIZES)
async def test_floor_entities(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    size: int,
) -> None:
    """The no-op floor in a Home Assistant that keeps as many entities as backcare's.

    The set-up floor's do-nothing entities, never written: what keeping that many
    entities costs the day's loop, as each full garbage collection looks through their
    objects. Not a target's measure: the targets are against the no-op floor.
    """
    _skip_unless("floor_entities")
    freezer.move_to(START - timedelta(minutes=5))
    await _sources(hass, size)
    with mock_setup_floor(hass, _backcare_entities(size)):
        for index in range(size):
            floor_entry(index).add_to_hass(hass)
        assert await async_setup_component(hass, FLOOR, {})
        await hass.async_block_till_done()
        _listen_doing_nothing(hass, size)
        await _settle(hass, freezer)
        result = await _drive(hass, freezer, "floor_entities", size)
    _write("floor_entities", size, result)


# What gives the three quantities the alternative computes (seated, standing and
# occupied time today): backcare's posture and its two counters (occupied time is their
# sum). The "counters" mode runs backcare with every other entity disabled, as a user
# who wants only these may do.
COUNTERS = ("posture", "seated_time_today", "standing_time_today")


def _disable_all_but(
    hass: HomeAssistant, entries: list[MockConfigEntry], keep: tuple[str, ...]
) -> None:
    """Register every backcare entity but `keep` as disabled by the user."""
    registry = er.async_get(hass)
    keys = {
        "sensor": [description.key for description in SENSORS],
        "binary_sensor": [OCCUPIED.key],
        "switch": [NUDGES.key],
        "button": [SNOOZE.key],
    }
    for entry in entries:
        for platform, platform_keys in keys.items():
            for key in platform_keys:
                if key not in keep:
                    registry.async_get_or_create(
                        platform,
                        DOMAIN,
                        f"{entry.entry_id}_{key}",
                        config_entry=entry,
                        disabled_by=er.RegistryEntryDisabler.USER,
                    )


async def _backcare(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, mode: str, size: int
) -> None:
    freezer.move_to(START - timedelta(minutes=5))
    await _sources(hass, size)
    entries = [_backcare_entry(index) for index in range(size)]
    for entry in entries:
        entry.add_to_hass(hass)
    if mode == "counters":
        _disable_all_but(hass, entries, COUNTERS)
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()
    registry = er.async_get(hass)
    # A default install: the entities enabled by default.
    ours = [
        e.entity_id
        for e in registry.entities.values()
        if e.platform == DOMAIN and hass.states.get(e.entity_id) is not None
    ]
    sensors = {e for e in ours if e.startswith(("sensor.", "binary_sensor."))}
    await _settle(hass, freezer)
    rows_before = await _recorded_rows(hass)
    with StoreWrites() as store_writes:
        result = await _drive(hass, freezer, mode, size)
    rows = await _recorded_rows(hass)
    mine = set(ours)
    counters = {e for e in ours if _key(e) in COUNTERS}
    result |= {
        # Each state write is a row: counted there, as a listener would be measured too.
        "writes_sensors": _day_rows(rows, rows_before, sensors),
        "sensor_count": len(sensors) // size,
        "rows": _day_rows(rows, rows_before, mine),
        "rows_counters": _day_rows(rows, rows_before, counters),
        "store_writes": store_writes.count,
        "rows_by_key": _rows_by_key(rows, rows_before, mine),
    }
    _write(mode, size, result)


@pytest.mark.parametrize("size", SIZES)
async def test_backcare(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    size: int,
) -> None:
    _skip_unless("backcare")
    await _backcare(hass, freezer, "backcare", size)


@pytest.mark.parametrize("size", SIZES)
async def test_counters(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    size: int,
) -> None:
    _skip_unless("counters")
    await _backcare(hass, freezer, "counters", size)


async def _timed(
    hass: HomeAssistant,
    name: str,
    size: int,
    setting_up: Callable[[], Awaitable[object]],
) -> dict[str, float]:
    """Wall clock, event-loop CPU and process CPU of a set-up, until all is done.

    And the collector's share of the loop's: every entity added makes objects that live
    on, so the collections go through more objects as the set-up goes on.
    """
    await async_wait_recording_done(hass)  # what came before is not the set-up's
    gc.collect()
    wall, cpu, loop = (
        clock_gettime(CLOCK_MONOTONIC),
        process_time_ns(),
        thread_time_ns(),
    )
    with _profiled(name, size), CollectorTime() as collector:
        await setting_up()
        await hass.async_block_till_done()
    return {
        "wall_s": clock_gettime(CLOCK_MONOTONIC) - wall,
        "cpu_s": (process_time_ns() - cpu) / 1e9,
        "loop_s": (thread_time_ns() - loop) / 1e9,
        "collector_s": collector.ns / 1e9,
        "full_collections": collector.full,
    }


async def _first_and_restart(
    hass: HomeAssistant, name: str, domain: str, entries: list[MockConfigEntry]
) -> dict[str, dict[str, float]]:
    """Set every entry up at once, as at start-up; then unload them and do it again.

    The first time the entities get registered; the second time, as at a restart, they
    are in the registry already (and backcare reads what it saved at the unload). Each
    starts with the recorder's queue empty, as it is at start-up.
    """
    size = len(entries)
    for entry in entries:
        entry.add_to_hass(hass)
    first = await _timed(
        hass, f"setup-{name}", size, lambda: async_setup_component(hass, domain, {})
    )
    # The first states written, as they are long before a restart; but a restart
    # removes no entities: the unload's removals are not recorded (writing them would
    # keep the recorder's thread busy for half as long again).
    await async_wait_recording_done(hass)
    recorder = get_instance(hass)
    recorder.set_enable(False)
    for entry in entries:
        assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    await async_wait_recording_done(hass)
    recorder.set_enable(True)
    restart = await _timed(
        hass,
        f"restart-{name}",
        size,
        lambda: asyncio.gather(
            *(hass.config_entries.async_setup(entry.entry_id) for entry in entries)
        ),
    )
    assert all(entry.state is ConfigEntryState.LOADED for entry in entries)
    # Nothing reads the restart's rows: not writing them spares the teardown the time.
    recorder.set_enable(False)
    return {"first": first, "restart": restart}


def _entities_per_platform(
    hass: HomeAssistant, domain: str, size: int, *, enabled: bool
) -> dict[str, int]:
    """Entities of `domain` per workstation by platform: all registered, or with a state."""
    counts = Counter(
        entity.domain
        for entity in er.async_get(hass).entities.values()
        if entity.platform == domain
        and (not enabled or hass.states.get(entity.entity_id) is not None)
    )
    assert all(count % size == 0 for count in counts.values()), counts
    return {platform: count // size for platform, count in sorted(counts.items())}


@pytest.mark.parametrize("size", SIZES)
async def test_setup(recorder_mock: Recorder, hass: HomeAssistant, size: int) -> None:
    """backcare's set-up, first time and restart, on the real clock (no freezegun)."""
    _skip_unless("setup")
    await _sources(hass, size)
    result = await _first_and_restart(
        hass, "backcare", DOMAIN, [_backcare_entry(index) for index in range(size)]
    )
    result["enabled_per_workstation"] = _entities_per_platform(
        hass, DOMAIN, size, enabled=True
    )
    result["registered_per_workstation"] = _entities_per_platform(
        hass, DOMAIN, size, enabled=False
    )
    _write("setup", size, result)


def _backcare_entities(size: int) -> dict[str, int]:
    """backcare's entities enabled per workstation by platform, as the setup mode counted."""
    backcare = OUT / f"setup-{size}.json"
    if not backcare.exists():
        pytest.fail(f"{backcare} missing: the floor copies the setup mode's entities")
    counts: dict[str, int] = json.loads(backcare.read_text())["enabled_per_workstation"]
    return counts


@pytest.mark.parametrize("size", SIZES)
async def test_setup_floor(
    recorder_mock: Recorder, hass: HomeAssistant, size: int
) -> None:
    """The floor's set-up: as many entities as backcare's run of this size enabled."""
    _skip_unless("setup_floor")
    per_platform = _backcare_entities(size)
    await _sources(hass, size)
    with mock_setup_floor(hass, per_platform):
        result = await _first_and_restart(
            hass, "floor", FLOOR, [floor_entry(index) for index in range(size)]
        )
        assert _entities_per_platform(hass, FLOOR, size, enabled=True) == per_platform
    _write("setup_floor", size, result)


def _alternative_config(size: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    templates = []
    history = []
    for index in range(size):
        src = Sources(index)
        posture = f"sensor.ws{index}_posture_diy"
        templates.append(
            {
                "name": f"ws{index} posture diy",
                "state": (
                    f"{{% if is_state('{src.mmwave}', 'on') or is_state('{src.chair}', 'on') %}}"
                    f"{{{{ 'standing' if states('{src.height}') | float(0) >= {STANDING_THRESHOLD_CM} else 'sitting' }}}}"
                    "{% else %}away{% endif %}"
                ),
            }
        )
        for name, state in (
            ("seated", ["sitting"]),
            ("standing", ["standing"]),
            ("occupied", ["sitting", "standing"]),
        ):
            history.append(
                {
                    "platform": "history_stats",
                    "name": f"ws{index} {name} today diy",
                    "entity_id": posture,
                    "state": state,
                    "type": "time",
                    "start": "{{ today_at() }}",
                    "end": "{{ now() }}",
                }
            )
    return {"template": [{"sensor": templates}]}, history


@pytest.mark.parametrize("size", SIZES)
async def test_alternative(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    size: int,
) -> None:
    _skip_unless("alternative")
    freezer.move_to(START - timedelta(minutes=5))
    await _sources(hass, size)
    template_config, history = _alternative_config(size)
    wall, cpu = clock_gettime(CLOCK_MONOTONIC), process_time_ns()
    # The sensor component first: once set up (as the template's platform would do
    # it) it would not read its configuration again.
    assert await async_setup_component(hass, "sensor", {"sensor": history})
    assert await async_setup_component(hass, "template", template_config)
    await hass.async_block_till_done()
    setup_s, setup_cpu_s = (
        clock_gettime(CLOCK_MONOTONIC) - wall,
        (process_time_ns() - cpu) / 1e9,
    )
    ours = [
        state.entity_id
        for state in hass.states.async_all("sensor")
        if state.entity_id.endswith("_diy")
    ]
    assert len(ours) == 4 * size
    await _settle(hass, freezer)
    rows_before = await _recorded_rows(hass)
    result = await _drive(hass, freezer, "alternative", size)
    rows = await _recorded_rows(hass)
    mine = set(ours)
    result |= {
        "setup_s": setup_s,
        "setup_cpu_s": setup_cpu_s,
        "sensor_count": 4,
        "rows": _day_rows(rows, rows_before, mine),
        "rows_by_key": _rows_by_key(rows, rows_before, mine),
    }
    _write("alternative", size, result)


@pytest.mark.parametrize("size", SIZES)
async def test_memory(hass: HomeAssistant, size: int) -> None:
    """Memory of N workstations: everything allocated by setting up their entries.

    One workstation set up beforehand loads the integration and its platforms, so the
    figure is per workstation, not the code.
    """
    _skip_unless("memory")
    await _sources(hass, size + 1)
    warm = _backcare_entry(size)
    warm.add_to_hass(hass)
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()
    entries = [_backcare_entry(index) for index in range(size)]
    for entry in entries:
        entry.add_to_hass(hass)
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    await asyncio.gather(
        *(hass.config_entries.async_setup(entry.entry_id) for entry in entries)
    )
    await hass.async_block_till_done()
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    _write("memory", size, {"bytes": used, "per_workstation": used / size})
