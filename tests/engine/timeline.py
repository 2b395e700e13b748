"""
Random timelines for the engine's property tests, and a ground truth to check them by.

A timeline is a start instant, a zone, the timing settings and a list of readings at
whole multiples of a time unit (1 s or 1 min). The ground truth does not share the
tracker's design: it labels the timeline tick by tick (one tick is one unit of time),
first deciding every absence from its whole length (it knows the future), then counting
the labels. The tracker has to reach the same numbers by settling things as they come.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
import json
from typing import Any, Literal
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from custom_components.backcare.engine.tracker import Tracker, TrackerSettings

ZONES = ("UTC", "Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe")

# Days around the 2026 clock changes of these zones, and an ordinary summer day.
DAYS = (
    date(2026, 3, 8),  # New York springs forward
    date(2026, 3, 29),  # Amsterdam springs forward
    date(2026, 4, 5),  # Lord Howe falls back half an hour
    date(2026, 6, 15),
    date(2026, 10, 4),  # Lord Howe springs forward half an hour
    date(2026, 10, 25),  # Amsterdam falls back
    date(2026, 11, 1),  # New York falls back
)

type Kind = Literal["presence", "standing"]
READINGS: tuple[tuple[Kind, bool | None], ...] = (
    ("presence", True),
    ("presence", False),
    ("presence", None),
    ("standing", True),
    ("standing", False),
)


@dataclass(frozen=True)
class Reading:
    """One input: `at` is in units since the start."""

    at: int
    kind: Kind
    value: bool | None


@dataclass(frozen=True)
class Timeline:
    """Everything a replay needs; all times are whole units after `start`."""

    zone: ZoneInfo
    start: datetime
    unit: int
    grace: int
    break_length: int
    readings: tuple[Reading, ...]
    end: int
    restarts: tuple[int, ...] = ()

    @property
    def settings(self) -> TrackerSettings:
        return TrackerSettings(
            away_grace=timedelta(seconds=self.grace * self.unit),
            break_length=timedelta(seconds=self.break_length * self.unit),
        )

    def instant(self, units: int) -> datetime:
        return self.start + timedelta(seconds=units * self.unit)


@st.composite
def timelines(draw: st.DrawFn, *, with_restarts: bool = False) -> Timeline:
    """Up to ~34 h of readings starting near a local midnight, often a DST day's."""
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    unit = draw(st.sampled_from((1, 60)))
    span = (3 * 3600 if unit == 1 else 34 * 3600) // unit
    delays = st.one_of(
        st.just(0),
        st.integers(1, 5),
        st.integers(1, span // 30),
        st.integers(1, span // 6),
    )
    size = draw(st.integers(0, 40))
    steps = draw(
        st.lists(
            st.tuples(delays, st.sampled_from(READINGS)), min_size=size, max_size=size
        )
    )
    readings: list[Reading] = []
    at = 0
    for delay, (kind, value) in steps:
        if at + delay > span:
            break
        at += delay
        readings.append(Reading(at, kind, value))
    end = min(span, at + draw(delays))
    # Mostly put a local midnight inside the timeline; up to 4 h after it are the
    # clock changes.
    midnight = datetime.combine(draw(st.sampled_from(DAYS)), time(), tzinfo=zone)
    offset = draw(st.integers(-max(end, 1), 4 * 3600 // unit))
    start = midnight.astimezone(UTC) + timedelta(seconds=offset * unit)
    restarts: tuple[int, ...] = ()
    if with_restarts:
        restarts = tuple(sorted(draw(st.lists(st.integers(0, end), max_size=6))))
    return Timeline(
        zone=zone,
        start=start,
        unit=unit,
        grace=draw(
            st.one_of(st.just(0), st.integers(0, 10), st.integers(0, span // 20))
        ),
        break_length=draw(st.one_of(st.integers(1, 10), st.integers(1, span // 10))),
        readings=tuple(readings),
        end=end,
        restarts=restarts,
    )


# Replaying ---------------------------------------------------------------


def restart(tracker: Tracker, timeline: Timeline, now: datetime) -> Tracker:
    """A zero-downtime restart: save, load through JSON, restore at the same instant."""
    tracker.advance(now)
    saved = json.loads(json.dumps(tracker.as_dict()))
    return Tracker.from_dict(saved, timeline.settings, timeline.zone, now)


def replay(
    timeline: Timeline,
    *,
    restarts: tuple[int, ...] = (),
    after_each: Any = None,
) -> Tracker:
    """
    Feed a timeline to a tracker and advance it to the end.

    At each restart time (before the readings of that instant) the tracker is saved
    and restored, then given the current readings again, as the integration does.
    """
    tracker = Tracker(timeline.settings, timeline.zone, timeline.start)
    presence: bool | None = None
    standing = False
    pending_restarts = list(restarts)

    def restart_until(units: int) -> None:
        nonlocal tracker
        while pending_restarts and pending_restarts[0] <= units:
            now = timeline.instant(pending_restarts.pop(0))
            tracker = restart(tracker, timeline, now)
            tracker.set_standing(now, standing)
            tracker.set_presence(now, presence)
            if after_each:
                after_each(tracker)

    for reading in timeline.readings:
        restart_until(reading.at)
        now = timeline.instant(reading.at)
        if reading.kind == "presence":
            presence = reading.value
            tracker.set_presence(now, presence)
        else:
            standing = bool(reading.value)
            tracker.set_standing(now, standing)
        if after_each:
            after_each(tracker)
    restart_until(timeline.end)
    tracker.advance(timeline.instant(timeline.end))
    if after_each:
        after_each(tracker)
    return tracker


# Ground truth --------------------------------------------------------------

PAUSED, SIT, STAND, AWAY, PENDING = "paused", "sitting", "standing", "away", "pending"
INITIAL = -1  # the "absence" before anyone was ever present: away, never a break


@dataclass
class Absence:
    """Presence off after someone was there, until presence comes back (or the end)."""

    start: int
    held: str
    ticks: list[int] = field(default_factory=list)  # not-paused ticks, in order
    ended: bool = False


@dataclass
class Expected:
    """What the tracker should report at the end of a timeline."""

    days: dict[date, dict[str, float]]
    sitting_bout: float
    last_break: datetime | None
    posture: str | None
    pending: dict[date, float]
    not_sitting_run: float
    occupied_run: float
    bout_id: int
    breaks_total: int


def ground_truth(timeline: Timeline) -> Expected:
    """Label every tick of the timeline, then count."""
    unit, ticks = timeline.unit, timeline.end

    # 1. Readings per tick, walking the readings in order (zero-length states included).
    by_time: dict[int, list[Reading]] = {}
    for reading in timeline.readings:
        by_time.setdefault(reading.at, []).append(reading)
    presence: bool | None = None
    last_known: bool | None = None
    signal = False
    held = SIT
    absences: list[Absence] = []
    open_absence: int | None = INITIAL  # index into absences, INITIAL, or None
    # (units, absence that a return ends or None, changed?) per posture decision
    decisions: list[tuple[int, int | None, bool]] = []
    labels: list[tuple[str, int | None]] = []  # per tick: presence state, absence

    def follow(at: int, ending: int | None) -> None:
        nonlocal held
        new = STAND if signal else SIT
        decisions.append((at, ending, new != held))
        held = new

    for tick in range(ticks + 1):
        for reading in by_time.get(tick, []):
            if reading.kind == "standing":
                signal = bool(reading.value)
                if presence is True:
                    follow(tick, None)
            elif reading.value is True:
                follow(tick, open_absence)
                if open_absence is not None and open_absence != INITIAL:
                    absences[open_absence].ended = True
                open_absence = None
                presence = last_known = True
            elif reading.value is False:
                if last_known is True:
                    absences.append(Absence(tick, held))
                    open_absence = len(absences) - 1
                presence = last_known = False
            else:
                presence = None
        if tick == ticks:
            break
        if presence is None:
            labels.append((PAUSED, None))
        elif presence:
            labels.append((held, None))
        else:
            labels.append(("off", open_absence))
            if open_absence is not None and open_absence != INITIAL:
                absences[open_absence].ticks.append(tick)

    # 2. Decide each absence from its whole length.
    def settled_away(index: int | None) -> bool:
        return index == INITIAL or (
            index is not None and len(absences[index].ticks) >= timeline.grace
        )

    kinds: list[str] = []
    for state, index in labels:
        if state != "off":
            kinds.append(state)
        elif settled_away(index):
            kinds.append(AWAY)
        else:
            assert index is not None
            kinds.append(absences[index].held if absences[index].ended else PENDING)

    # 3. Count per local day.
    def day_of(units: int) -> date:
        return timeline.instant(units).astimezone(timeline.zone).date()

    tick_days = _tick_days(timeline)
    days: dict[date, dict[str, float]] = {}

    def totals(day: date) -> dict[str, float]:
        return days.setdefault(
            day,
            dict.fromkeys(
                (SIT, STAND, AWAY, PAUSED, "breaks", "posture_changes", "longest_bout"),
                0.0,
            ),
        )

    pending: Counter[date] = Counter()
    for tick, kind in enumerate(kinds):
        if kind == PENDING:
            pending[tick_days[tick]] += unit
        else:
            totals(tick_days[tick])[kind] += unit

    for at, ending, changed in decisions:
        if changed and not settled_away(ending):
            totals(day_of(at))["posture_changes"] += 1

    last_break: datetime | None = None
    reached = -1  # the tick at which the last break reached its length
    for index, absence in enumerate(absences):
        if settled_away(index) and len(absence.ticks) >= timeline.break_length:
            reached = absence.ticks[timeline.break_length - 1]
            totals(tick_days[reached])["breaks"] += 1
            last_break = timeline.instant(absence.start)
    occupied = sum(1 for kind in kinds[reached + 1 :] if kind in (SIT, STAND))

    # 4. Bouts: sitting ticks, split wherever a non-sitting stretch reaches the break.
    bouts: list[list[int]] = [[]]
    stretch = 0
    for tick, kind in enumerate(kinds):
        if kind in (PAUSED, PENDING):
            continue
        if kind == SIT:
            stretch = 0
            bouts[-1].append(tick)
        else:
            stretch += 1
            if stretch == timeline.break_length:
                bouts.append([])
    for bout in bouts:
        for day, count in Counter(tick_days[tick] for tick in bout).items():
            totals(day)["longest_bout"] = max(totals(day)["longest_bout"], count * unit)

    if presence is None:
        posture = None
    elif presence or not settled_away(open_absence):
        posture = held
    else:
        posture = AWAY
    return Expected(
        days=days,
        sitting_bout=float(len(bouts[-1]) * unit),
        last_break=last_break,
        posture=posture,
        pending=dict(pending),
        not_sitting_run=float(stretch * unit),
        occupied_run=float(occupied * unit),
        bout_id=sum(1 for bout in bouts if bout),
        breaks_total=sum(int(day["breaks"]) for day in days.values()),
    )


def _tick_days(timeline: Timeline) -> list[date]:
    """The local date of every tick, from the zone's midnights."""
    first = timeline.start.astimezone(timeline.zone).date()
    midnights = [
        datetime.combine(
            first + timedelta(days=n), time(), tzinfo=timeline.zone
        ).astimezone(UTC)
        for n in range(1, 5)
    ]
    result: list[date] = []
    day, following = first, 0
    for tick in range(timeline.end):
        instant = timeline.instant(tick)
        while instant >= midnights[following]:
            day = midnights[following].astimezone(timeline.zone).date()
            following += 1
        result.append(day)
    return result


def elapsed_per_day(timeline: Timeline) -> Counter[date]:
    """Seconds of the timeline on each local day."""
    return Counter(
        {
            day: count * timeline.unit
            for day, count in Counter(_tick_days(timeline)).items()
        }
    )
