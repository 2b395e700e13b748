"""Thirty simulated days for three workstations, checked every day against a ground truth.

The days are generated from a seed: arrivals, sitting and standing, presence flicker,
absences right at the grace and break lengths, lunches, late nights that cross midnight
(on the nights the clocks change too), sources going unavailable, a height sensor sending
garbage, the desk's entity disappearing, and Home Assistant restarts at random instants
(the config entries are unloaded, which writes the ledger, and set up again later).
Fifteen days around the spring clock change and fifteen around the autumn one.

Time jumps from event to event; timers due are fired at each instant (the engine credits
exact spans, so the refreshes in between change nothing it counts).

The ground truth does not share the tracker's design: it cuts the timeline into spans of
constant readings, decides every absence from its whole length (it knows the future),
labels each span and then sums the labels per local day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
import math
import random
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.backcare.const import DOMAIN

from .bench.clock import fire_due

ZONE = ZoneInfo("Europe/Amsterdam")
GRACE = 60
BREAK = 120
THRESHOLD, HYSTERESIS = 95.0, 2.0
SEED = 20260329
# 15 days around each clock change of 2026 in Amsterdam (29 March, 25 October).
PERIODS = ((date(2026, 3, 21), 15), (date(2026, 10, 17), 15))
GARBAGE = ("error", "unavailable", "unknown", "nan", "inf", "")


def midnight(day: date) -> int:
    return int(datetime.combine(day, time(), tzinfo=ZONE).timestamp())


def local_day(instant: int) -> date:
    return datetime.fromtimestamp(instant, ZONE).date()


def utc(instant: int) -> datetime:
    return datetime.fromtimestamp(instant, UTC)


@dataclass(frozen=True)
class Desk:
    index: int

    @property
    def mmwave(self) -> str:
        return f"binary_sensor.soak{self.index}_mmwave"

    @property
    def chair(self) -> str:
        return f"binary_sensor.soak{self.index}_chair"

    @property
    def height(self) -> str:
        return f"sensor.soak{self.index}_height"

    @property
    def slug(self) -> str:
        return f"soak_desk_{self.index}"


# (instant, entity id, state; None removes the entity)
type Change = tuple[int, str, str | None]


# The generator ---------------------------------------------------------------------


def generate_day(
    rng: random.Random, desk: Desk, day: date, *, late: bool
) -> list[Change]:
    """One person's day at a desk, as the sources report it."""
    start, end = midnight(day), midnight(day + timedelta(days=1))
    if day.weekday() >= 5 and not late and rng.random() < 0.6:
        return []
    changes: list[Change] = []
    t = start + rng.randint(7 * 3600, 9 * 3600 + 1800)
    leave = (
        end
        + rng.randint(1800, 3 * 3600 + 1800)  # past midnight; past 3:00 on DST nights
        if late
        else start + rng.randint(16 * 3600, 18 * 3600 + 1800)
    )
    if late:
        t = start + rng.randint(20 * 3600, 22 * 3600)
    standing = False
    lunch = not late

    def emit(at: int, entity_id: str, state: str | None) -> None:
        changes.append((at, entity_id, state))

    emit(t, desk.mmwave, "on")
    t += rng.randint(1, 10)
    emit(t, desk.chair, "on")
    while True:
        t += rng.randint(60, 2700)
        if t >= leave:
            break
        roll = rng.random()
        if roll < 0.25:  # posture change, with noise near the threshold
            standing = not standing
            if standing:
                emit(t, desk.chair, "off")
                t += rng.randint(1, 5)
                emit(t, desk.height, "85.3")
                t += rng.randint(2, 6)
                emit(t, desk.height, f"{rng.uniform(105, 112):.1f}")
                t += rng.randint(60, 900)
                emit(t, desk.height, f"{rng.uniform(93.1, 94.9):.1f}")  # still standing
            else:
                emit(t, desk.height, f"{rng.uniform(93.1, 94.9):.1f}")
                t += rng.randint(1, 3)
                emit(t, desk.height, f"{rng.uniform(70, 74):.1f}")
                t += rng.randint(1, 10)
                emit(t, desk.chair, "on")
                t += rng.randint(60, 900)
                emit(t, desk.height, f"{rng.uniform(93.1, 94.9):.1f}")  # still sitting
        elif roll < 0.45:  # flicker of the mmWave sensor, or a real absence
            length = rng.choice((3, 20, 59, 60, 61, 119, 120, 121, 300, 900))
            if lunch and rng.random() < 0.2:
                length, lunch = rng.randint(1800, 3600), False
            if not standing:
                emit(t, desk.chair, "off")
            emit(t + rng.randint(0, 2), desk.mmwave, "off")
            t += length + 2
            emit(t, desk.mmwave, "on")
            if not standing:
                emit(t + rng.randint(0, 3), desk.chair, "on")
            t += 3
        elif roll < 0.55:  # every presence source unavailable for a while
            emit(t, desk.mmwave, "unavailable")
            emit(t, desk.chair, "unavailable")
            t += rng.randint(10, 900)
            emit(t, desk.mmwave, "on")
            emit(t + 1, desk.chair, "off" if standing else "on")
            t += 1
        elif roll < 0.6:  # one presence source unavailable: the other one counts
            emit(t, desk.mmwave, "unknown")
            t += rng.randint(10, 600)
            emit(t, desk.mmwave, "on")
        elif roll < 0.75:  # the height sensor sends garbage
            emit(t, desk.height, rng.choice(GARBAGE))
            t += rng.randint(1, 300)
            emit(t, desk.height, "108.0" if standing else "72.0")
        elif roll < 0.8:  # the desk's entity disappears and comes back
            emit(t, desk.height, None)
            t += rng.randint(1, 1200)
            emit(t, desk.height, "108.0" if standing else "72.0")
    emit(leave, desk.chair, "off")
    emit(leave + rng.randint(0, 5), desk.mmwave, "off")
    return changes


@dataclass
class Plan:
    """Everything that happens: source changes, and restarts as (down, up) instants."""

    changes: list[Change]
    restarts: list[tuple[int, int]]
    checks: list[
        int
    ]  # 23:55 of each day: today's totals are shown as of each 5 minutes


def generate(desks: list[Desk]) -> Plan:
    rng = random.Random(SEED)  # noqa: S311 (a seeded test timeline)
    changes: list[Change] = []
    restarts: list[tuple[int, int]] = []
    checks: list[int] = []
    for period, (first, days) in enumerate(PERIODS):
        last_day = first + timedelta(days=days - 1)
        for n in range(days):
            day = first + timedelta(days=n)
            dst_night = day + timedelta(days=1) in (
                date(2026, 3, 29),
                date(2026, 10, 25),
            )
            late_desks = {
                desk.index
                for desk in desks
                if day != last_day
                and ((dst_night and desk.index == 0) or rng.random() < 0.15)
            }
            for desk in desks:
                changes += generate_day(rng, desk, day, late=desk.index in late_desks)
            start, end = midnight(day), midnight(day + timedelta(days=1))
            checks.append(end - 300)
            if rng.random() < 0.5:  # a restart during the day (same day)
                down = start + rng.randint(8 * 3600, 20 * 3600)
                restarts.append((down, down + rng.choice((0, 1, 59, 600, 3600))))
            if day == last_day and period + 1 < len(PERIODS):
                # Home Assistant is off until the next period.
                restarts.append((end - 30, midnight(PERIODS[period + 1][0]) + 60))
            elif not late_desks and rng.random() < 0.4:
                # A nightly restart across midnight, with everyone gone for hours.
                restarts.append((end - 30, end + rng.randint(60, 4 * 3600)))
    changes.sort(key=lambda change: change[0])
    return Plan(changes, sorted(restarts), checks)


# The ground truth ------------------------------------------------------------------


@dataclass
class Absence:
    start: int
    held: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    ended: bool = False
    # Open at a restart that started afresh: it can no longer become a break.
    no_break: bool = False

    @property
    def length(self) -> int:
        return sum(end - start for start, end in self.spans)


INITIAL = -1


@dataclass
class Truth:
    days: dict[date, dict[str, float]]
    bout: int
    posture: str | None


def standing_after(height: float, was_standing: bool) -> bool:
    return height >= THRESHOLD or (was_standing and height >= THRESHOLD - HYSTERESIS)


def height_of(state: str | None) -> float | None:
    try:
        value = float(state)  # type: ignore[arg-type]
    except TypeError, ValueError:
        return None
    return value if math.isfinite(value) else None


def presence_of(states: dict[str, str | None], desk: Desk) -> bool | None:
    known = [
        states.get(entity_id) == "on"
        for entity_id in (desk.mmwave, desk.chair)
        if states.get(entity_id) not in (None, "unknown", "unavailable")
    ]
    return any(known) if known else None


def ground_truth(plan: Plan, desk: Desk, setup_at: int, until: int) -> Truth:
    """What the workstation's counters should be at `until`."""
    # 1. The readings the workstation gets, with the instants it is down.
    readings: list[tuple[int, str, Any]] = []
    states: dict[str, str | None] = {
        desk.mmwave: "off",
        desk.chair: "off",
        desk.height: "72.0",
    }
    signal = False
    ups = {up: down for down, up in plan.restarts}

    def read(at: int, kind: str) -> None:
        nonlocal signal
        if kind in ("height", "all"):
            height = height_of(states.get(desk.height))
            if height is not None:
                signal = standing_after(height, signal)
                readings.append((at, "standing", signal))
        if kind in ("presence", "all"):
            readings.append((at, "presence", presence_of(states, desk)))

    read(setup_at, "all")
    sources = (desk.mmwave, desk.chair, desk.height)
    mine = [change for change in plan.changes if change[1] in sources]
    events: list[tuple[int, int, Any]] = [(c[0], 1, c) for c in mine]
    events += [(down, 0, ("down", up)) for down, up in plan.restarts]
    events += [(up, 2, ("up", down)) for down, up in plan.restarts]
    down_now = False
    for at, order, item in sorted(events, key=lambda e: (e[0], e[1])):
        if at >= until:  # the check comes first at its instant
            break
        if order == 0:
            readings.append((at, "down", None))
            down_now = True
        elif order == 2:
            down_now = False
            saved = ups[at]
            # Afresh on another day, or after a gap longer than the break length.
            afresh = local_day(saved) != local_day(at) or at - saved > BREAK
            readings.append((at, "up", afresh))
            read(at, "all")
        else:
            _, entity_id, state = item
            states[entity_id] = state
            if not down_now:
                read(at, "height" if entity_id == desk.height else "presence")

    # 2. Spans of constant readings, posture decisions and absences.
    presence: bool | None = None
    last_known: bool | None = None
    held = "sitting"
    down = False
    absences: list[Absence] = []
    open_absence: int | None = INITIAL
    decisions: list[tuple[int, int | None, bool]] = []
    spans: list[tuple[int, int, str, int | None]] = []
    resets: list[int] = []
    mark = setup_at

    def follow(at: int, ending: int | None) -> None:
        nonlocal held
        new = "standing" if signal else "sitting"
        decisions.append((at, ending, new != held))
        held = new

    def close(at: int) -> None:
        nonlocal mark
        if at > mark:
            if down:
                label, index = "down", None
            elif presence is None:
                label, index = "paused", None
            elif presence:
                label, index = held, None
            else:
                label, index = "off", open_absence
                if open_absence not in (None, INITIAL):
                    absences[open_absence].spans.append((mark, at))
            spans.append((mark, at, label, index))
        mark = at

    signal = False
    for at, kind, value in readings:
        close(at)
        if kind == "down":
            down = True
        elif kind == "up":
            # Restored paused: the posture read first is not followed until presence is.
            down, presence = False, None
            if value:
                resets.append(at)
                if open_absence not in (None, INITIAL):
                    absence = absences[open_absence]
                    if absence.length < GRACE:
                        # Within grace when it went down: settled as the posture held.
                        absence.ended = True
                        open_absence, last_known = None, True
                    elif absence.length < BREAK:
                        absence.no_break = True
        elif kind == "standing":
            signal = value
            if presence is True:
                follow(at, None)
        elif value is True:
            follow(at, open_absence)
            if open_absence not in (None, INITIAL):
                absences[open_absence].ended = True
            open_absence = None
            presence = last_known = True
        elif value is False:
            if last_known is True:
                absences.append(Absence(at, held))
                open_absence = len(absences) - 1
            presence = last_known = False
        else:
            presence = None
    close(until)

    # 3. Decide absences, label spans.
    def settled_away(index: int | None) -> bool:
        return index == INITIAL or (
            index is not None and absences[index].length >= GRACE
        )

    labelled: list[tuple[int, int, str]] = []
    for start, end, raw, index in spans:
        label = raw
        if raw == "off":
            if settled_away(index):
                label = "away"
            else:
                assert index is not None
                label = absences[index].held if absences[index].ended else "pending"
        labelled.append((start, end, label))

    # 4. Sum per local day.
    days: dict[date, dict[str, float]] = {}

    def totals(day: date) -> dict[str, float]:
        return days.setdefault(
            day,
            dict.fromkeys(
                (
                    "sitting",
                    "standing",
                    "away",
                    "breaks",
                    "posture_changes",
                    "longest_bout",
                ),
                0.0,
            ),
        )

    def pieces(start: int, end: int) -> list[tuple[date, int, int]]:
        result = []
        while start < end:
            day = local_day(start)
            stop = min(end, midnight(day + timedelta(days=1)))
            result.append((day, start, stop))
            start = stop
        return result

    for start, end, label in labelled:
        if label in ("sitting", "standing", "away"):
            for day, a, b in pieces(start, end):
                totals(day)[label] += b - a
    for at, ending, changed in decisions:
        if changed and not settled_away(ending):
            totals(local_day(at))["posture_changes"] += 1
    for index, absence in enumerate(absences):
        if settled_away(index) and absence.length >= BREAK and not absence.no_break:
            done = 0
            for a, b in absence.spans:
                if done + (b - a) >= BREAK:
                    totals(local_day(a + BREAK - done - 1))["breaks"] += 1
                    break
                done += b - a

    # 5. Bouts: sitting, until a stretch of other time reaches the break length.
    bouts: list[dict[date, int]] = [{}]
    stretch = 0
    reset_at = iter(sorted(resets))
    next_reset = next(reset_at, None)
    for start, end, label in labelled:
        while next_reset is not None and next_reset <= start:
            bouts.append({})
            stretch = 0
            next_reset = next(reset_at, None)
        if label in ("paused", "pending", "down"):
            continue
        if label == "sitting":
            stretch = 0
            for day, a, b in pieces(start, end):
                bouts[-1][day] = bouts[-1].get(day, 0) + b - a
        else:
            before = stretch
            stretch += end - start
            if before < BREAK <= stretch:
                bouts.append({})
    for bout in bouts:
        for day, seconds in bout.items():
            totals(day)["longest_bout"] = max(totals(day)["longest_bout"], seconds)
    if presence is None or down:
        posture = None
    elif presence or not settled_away(open_absence):
        posture = held
    else:
        posture = "away"
    return Truth(days, sum(bouts[-1].values()), posture)


# The run ---------------------------------------------------------------------------


@pytest.fixture
async def enable_event_loop_debug() -> None:
    """No asyncio debug here: it captures a traceback per timer, and this test has many."""


def _entry(desk: Desk) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title=f"Soak desk {desk.index}",
        data={},
        options={
            "presence_entities": [desk.mmwave, desk.chair],
            "height_entity": desk.height,
            "standing_height": THRESHOLD,
            "height_hysteresis": HYSTERESIS,
            "away_grace_seconds": GRACE,
            "break_minutes": BREAK // 60,
        },
        entry_id=f"soak{desk.index}",
    )


FIELDS = ("sitting", "standing", "away", "breaks", "posture_changes", "longest_bout")
SENSORS = {
    "sitting": "seated_time_today",
    "standing": "standing_time_today",
    "longest_bout": "longest_sitting_bout_today",
}


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_thirty_days_match_the_ground_truth(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await hass.config.async_set_time_zone("Europe/Amsterdam")
    desks = [Desk(index) for index in range(3)]
    plan = generate(desks)
    entries = [_entry(desk) for desk in desks]
    attributes = {"unit_of_measurement": "cm", "device_class": "distance"}

    async def jump(instant: int) -> None:
        freezer.move_to(utc(instant))
        fire_due(hass, utc(instant))
        await hass.async_block_till_done()

    setups: dict[int, int] = {}
    freezer.move_to(utc(midnight(PERIODS[0][0])))
    for desk in desks:
        hass.states.async_set(desk.mmwave, "off")
        hass.states.async_set(desk.chair, "off")
        hass.states.async_set(desk.height, "72.0", attributes)
    for desk, entry in zip(desks, entries, strict=True):
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        setups[desk.index] = midnight(PERIODS[0][0])
    await hass.async_block_till_done()

    timeline: list[tuple[int, int, Any]] = [(c[0], 2, c) for c in plan.changes]
    timeline += [(down, 1, ("down", up)) for down, up in plan.restarts]
    timeline += [(up, 3, ("up", down)) for down, up in plan.restarts]
    timeline += [(check, 0, ("check", None)) for check in plan.checks]
    saved: dict[str, dict[str, Any]] = {}
    checked = restarted = 0
    for instant, order, item in sorted(timeline, key=lambda e: (e[0], e[1])):
        await jump(instant)
        if order == 1:
            for entry in entries:
                tracker = entry.runtime_data.tracker
                tracker.advance(utc(instant))  # as the unload's save does
                saved[entry.entry_id] = {
                    day: tracker.ledger.peek(day).as_dict()
                    for day in (
                        local_day(instant),
                        local_day(instant) - timedelta(days=1),
                    )
                }
                assert await hass.config_entries.async_unload(entry.entry_id)
            await hass.async_block_till_done()
        elif order == 3:
            for entry in entries:
                assert await hass.config_entries.async_setup(entry.entry_id)
            await hass.async_block_till_done()
            restarted += 1
            for entry in entries:
                # Nothing tracked before the restart is lost.
                ledger = entry.runtime_data.tracker.ledger
                for day, before in saved[entry.entry_id].items():
                    after = ledger.peek(day).as_dict()
                    for key in (
                        "sitting",
                        "standing",
                        "away",
                        "breaks",
                        "longest_bout",
                    ):
                        assert after[key] == before[key], (entry.entry_id, day, key)
        elif order == 2:
            _, entity_id, state = item
            if state is None:
                hass.states.async_remove(entity_id)
            else:
                hass.states.async_set(
                    entity_id,
                    state,
                    attributes if entity_id.endswith("_height") else {},
                )
            await hass.async_block_till_done()
        else:
            for desk, entry in zip(desks, entries, strict=True):
                truth = ground_truth(plan, desk, setups[desk.index], instant)
                tracker = entry.runtime_data.tracker
                tracker.advance(utc(instant))  # read as of now, as a save does
                today = local_day(instant)
                for day in (today - timedelta(days=1), today):
                    expected = truth.days.get(day, dict.fromkeys(FIELDS, 0.0))
                    actual = tracker.ledger.peek(day).as_dict()
                    for key in FIELDS:
                        assert actual[key] == expected[key], (
                            desk,
                            day,
                            key,
                            actual,
                            expected,
                        )
                assert tracker.sitting_bout == truth.bout, (desk, today)
                assert tracker.posture == truth.posture, (desk, today)
                expected = truth.days.get(today, dict.fromkeys(FIELDS, 0.0))
                # The sensors as read now (running figures wait for a step of the day).
                entry.runtime_data.refresh_running()
                for key, sensor in SENSORS.items():
                    state = hass.states.get(f"sensor.{desk.slug}_{sensor}")
                    assert state is not None
                    assert float(state.state) == round(expected[key] / 60, 2), (
                        desk,
                        sensor,
                    )
                state = hass.states.get(f"sensor.{desk.slug}_sitting_bout")
                assert float(state.state) == round(truth.bout / 60, 2)
                for key in ("breaks", "posture_changes"):
                    state = hass.states.get(f"sensor.{desk.slug}_{key}_today")
                    assert int(state.state) == expected[key], (desk, key)
                checked += 1
    assert checked == 3 * 30
    assert restarted >= 10
