"""Properties of the tracker over random timelines (see timeline.py for the generator)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
import json
import os
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings, strategies as st

from custom_components.backcare.engine.ledger import LocalDays
from custom_components.backcare.engine.tracker import Tracker, TrackerSettings

from .timeline import (
    READINGS,
    Timeline,
    elapsed_per_day,
    ground_truth,
    replay,
    timelines,
)

# ENGINE_EXAMPLES=5000 runs a deeper search than the quick default.
settings.register_profile(
    "engine",
    max_examples=int(os.environ.get("ENGINE_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
engine_settings = settings.get_profile("engine")

COUNTERS = ("sitting", "standing", "away", "paused", "breaks", "posture_changes")


def pending_per_day(tracker: Tracker, timeline: Timeline) -> Counter[date]:
    """Seconds held back by a grace period that has not been decided yet."""
    held: Counter[date] = Counter()
    days = LocalDays(timeline.zone)
    for start, end in tracker.as_dict()["pending"]:
        for day, piece_start, piece_end in days.split(
            datetime.fromisoformat(start), datetime.fromisoformat(end)
        ):
            held[day] += int((piece_end - piece_start).total_seconds())
    return held


@engine_settings
@given(timelines())
def test_every_second_is_accounted_for_on_its_own_day(timeline: Timeline) -> None:
    tracker = replay(timeline)
    pending = pending_per_day(tracker, timeline)
    elapsed = elapsed_per_day(timeline)
    for day in elapsed | pending:
        totals = tracker.ledger.peek(day)
        counted = totals.sitting + totals.standing + totals.away + totals.paused
        assert counted + pending[day] == elapsed[day], day
    kept = sum(
        day["sitting"] + day["standing"] + day["away"] + day["paused"]
        for day in tracker.ledger.as_list()
    )
    assert kept + pending.total() == timeline.end * timeline.unit


@engine_settings
@given(timelines(with_restarts=True))
def test_counters_never_go_backwards_within_a_day(timeline: Timeline) -> None:
    seen: dict[str, dict[str, float]] = {}

    def check(tracker: Tracker) -> None:
        for day in tracker.ledger.as_list():
            before = seen.get(day["day"])
            if before is not None:
                for counter in (*COUNTERS, "longest_bout"):
                    assert day[counter] >= before[counter], (day["day"], counter)
            seen[day["day"]] = day

    replay(timeline, restarts=timeline.restarts, after_each=check)


@engine_settings
@given(timelines(with_restarts=True))
def test_zero_downtime_restarts_change_nothing(timeline: Timeline) -> None:
    whole = replay(timeline)
    pieces = replay(timeline, restarts=timeline.restarts)
    assert pieces.ledger.as_list() == whole.ledger.as_list()
    assert pieces.sitting_bout == whole.sitting_bout
    assert pieces.last_break == whole.last_break
    assert pieces.posture == whole.posture
    assert pieces.occupied == whole.occupied
    for name in (
        "not_sitting_run",
        "occupied_run",
        "bout_id",
        "breaks_total",
        "standing_spell",
        "not_standing_run",
        "spell_id",
    ):
        assert getattr(pieces, name) == getattr(whole, name), name
    end = timeline.instant(timeline.end)
    assert pieces.next_deadline(end) == whole.next_deadline(end)


@engine_settings
@given(timelines())
def test_tracker_agrees_with_tick_by_tick_ground_truth(timeline: Timeline) -> None:
    tracker = replay(timeline)
    expected = ground_truth(timeline)
    for day, values in expected.days.items():
        totals = tracker.ledger.peek(day)
        actual = {name: getattr(totals, name) for name in values}
        assert actual == values, day
    for day in tracker.ledger.as_list():
        assert date.fromisoformat(day["day"]) in expected.days
    assert pending_per_day(tracker, timeline) == expected.pending
    assert tracker.sitting_bout == expected.sitting_bout
    assert tracker.last_break == expected.last_break
    assert tracker.posture == expected.posture
    assert tracker.not_sitting_run == expected.not_sitting_run
    assert tracker.occupied_run == expected.occupied_run
    assert tracker.bout_id == expected.bout_id
    assert tracker.breaks_total == expected.breaks_total
    assert tracker.occupied == (
        None if expected.posture is None else expected.posture != "away"
    )


def _visible(tracker: Tracker, now: datetime, timeline: Timeline) -> tuple[object, ...]:
    """What the sensors show that moves in steps (a bout or spell grows smoothly)."""
    return (
        now.astimezone(timeline.zone).date(),
        tracker.posture,
        tracker.occupied,
        tracker.last_break,
        tracker.today(now).breaks,
        "growing" if tracker.posture == "sitting" else tracker.sitting_bout,
        "growing" if tracker.posture == "standing" else tracker.standing_spell,
    )


@engine_settings
@given(timelines())
def test_state_changes_exactly_at_the_next_deadline(timeline: Timeline) -> None:
    tracker = replay(timeline)
    now = timeline.instant(timeline.end)
    _assert_changes_only_at_the_deadline(tracker, now, timeline)


def _assert_changes_only_at_the_deadline(
    tracker: Tracker, now: datetime, timeline: Timeline
) -> datetime:
    """Nothing shown changes before the next deadline; at it, something does.

    The status changes with all that is shown but the date: the integration, which
    skips everything else while the status stays the same, relies on it.
    """
    before, status = _visible(tracker, now, timeline), tracker.status
    deadline = tracker.next_deadline(now)
    assert deadline > now
    almost = deadline - timedelta(microseconds=1)
    tracker.advance(almost)
    assert _visible(tracker, almost, timeline) == before
    assert tracker.status == status
    tracker.advance(deadline)
    after = _visible(tracker, deadline, timeline)
    assert after != before
    assert tracker.status != status or after[0] != before[0]
    return deadline


@engine_settings
@given(timelines())
def test_a_reading_that_keeps_the_status_changes_nothing_shown(
    timeline: Timeline,
) -> None:
    """What the integration relies on to do nothing for most source events."""
    tracker = Tracker(timeline.settings, timeline.zone, timeline.start)
    for reading in timeline.readings:
        now = timeline.instant(reading.at)
        tracker.advance(now)
        before = (tracker.status, _visible(tracker, now, timeline))
        deadline = tracker.next_deadline(now)
        if reading.kind == "presence":
            tracker.set_presence(now, reading.value)
        else:
            tracker.set_standing(now, bool(reading.value))
        if tracker.status == before[0]:
            assert _visible(tracker, now, timeline) == before[1]
            assert tracker.next_deadline(now) == deadline


@engine_settings
@given(
    st.lists(
        st.tuples(
            st.integers(0, 100_000_000),
            st.sampled_from((*READINGS, ("advance", None), ("advance", None))),
        ),
        max_size=30,
    ),
    st.integers(0, 120_000_000),
    st.integers(1, 600_000_000),
)
def test_deadlines_hold_for_readings_at_any_microsecond(
    steps: list[tuple[int, tuple[str, bool | None]]], grace: int, break_length: int
) -> None:
    """Real readings come at odd microseconds: sums of them must not miss a deadline."""
    zone = ZoneInfo("Europe/Amsterdam")
    timeline = Timeline(
        zone=zone,
        start=datetime(2026, 6, 10, 7, tzinfo=UTC),
        unit=1,
        grace=0,
        break_length=1,
        readings=(),
        end=0,
    )
    settings_ = TrackerSettings(
        away_grace=timedelta(microseconds=grace),
        break_length=timedelta(microseconds=break_length),
    )
    now = timeline.start
    tracker = Tracker(settings_, zone, now)
    for delay, (kind, value) in steps:
        now += timedelta(microseconds=delay)
        if kind == "advance":
            tracker.advance(now)
        elif kind == "presence":
            tracker.set_presence(now, value)
        else:
            tracker.set_standing(now, bool(value))
    tracker.advance(now)
    for _ in range(4):
        now = _assert_changes_only_at_the_deadline(tracker, now, timeline)


def feed(tracker: Tracker, timeline: Timeline, when: Callable[[int], bool]) -> None:
    """Give the tracker the readings of the timeline at the instants `when` accepts."""
    for reading in timeline.readings:
        if when(reading.at):
            now = timeline.instant(reading.at)
            if reading.kind == "presence":
                tracker.set_presence(now, reading.value)
            else:
                tracker.set_standing(now, bool(reading.value))


def _sources_at(timeline: Timeline, units: int) -> tuple[bool | None, bool]:
    """The presence and standing readings in force at `units`."""
    presence: bool | None = None
    standing = False
    for reading in timeline.readings:
        if reading.at > units:
            break
        if reading.kind == "presence":
            presence = reading.value
        else:
            standing = bool(reading.value)
    return presence, standing


@engine_settings
@given(timelines(), st.data())
def test_a_restart_with_downtime_counts_the_gap_nowhere_and_a_long_one_ends_the_bout(
    timeline: Timeline, data: st.DataObject
) -> None:
    down = data.draw(st.integers(0, timeline.end), label="down")
    gap = data.draw(
        st.one_of(
            st.integers(0, timeline.break_length),
            st.integers(timeline.break_length + 1, 3 * timeline.break_length + 1),
        ),
        label="gap",
    )
    up = down + gap
    tracker = Tracker(timeline.settings, timeline.zone, timeline.start)
    feed(tracker, timeline, lambda at: at <= down)
    tracker.advance(timeline.instant(down))
    bout_before = tracker.sitting_bout
    saved = json.loads(json.dumps(tracker.as_dict()))
    restart = timeline.instant(up)
    tracker = Tracker.from_dict(saved, timeline.settings, timeline.zone, restart)
    presence, standing = _sources_at(timeline, up)
    tracker.set_standing(restart, standing)
    tracker.set_presence(restart, presence)
    same_day = timeline.instant(down).astimezone(timeline.zone).date() == (
        restart.astimezone(timeline.zone).date()
    )
    if gap > timeline.break_length or not same_day:
        assert tracker.sitting_bout == 0.0
        assert tracker.occupied_run == 0.0
    else:
        # A short gap: the bout carries on (time held back before it may join it).
        assert tracker.sitting_bout >= bout_before
    assert tracker.breaks_total == saved["breaks_total"]
    end = max(timeline.end, up)
    feed(tracker, timeline, lambda at: at > up)
    tracker.advance(timeline.instant(end))
    kept = sum(
        day["sitting"] + day["standing"] + day["away"] + day["paused"]
        for day in tracker.ledger.as_list()
    )
    pending = pending_per_day(tracker, timeline)
    assert kept + pending.total() == (end - gap) * timeline.unit
