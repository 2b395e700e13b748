"""The posture cue: after a minute of slouching, never more often than the cue gap."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
import json

from hypothesis import given, settings, strategies as st

from custom_components.backcare.engine.exercises import NudgeKind
from custom_components.backcare.engine.nudges import (
    Fired,
    NudgePlanner,
    NudgeSettings,
    Outcome,
    Resolution,
    Resolved,
    Situation,
)
from custom_components.backcare.engine.posture import Posture

POSTURE = NudgeKind.POSTURE
SETTINGS = NudgeSettings(
    sit_limit=timedelta(hours=3),
    move_interval=timedelta(hours=4),
    repeat=timedelta(minutes=10),
    stretch_at=time(23, 0),
    stretch_min_seated=timedelta(hours=12),
    core_enabled=False,
    core_start=time(8, 0),
    core_end=time(10, 0),
    premeeting=timedelta(minutes=15),
    slouch_limit=timedelta(seconds=60),
    cue_gap=timedelta(minutes=10),
)
START = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)


def at(seconds: float, **changes: object) -> Situation:
    """Sitting upright `seconds` after START, unless told otherwise."""
    now = START + timedelta(seconds=seconds)
    base = Situation(
        now=now,
        today=now.date(),
        local_time=now.time(),
        posture=Posture.SITTING,
        sitting_bout=60.0,
        bout_id=1,
        not_sitting_run=0.0,
        occupied_run=60.0,
        breaks_total=0,
        seated_today=60.0,
        slouching=False,
    )
    return replace(base, **changes)


def slouching(seconds: float, run: float, **changes: object) -> Situation:
    return at(seconds, slouching=True, slouch_run=run, **changes)


def cues(outcomes: list[Outcome]) -> list[Fired]:
    return [o for o in outcomes if isinstance(o, Fired) and o.kind is POSTURE]


def ended(outcomes: list[Outcome]) -> list[Resolution]:
    return [o.how for o in outcomes if isinstance(o, Resolved) and o.kind is POSTURE]


def test_no_cue_before_the_slouch_limit() -> None:
    plan = NudgePlanner(SETTINGS)
    assert cues(plan.evaluate(slouching(0, 59))) == []
    assert plan.next_check(slouching(0, 59)) == START + timedelta(seconds=1)


def test_the_cue_fires_when_slouching_lasts_the_limit() -> None:
    plan = NudgePlanner(SETTINGS)
    [cue] = cues(plan.evaluate(slouching(60, 60)))
    assert cue.level == 1
    assert cue.exercise.kind is POSTURE
    assert plan.last_cue == START + timedelta(seconds=60)


def test_the_cue_is_resolved_corrected_when_slouching_ends() -> None:
    plan = NudgePlanner(SETTINGS)
    plan.evaluate(slouching(60, 60))
    assert ended(plan.evaluate(slouching(90, 90))) == []
    outcomes = plan.evaluate(at(100))
    assert ended(outcomes) == [Resolution.CORRECTED]
    assert POSTURE not in plan.active


def test_standing_up_or_leaving_ends_the_cue_too() -> None:
    for posture, how in (
        (Posture.STANDING, Resolution.STOOD),
        (Posture.AWAY, Resolution.LEFT),
    ):
        plan = NudgePlanner(SETTINGS)
        plan.evaluate(slouching(60, 60))
        assert ended(plan.evaluate(slouching(70, 0, posture=posture))) == [how]


def test_an_unknown_slouch_source_keeps_the_cue_and_fires_none() -> None:
    plan = NudgePlanner(SETTINGS)
    plan.evaluate(slouching(60, 60))
    assert ended(plan.evaluate(at(70, slouching=None))) == []
    fresh = NudgePlanner(SETTINGS)
    assert cues(fresh.evaluate(at(600, slouching=None, slouch_run=600))) == []


def test_the_next_cue_waits_the_gap_from_the_earlier_cue_start() -> None:
    plan = NudgePlanner(SETTINGS)
    plan.evaluate(slouching(60, 60))
    plan.evaluate(at(70))
    # Slouching again for a minute, but only 3 min after the first cue.
    assert cues(plan.evaluate(slouching(240, 60))) == []
    assert plan.next_check(slouching(240, 60)) == START + timedelta(seconds=660)
    assert cues(plan.evaluate(slouching(659, 479))) == []
    assert len(cues(plan.evaluate(slouching(660, 480)))) == 1


def test_one_cue_per_slouch_however_long_it_lasts() -> None:
    plan = NudgePlanner(SETTINGS)
    plan.evaluate(slouching(60, 60))
    for seconds in range(61, 3600, 30):
        assert cues(plan.evaluate(slouching(seconds, seconds))) == []


def test_the_cue_keeps_to_the_gates() -> None:
    for gate in ({"active": False}, {"busy": True}, {"enabled": False}):
        plan = NudgePlanner(SETTINGS)
        assert cues(plan.evaluate(slouching(60, 60, **gate))) == []
    plan = NudgePlanner(SETTINGS)
    plan.snooze(at(0), START + timedelta(minutes=15))
    assert cues(plan.evaluate(slouching(60, 60))) == []
    assert len(cues(plan.evaluate(slouching(900, 900)))) == 1


def test_the_cue_fires_only_while_sitting() -> None:
    for posture in (Posture.STANDING, Posture.AWAY, None):
        plan = NudgePlanner(SETTINGS)
        assert cues(plan.evaluate(slouching(60, 60, posture=posture))) == []


def test_the_gap_survives_a_restart() -> None:
    plan = NudgePlanner(SETTINGS)
    plan.evaluate(slouching(60, 60))
    saved = json.loads(json.dumps(plan.as_dict()))
    restored = NudgePlanner.from_dict(saved, SETTINGS)
    assert POSTURE in restored.active
    restored.evaluate(at(70))
    assert cues(restored.evaluate(slouching(300, 120))) == []


def test_cues_rotate_through_their_words() -> None:
    plan = NudgePlanner(SETTINGS)
    keys = []
    for index in range(4):
        start = index * 600 + 60
        keys.append(cues(plan.evaluate(slouching(start, 60)))[0].exercise.key)
        plan.evaluate(at(start + 10))
    assert keys == ["sit_tall", "shoulders_back", "pelvis_neutral", "belly_breath"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=400), max_size=60))
def test_cues_are_never_closer_than_the_gap(steps: list[int]) -> None:
    plan = NudgePlanner(SETTINGS)
    seconds, run, fired = 0.0, 0.0, []
    for index, step in enumerate(steps):
        seconds += step
        # Slouching on odd steps, upright on even ones.
        run = run + step if index % 2 else 0.0
        outcomes = plan.evaluate(at(seconds, slouching=index % 2 == 1, slouch_run=run))
        fired += [seconds for _ in cues(outcomes)]
    gaps = [later - earlier for earlier, later in pairwise(fired)]
    assert all(gap >= 600 for gap in gaps)
