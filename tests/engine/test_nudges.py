"""The nudge policy: what fires when, how it escalates, what resolves it, and the gates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.backcare.engine.exercises import EXERCISES, NudgeKind
from custom_components.backcare.engine.nudges import (
    CORE_EXPIRY,
    MAX_LEVEL,
    DayNudges,
    Fired,
    NudgePlanner,
    NudgeSettings,
    Resolution,
    Resolved,
    Situation,
)
from custom_components.backcare.engine.posture import Posture

STAND = NudgeKind.STAND
SIT = NudgeKind.SIT
MOVE = NudgeKind.MOVE
STRETCH = NudgeKind.STRETCH
CORE = NudgeKind.CORE

SETTINGS = NudgeSettings(
    sit_limit=timedelta(minutes=30),
    move_interval=timedelta(minutes=60),
    repeat=timedelta(minutes=10),
    stretch_at=time(17, 0),
    stretch_min_seated=timedelta(hours=4),
    core_enabled=True,
    core_start=time(8, 0),
    core_end=time(10, 0),
    premeeting=timedelta(minutes=15),
)
# Local time is UTC in these tests; 11:00 is outside the core window and before stretch.
START = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
MINUTE = 60.0


def situation(now: datetime, **changes: object) -> Situation:
    """Someone sitting in bout 1 with nothing counted yet, unless told otherwise."""
    base = Situation(
        now=now,
        today=now.date(),
        local_time=now.time(),
        posture=Posture.SITTING,
        sitting_bout=0.0,
        bout_id=1,
        not_sitting_run=0.0,
        occupied_run=0.0,
        breaks_total=0,
        seated_today=0.0,
    )
    return replace(base, **changes)


def at(minutes: float, **changes: object) -> Situation:
    """The situation `minutes` after START."""
    return situation(START + timedelta(minutes=minutes), **changes)


def seated(minutes: float, **changes: object) -> Situation:
    """Sitting without a break since START, `minutes` ago."""
    return at(
        minutes,
        **{"sitting_bout": minutes * MINUTE, "occupied_run": minutes * MINUTE}
        | changes,
    )


def clock(hour: int, minute: int = 0, *, day: int = 0, **changes: object) -> Situation:
    """The situation at a local time of day, `day` days after START's day."""
    now = datetime(2025, 3, 3, hour, minute, tzinfo=UTC) + timedelta(days=day)
    return situation(now, **changes)


def planner(**changes: object) -> NudgePlanner:
    return NudgePlanner(replace(SETTINGS, **changes))


def fires(outcomes: list[Fired | Resolved]) -> list[tuple[NudgeKind, int]]:
    return [(o.kind, o.level) for o in outcomes if isinstance(o, Fired)]


def ends(
    outcomes: list[Fired | Resolved],
) -> list[tuple[NudgeKind, Resolution, float]]:
    return [
        (o.kind, o.how, o.response_seconds) for o in outcomes if isinstance(o, Resolved)
    ]


def nudged_to_stand(plan: NudgePlanner) -> None:
    assert fires(plan.evaluate(seated(30))) == [(STAND, 1)]


def stats(plan: NudgePlanner) -> DayNudges:
    assert plan.today is not None
    return plan.today


# Stand ------------------------------------------------------------------------------


def test_no_nudge_before_the_sitting_limit() -> None:
    plan = planner()
    assert plan.evaluate(seated(0)) == []
    assert plan.evaluate(seated(29.9)) == []
    assert plan.active == {}


def test_stand_nudge_fires_when_the_sitting_bout_reaches_the_limit() -> None:
    plan = planner()
    outcomes = plan.evaluate(seated(30))
    assert fires(outcomes) == [(STAND, 1)]
    fired = outcomes[0]
    assert isinstance(fired, Fired)
    assert fired.exercise.kind is STAND
    assert plan.last is STAND
    assert stats(plan).fired == 1
    assert stats(plan).desk_nudges == 1


@pytest.mark.parametrize("posture", [Posture.STANDING, Posture.AWAY, None])
def test_stand_nudge_waits_while_not_sitting(posture: Posture | None) -> None:
    plan = planner()
    # The bout carries on for a break length after getting up.
    assert plan.evaluate(seated(35, posture=posture, occupied_run=0.0)) == []


def test_standing_up_ends_the_stand_nudge_as_stood() -> None:
    plan = planner()
    nudged_to_stand(plan)
    # The bout ends a break length (5 min) after standing up at minute 33.
    outcomes = plan.evaluate(
        at(38, posture=Posture.STANDING, not_sitting_run=5 * MINUTE)
    )
    assert ends(outcomes) == [(STAND, Resolution.STOOD, 3 * MINUTE)]
    assert plan.active == {}
    assert plan.last is None
    assert stats(plan).compliant == 1
    assert stats(plan).compliance == 100.0
    assert stats(plan).median_response == 3 * MINUTE


def test_leaving_the_desk_ends_the_stand_nudge_as_left() -> None:
    plan = planner()
    nudged_to_stand(plan)
    outcomes = plan.evaluate(at(40, posture=Posture.AWAY, not_sitting_run=5 * MINUTE))
    assert ends(outcomes) == [(STAND, Resolution.LEFT, 5 * MINUTE)]
    assert stats(plan).compliant == 1


def test_a_new_bout_ends_the_stand_nudge_even_if_the_end_was_missed() -> None:
    plan = planner()
    nudged_to_stand(plan)
    outcomes = plan.evaluate(at(45, sitting_bout=60.0, bout_id=2))
    assert ends(outcomes) == [(STAND, Resolution.STOOD, 15 * MINUTE)]


def test_response_time_is_never_negative() -> None:
    plan = planner()
    nudged_to_stand(plan)
    outcomes = plan.evaluate(
        at(32, posture=Posture.STANDING, not_sitting_run=10 * MINUTE)
    )
    assert ends(outcomes) == [(STAND, Resolution.STOOD, 0.0)]


def test_standing_up_later_than_one_repeat_is_not_compliant() -> None:
    plan = planner()
    nudged_to_stand(plan)
    assert fires(plan.evaluate(seated(40, occupied_run=0.0))) == [(STAND, 2)]
    outcomes = plan.evaluate(
        at(50, posture=Posture.STANDING, not_sitting_run=5 * MINUTE)
    )
    assert ends(outcomes) == [(STAND, Resolution.STOOD, 15 * MINUTE)]
    day = stats(plan)
    assert (day.fired, day.desk_nudges, day.compliant) == (2, 1, 0)
    assert day.compliance == 0.0
    assert day.median_response == 15 * MINUTE


def test_standing_up_exactly_one_repeat_after_the_nudge_is_compliant() -> None:
    plan = planner()
    nudged_to_stand(plan)
    plan.evaluate(at(45, posture=Posture.STANDING, not_sitting_run=5 * MINUTE))
    assert stats(plan).compliant == 1


# Repeats ------------------------------------------------------------------------------


def test_an_unanswered_stand_nudge_repeats_at_levels_two_and_three_then_stops() -> None:
    plan = planner(move_interval=timedelta(hours=8))
    timeline = {
        30: [(STAND, 1)],
        39.9: [],
        40: [(STAND, 2)],
        45: [],
        50: [(STAND, 3)],
        60: [],
        90: [],
    }
    exercises = set()
    for minute, expected in timeline.items():
        outcomes = plan.evaluate(seated(minute))
        assert fires(outcomes) == expected, minute
        exercises |= {o.exercise.key for o in outcomes if isinstance(o, Fired)}
    assert len(exercises) == 1, "a repeat suggests the same exercise"
    assert plan.active[STAND].level == MAX_LEVEL
    assert (stats(plan).fired, stats(plan).desk_nudges) == (3, 1)


def test_the_same_moment_evaluated_twice_fires_once() -> None:
    plan = planner()
    nudged_to_stand(plan)
    assert plan.evaluate(seated(30)) == []
    assert plan.evaluate(seated(35)) == []


def test_stand_stops_at_level_three_while_move_carries_on() -> None:
    plan = planner()
    for minute in (30, 40, 50):
        plan.evaluate(seated(minute))
    assert fires(plan.evaluate(seated(60))) == [(MOVE, 1)]
    assert fires(plan.evaluate(seated(70))) == [(MOVE, 2)]
    assert fires(plan.evaluate(seated(80))) == [(MOVE, 3)]
    assert plan.evaluate(seated(120)) == []
    assert stats(plan).desk_nudges == 2


def test_a_repeat_waits_for_the_desk_to_be_occupied() -> None:
    plan = planner(sit_limit=timedelta(hours=8))
    assert fires(plan.evaluate(seated(60))) == [(MOVE, 1)]
    assert plan.evaluate(seated(75, posture=Posture.AWAY)) == []
    assert fires(plan.evaluate(seated(76, posture=Posture.STANDING))) == [(MOVE, 2)]


def test_the_next_bout_starts_again_at_level_one() -> None:
    plan = planner(move_interval=timedelta(hours=8))
    for minute in (30, 40, 50):
        plan.evaluate(seated(minute))
    plan.evaluate(at(60, posture=Posture.STANDING, not_sitting_run=5 * MINUTE))
    outcomes = plan.evaluate(at(100, sitting_bout=30 * MINUTE, bout_id=2))
    assert fires(outcomes) == [(STAND, 1)]
    assert stats(plan).desk_nudges == 2


# Move ----------------------------------------------------------------------------------


def test_move_nudge_fires_after_an_hour_at_the_desk_without_a_break() -> None:
    plan = planner()
    outcomes = plan.evaluate(
        at(60, posture=Posture.STANDING, sitting_bout=0.0, occupied_run=60 * MINUTE)
    )
    assert fires(outcomes) == [(MOVE, 1)]
    assert outcomes[0].exercise.kind is MOVE  # type: ignore[union-attr]


def test_move_nudge_does_not_fire_when_away() -> None:
    plan = planner()
    assert plan.evaluate(at(60, posture=Posture.AWAY, occupied_run=3600.0)) == []


def test_move_nudge_waits_for_the_full_interval() -> None:
    plan = planner()
    assert plan.evaluate(at(59, occupied_run=59 * MINUTE)) == []


def test_a_break_ends_the_move_nudge() -> None:
    plan = planner(sit_limit=timedelta(hours=8))
    plan.evaluate(seated(60))
    outcomes = plan.evaluate(at(66, posture=Posture.AWAY, breaks_total=1))
    assert ends(outcomes) == [(MOVE, Resolution.BREAK, 6 * MINUTE)]
    assert stats(plan).compliant == 1
    # The next move comes after another interval, at level one.
    outcomes = plan.evaluate(at(130, breaks_total=1, occupied_run=60 * MINUTE))
    assert fires(outcomes) == [(MOVE, 1)]


def test_taking_a_break_answers_stand_and_move_and_holds_them_off() -> None:
    plan = planner()
    plan.evaluate(seated(30))
    plan.evaluate(seated(40))
    plan.evaluate(seated(60))
    assert set(plan.active) == {STAND, MOVE}
    outcomes = plan.took_break(seated(62), START + timedelta(minutes=72))
    assert ends(outcomes) == [
        (STAND, Resolution.BREAK, 32 * MINUTE),
        (MOVE, Resolution.BREAK, 2 * MINUTE),
    ]
    assert plan.active == {}
    assert plan.snoozed_until == START + timedelta(minutes=72)
    assert stats(plan).compliant == 1  # the stand nudge came half an hour ago
    assert plan.evaluate(seated(71)) == []


def test_taking_a_break_keeps_a_longer_snooze() -> None:
    plan = planner()
    plan.snooze(at(0), START + timedelta(hours=2))
    assert plan.took_break(at(1), START + timedelta(minutes=10)) == []
    assert plan.snoozed_until == START + timedelta(hours=2)


def test_taking_a_break_leaves_stretch_and_core_alone() -> None:
    plan = planner()
    plan.evaluate(clock(9, posture=Posture.STANDING))
    assert plan.took_break(clock(9, 5), START) == []
    assert CORE in plan.active


# Stretch -------------------------------------------------------------------------------


def test_evening_stretch_fires_at_its_time_after_a_long_seated_day() -> None:
    plan = planner()
    long_day = 4 * 60 * MINUTE
    assert plan.evaluate(clock(16, 59, seated_today=long_day, posture=None)) == []
    outcomes = plan.evaluate(clock(17, 0, seated_today=long_day, posture=None))
    assert fires(outcomes) == [(STRETCH, 1)]
    assert outcomes[0].exercise.kind is STRETCH  # type: ignore[union-attr]


def test_no_evening_stretch_after_a_short_seated_day() -> None:
    plan = planner()
    assert plan.evaluate(clock(18, seated_today=3 * 60 * MINUTE)) == []


def test_the_stretch_comes_once_the_seated_time_is_reached_later() -> None:
    plan = planner()
    assert plan.evaluate(clock(17, seated_today=3 * 60 * MINUTE)) == []
    assert fires(plan.evaluate(clock(19, seated_today=4 * 60 * MINUTE))) == [
        (STRETCH, 1)
    ]


def test_the_stretch_comes_once_a_day_even_when_done() -> None:
    plan = planner()
    plan.evaluate(clock(17, seated_today=5 * 60 * MINUTE))
    outcomes = plan.complete(clock(17, 30), STRETCH)
    assert ends(outcomes) == [(STRETCH, Resolution.DONE, 30 * MINUTE)]
    assert plan.evaluate(clock(18, seated_today=5 * 60 * MINUTE)) == []
    assert stats(plan).desk_nudges == 0
    assert stats(plan).compliance is None


def test_an_undone_stretch_expires_the_next_day_and_can_come_again() -> None:
    plan = planner()
    plan.evaluate(clock(17, seated_today=5 * 60 * MINUTE))
    assert plan.evaluate(clock(23, 59, seated_today=5 * 60 * MINUTE)) == []
    outcomes = plan.evaluate(clock(0, 1, day=1, posture=None))
    assert ends(outcomes) == [(STRETCH, Resolution.EXPIRED, 7 * 60 * MINUTE + MINUTE)]
    outcomes = plan.evaluate(clock(17, day=1, seated_today=5 * 60 * MINUTE))
    assert fires(outcomes) == [(STRETCH, 1)]


def test_completing_a_nudge_that_is_not_active_does_nothing() -> None:
    plan = planner()
    assert plan.complete(at(0), STRETCH) == []


def test_completing_a_stand_nudge_is_done_but_not_a_compliant_answer() -> None:
    plan = planner()
    nudged_to_stand(plan)
    assert ends(plan.complete(seated(31), STAND)) == [(STAND, Resolution.DONE, MINUTE)]
    assert stats(plan).compliant == 0
    assert stats(plan).responses == []


# Core ------------------------------------------------------------------------------------


@pytest.mark.parametrize("posture", [Posture.SITTING, Posture.STANDING])
def test_morning_core_fires_when_at_the_desk_in_the_window(posture: Posture) -> None:
    plan = planner()
    outcomes = plan.evaluate(clock(8, 0, posture=posture))
    assert fires(outcomes) == [(CORE, 1)]
    assert outcomes[0].exercise.kind is CORE  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "moment",
    [
        clock(7, 59),
        clock(10, 0),
        clock(9, posture=Posture.AWAY),
        clock(9, posture=None),
    ],
    ids=["before", "at-end", "away", "unknown"],
)
def test_no_morning_core_outside_the_window_or_when_away(moment: Situation) -> None:
    assert planner().evaluate(moment) == []


def test_no_morning_core_when_turned_off() -> None:
    assert planner(core_enabled=False).evaluate(clock(9)) == []


def test_morning_core_expires_after_half_an_hour() -> None:
    plan = planner()
    plan.evaluate(clock(8, 10))
    assert plan.evaluate(clock(8, 39)) == []
    outcomes = plan.evaluate(clock(8, 40))
    assert ends(outcomes) == [(CORE, Resolution.EXPIRED, CORE_EXPIRY.total_seconds())]
    # Once a day: still in the window, it does not come again.
    assert plan.evaluate(clock(9, 30)) == []


def test_morning_core_turned_off_while_showing_expires_at_once() -> None:
    plan = planner()
    plan.evaluate(clock(8, 10))
    restarted = NudgePlanner.from_dict(
        plan.as_dict(), replace(SETTINGS, core_enabled=False)
    )
    outcomes = restarted.evaluate(clock(8, 12))
    assert ends(outcomes) == [(CORE, Resolution.EXPIRED, 2 * MINUTE)]
    assert restarted.active == {}


def test_morning_core_done_and_back_the_next_morning() -> None:
    plan = planner()
    plan.evaluate(clock(8, 10))
    assert ends(plan.complete(clock(8, 15), CORE)) == [
        (CORE, Resolution.DONE, 5 * MINUTE)
    ]
    assert plan.evaluate(clock(9)) == []
    assert fires(plan.evaluate(clock(8, 10, day=1))) == [(CORE, 1)]


# Gates -------------------------------------------------------------------------------------


def test_nothing_fires_when_nudges_are_turned_off() -> None:
    plan = planner()
    for moment in (
        seated(90, enabled=False),
        clock(9, enabled=False),
        clock(17, seated_today=5 * 60 * MINUTE, enabled=False),
    ):
        assert plan.evaluate(moment) == []
    assert plan.active == {}
    assert plan.next_due(seated(90, enabled=False)) is None


def test_an_active_nudge_still_resolves_when_nudges_are_turned_off() -> None:
    plan = planner()
    nudged_to_stand(plan)
    outcomes = plan.evaluate(at(40, posture=Posture.AWAY, enabled=False))
    assert ends(outcomes) == [(STAND, Resolution.LEFT, 10 * MINUTE)]


def test_no_desk_nudge_outside_the_schedule() -> None:
    plan = planner()
    assert plan.evaluate(seated(90, active=False)) == []
    assert fires(plan.evaluate(seated(91))) == [(STAND, 1), (MOVE, 1)]


def test_a_busy_person_is_nudged_as_soon_as_the_meeting_ends() -> None:
    plan = planner()
    assert plan.evaluate(seated(30, busy=True)) == []
    assert plan.evaluate(seated(45, busy=True)) == []
    assert fires(plan.evaluate(seated(46))) == [(STAND, 1)]


def test_a_repeat_due_while_busy_comes_once_busy_ends() -> None:
    plan = planner()
    nudged_to_stand(plan)
    assert plan.evaluate(seated(40, busy=True)) == []
    assert fires(plan.evaluate(seated(47))) == [(STAND, 2)]
    # The next repeat counts from the one just fired.
    assert plan.evaluate(seated(56)) == []


def test_busy_does_not_hold_off_stretch_or_core() -> None:
    plan = planner()
    assert fires(plan.evaluate(clock(9, busy=True, active=False))) == [(CORE, 1)]


# Meetings ahead ---------------------------------------------------------------------------


def meeting(start_minutes: float, length: float = 60) -> tuple[datetime, datetime]:
    start = START + timedelta(minutes=start_minutes)
    return start, start + timedelta(minutes=length)


@pytest.mark.parametrize(
    ("now", "meeting_at", "expected"),
    [
        (20, 30, [(STAND, 1)]),  # due right as it starts
        (20, 25, [(STAND, 1)]),  # due 5 min into it
        (15, 30, [(STAND, 1)]),  # exactly premeeting before the start
        (14, 30, []),  # the meeting is too far ahead
        (20, 35, []),  # due before the meeting: wait for the limit
        (25, 20, []),  # the meeting started already
    ],
)
def test_a_stand_nudge_due_in_a_meeting_comes_before_it(
    now: float, meeting_at: float, expected: list[tuple[NudgeKind, int]]
) -> None:
    plan = planner(move_interval=timedelta(hours=8))
    assert fires(plan.evaluate(seated(now, meeting=meeting(meeting_at)))) == expected


def test_no_early_nudge_when_it_is_due_only_as_the_meeting_ends() -> None:
    plan = planner(move_interval=timedelta(hours=8))
    # Due at 30, the meeting runs 22..30 exclusive of its end.
    assert plan.evaluate(seated(20, meeting=meeting(22, 8))) == []


def test_a_move_nudge_due_in_a_meeting_comes_before_it() -> None:
    plan = planner(sit_limit=timedelta(hours=8))
    outcomes = plan.evaluate(seated(50, meeting=meeting(55)))
    assert fires(outcomes) == [(MOVE, 1)]


# Snooze -------------------------------------------------------------------------------------


def test_snooze_ends_every_active_nudge_as_snoozed() -> None:
    plan = planner()
    plan.evaluate(clock(9, 0, sitting_bout=30 * MINUTE))
    assert set(plan.active) == {STAND, CORE}
    outcomes = plan.snooze(clock(9, 5), clock(9, 35).now)
    assert sorted(ends(outcomes)) == [
        (CORE, Resolution.SNOOZED, 5 * MINUTE),
        (STAND, Resolution.SNOOZED, 5 * MINUTE),
    ]
    assert plan.active == {}
    assert plan.last is None
    assert stats(plan).compliant == 0
    assert stats(plan).desk_nudges == 1


def test_nothing_fires_while_snoozed() -> None:
    plan = planner()
    plan.snooze(clock(7, 30), clock(12).now)
    for moment in (
        clock(9, sitting_bout=30 * MINUTE, occupied_run=90 * MINUTE),
        clock(11, 59, sitting_bout=60 * MINUTE),
    ):
        assert plan.evaluate(moment) == []


def test_after_a_snooze_the_same_bout_continues_at_the_next_level() -> None:
    plan = planner(move_interval=timedelta(hours=8))
    nudged_to_stand(plan)
    plan.snooze(seated(31), START + timedelta(minutes=60))
    assert plan.evaluate(seated(59)) == []
    assert fires(plan.evaluate(seated(60))) == [(STAND, 2)]
    assert fires(plan.evaluate(seated(70))) == [(STAND, 3)]
    # Exhausted: even a snooze does not bring it back for this bout.
    plan.snooze(seated(71), START + timedelta(minutes=72))
    assert plan.evaluate(seated(100)) == []
    # Only the move nudge is still to come.
    assert plan.next_due(seated(100)) == START + timedelta(hours=8)
    day = stats(plan)
    assert (day.fired, day.desk_nudges) == (3, 1)


def test_a_snoozed_then_answered_nudge_counts_from_its_return() -> None:
    plan = planner(move_interval=timedelta(hours=8))
    nudged_to_stand(plan)
    plan.snooze(seated(31), START + timedelta(minutes=60))
    plan.evaluate(seated(60))
    outcomes = plan.evaluate(at(67, posture=Posture.STANDING, not_sitting_run=300.0))
    assert ends(outcomes) == [(STAND, Resolution.STOOD, 2 * MINUTE)]
    assert stats(plan).compliant == 1


def test_snooze_also_defers_stretch_and_core() -> None:
    plan = planner()
    plan.snooze(clock(7), clock(9).now)
    assert plan.evaluate(clock(8, 30)) == []
    assert fires(plan.evaluate(clock(9))) == [(CORE, 1)]


# Who was nudged last -------------------------------------------------------------------------


def test_the_last_nudge_falls_back_to_one_still_active() -> None:
    plan = planner()
    plan.evaluate(seated(30, occupied_run=0.0))
    plan.evaluate(seated(35, occupied_run=60 * MINUTE, breaks_total=0))
    assert plan.last is MOVE
    # Standing up ends the stand nudge; the move nudge stays the last one.
    plan.evaluate(at(40, posture=Posture.STANDING, occupied_run=65 * MINUTE))
    assert plan.last is MOVE
    plan.evaluate(at(45, posture=Posture.AWAY, breaks_total=1))
    assert plan.last is None


def test_resolving_the_last_nudge_shows_the_other_active_one() -> None:
    plan = planner()
    plan.evaluate(seated(30, occupied_run=0.0))
    plan.evaluate(seated(35, occupied_run=60 * MINUTE))
    plan.complete(seated(36), MOVE)
    assert plan.last is STAND


# Day statistics --------------------------------------------------------------------------------


def test_day_statistics_start_afresh_each_day() -> None:
    plan = planner()
    nudged_to_stand(plan)
    plan.evaluate(at(38, posture=Posture.STANDING, not_sitting_run=5 * MINUTE))
    assert stats(plan).day == START.date()
    plan.evaluate(clock(7, day=1, posture=Posture.AWAY))
    day = stats(plan)
    assert day.day == START.date() + timedelta(days=1)
    assert (day.fired, day.desk_nudges, day.compliant) == (0, 0, 0)
    assert day.compliance is None
    assert day.median_response is None


def test_median_response_of_several_answers() -> None:
    day = DayNudges(START.date(), responses=[30.0, 600.0, 90.0])
    assert day.median_response == 90.0
    day.desk_nudges, day.decided, day.compliant = 5, 4, 1
    assert day.compliance == 25.0


# When the next nudge is due --------------------------------------------------------------------


def test_next_due_is_the_sooner_of_stand_and_move() -> None:
    plan = planner()
    assert plan.next_due(seated(10)) == START + timedelta(minutes=30)
    assert plan.next_due(seated(10, occupied_run=55 * MINUTE)) == START + timedelta(
        minutes=15
    )


def test_next_due_is_now_when_already_overdue() -> None:
    plan = planner()
    moment = seated(45)
    assert plan.next_due(moment) == moment.now


@pytest.mark.parametrize("posture", [Posture.AWAY, None])
def test_nothing_is_due_when_not_at_the_desk(posture: Posture | None) -> None:
    assert planner().next_due(seated(10, posture=posture)) is None


def test_standing_only_the_mobility_break_and_the_sit_nudge_come_due() -> None:
    standing = seated(10, posture=Posture.STANDING, standing_spell=5 * MINUTE)
    assert planner().next_due(standing) == START + timedelta(minutes=60)
    with_sit = planner(stand_limit=timedelta(minutes=45))
    assert with_sit.next_due(standing) == START + timedelta(minutes=50)


def test_a_long_standing_spell_asks_to_sit_and_sitting_answers_it() -> None:
    plan = planner(stand_limit=timedelta(minutes=45), move_interval=timedelta(hours=8))
    standing = {"posture": Posture.STANDING, "spell_id": 1, "sitting_bout": 0.0}
    assert plan.evaluate(at(44, standing_spell=44 * MINUTE, **standing)) == []
    fired = plan.evaluate(at(45, standing_spell=45 * MINUTE, **standing))
    assert fires(fired) == [(SIT, 1)]
    assert fired[0].exercise.kind is SIT  # type: ignore[union-attr]
    # It repeats like the others, and sitting for the break length answers it.
    assert fires(plan.evaluate(at(55, standing_spell=55 * MINUTE, **standing))) == [
        (SIT, 2)
    ]
    sat = at(
        58, posture=Posture.SITTING, standing_spell=0.0, not_standing_run=2 * MINUTE
    )
    assert ends(plan.evaluate(sat)) == [(SIT, Resolution.SAT, 11 * MINUTE)]


def test_no_sit_nudge_when_its_limit_is_off() -> None:
    standing = at(300, posture=Posture.STANDING, standing_spell=300 * MINUTE)
    assert SIT not in dict(
        fires(planner(move_interval=timedelta(hours=8)).evaluate(standing))
    )


def test_done_closes_the_sit_nudge_for_a_full_stand_limit() -> None:
    plan = planner(stand_limit=timedelta(minutes=45), move_interval=timedelta(hours=8))
    standing = {"posture": Posture.STANDING, "spell_id": 1}
    plan.evaluate(at(45, standing_spell=45 * MINUTE, **standing))
    assert ends(plan.complete(at(46, standing_spell=46 * MINUTE, **standing), SIT)) == [
        (SIT, Resolution.DONE, MINUTE)
    ]
    assert plan.evaluate(at(90, standing_spell=90 * MINUTE, **standing)) == []
    assert fires(plan.evaluate(at(91, standing_spell=91 * MINUTE, **standing))) == [
        (SIT, 1)
    ]


def test_next_due_skips_a_nudge_already_active() -> None:
    plan = planner()
    nudged_to_stand(plan)
    assert plan.next_due(seated(31)) == START + timedelta(minutes=60)
    plan.evaluate(seated(60))
    assert plan.next_due(seated(61)) is None


def test_next_due_is_not_before_the_snooze_ends() -> None:
    plan = planner()
    plan.snooze(seated(10), START + timedelta(minutes=45))
    assert plan.next_due(seated(10)) == START + timedelta(minutes=45)
    # A snooze already over does not delay anything.
    assert plan.next_due(seated(50, occupied_run=0.0)) == START + timedelta(minutes=50)


# When to evaluate again -----------------------------------------------------------------------


def test_next_check_is_when_the_next_nudge_is_due() -> None:
    plan = planner()
    assert plan.next_check(seated(10)) == START + timedelta(minutes=30)


def test_next_check_is_none_when_nothing_can_happen_by_itself() -> None:
    plan = planner()
    assert plan.next_check(at(10, posture=Posture.AWAY)) is None


def test_next_check_is_the_next_repeat() -> None:
    plan = planner(move_interval=timedelta(hours=8))
    nudged_to_stand(plan)
    assert plan.next_check(seated(31)) == START + timedelta(minutes=40)


def test_next_check_skips_repeats_after_the_last_level() -> None:
    plan = planner(move_interval=timedelta(hours=8))
    for minute in (30, 40, 50):
        plan.evaluate(seated(minute))
    # Only the move nudge is left to come due, after 8 hours at the desk.
    assert plan.next_check(seated(51, posture=Posture.STANDING)) == START + timedelta(
        hours=8
    )


def test_next_check_while_standing_is_when_the_move_nudge_is_due() -> None:
    plan = planner()
    standing = seated(40, posture=Posture.STANDING, sitting_bout=0.0)
    assert plan.next_check(standing) == START + timedelta(minutes=60)
    at_the_hour = seated(60, posture=Posture.STANDING, sitting_bout=0.0)
    assert fires(plan.evaluate(at_the_hour)) == [(MOVE, 1)]
    # A nudge off is never due, standing or not.
    assert planner().next_check(replace(standing, enabled=False)) is None


def test_next_check_sitting_after_the_stretch_time_is_when_the_minimum_is_reached() -> (
    None
):
    plan = planner()
    evening = clock(17, 30, seated_today=3.5 * 3600, occupied_run=0.0)
    assert plan.next_check(evening) == clock(18, 0).now
    assert fires(plan.evaluate(clock(18, 0, seated_today=4 * 3600))) == [(STRETCH, 1)]
    # Once done today, or before its time, or not sitting: the caller's clock decides.
    assert plan.next_check(clock(18, 1, occupied_run=0.0)) == clock(18, 31).now
    assert plan.next_check(clock(16, 0, occupied_run=0.0)) == clock(16, 30).now
    assert plan.next_check(clock(17, 30, posture=Posture.STANDING)) == (
        clock(18, 30).now
    )


def test_next_check_is_when_the_core_nudge_expires() -> None:
    plan = planner()
    plan.evaluate(clock(8, 10, posture=Posture.STANDING))
    assert plan.next_check(clock(8, 11, posture=Posture.STANDING)) == clock(8, 40).now


def test_next_check_is_when_the_snooze_ends() -> None:
    plan = planner()
    plan.snooze(at(0), START + timedelta(minutes=20))
    assert plan.next_check(at(5, posture=Posture.AWAY)) == START + timedelta(minutes=20)
    assert plan.next_check(at(25, posture=Posture.AWAY)) is None


def test_next_check_is_when_a_meeting_comes_into_view() -> None:
    plan = planner()
    moment = at(0, posture=Posture.AWAY, meeting=meeting(60))
    assert plan.next_check(moment) == START + timedelta(minutes=45)
    # Once in view, the start itself is no reason to check again.
    moment = at(50, posture=Posture.AWAY, meeting=meeting(60))
    assert plan.next_check(moment) is None


# Restart ------------------------------------------------------------------------------------------


def busy_planner() -> NudgePlanner:
    plan = planner()
    plan.evaluate(clock(9, sitting_bout=30 * MINUTE, occupied_run=30 * MINUTE))
    plan.evaluate(clock(9, 10, sitting_bout=40 * MINUTE, occupied_run=60 * MINUTE))
    plan.snooze(clock(9, 11), clock(9, 20).now)
    plan.evaluate(clock(9, 20, sitting_bout=50 * MINUTE, occupied_run=70 * MINUTE))
    assert set(plan.active) == {STAND, MOVE}
    return plan


def test_a_restart_carries_on_exactly_where_it_left_off() -> None:
    plan = busy_planner()
    data = plan.as_dict()
    restored = NudgePlanner.from_dict(data, SETTINGS)
    assert restored.as_dict() == data
    assert restored.today == plan.today
    assert restored.snoozed_until == plan.snoozed_until
    later = [
        clock(9, 30, sitting_bout=60 * MINUTE, occupied_run=80 * MINUTE),
        clock(9, 40, posture=Posture.STANDING, not_sitting_run=300.0),
        clock(17, seated_today=5 * 60 * MINUTE),
    ]
    for moment in later:
        assert restored.evaluate(moment) == plan.evaluate(moment)
    assert restored.as_dict() == plan.as_dict()


def test_a_fresh_planner_survives_a_restart() -> None:
    data = planner().as_dict()
    assert data["today"] is None
    assert data["snoozed_until"] is None
    restored = NudgePlanner.from_dict(data, SETTINGS)
    assert restored.as_dict() == data
    assert restored.today is None


def test_a_nudge_with_an_exercise_no_longer_known_shows_another_after_a_restart() -> (
    None
):
    """A personal exercise removed while its nudge shows: the nudge carries on."""
    data = busy_planner().as_dict()
    for item in data["active"]:
        if item["kind"] == STAND:
            item["exercise"] = "retired_exercise"
    restored = NudgePlanner.from_dict(data, SETTINGS)
    original = NudgePlanner.from_dict(busy_planner().as_dict(), SETTINGS)
    assert set(restored.active) == set(original.active) == {STAND, MOVE}
    first_stand = next(e for e in EXERCISES if e.kind is STAND)
    assert restored.active[STAND].exercise == first_stand
    assert restored.last is original.last
    # The episodes are remembered: no level is fired twice.
    moment = clock(9, 30, sitting_bout=60 * MINUTE, occupied_run=80 * MINUTE)
    assert [(o.kind, getattr(o, "level", None)) for o in restored.evaluate(moment)] == [
        (o.kind, getattr(o, "level", None)) for o in original.evaluate(moment)
    ]


def test_a_restored_nudge_resolves_even_before_the_day_is_known() -> None:
    data = busy_planner().as_dict()
    data["today"] = None
    restored = NudgePlanner.from_dict(data, SETTINGS)
    outcomes = restored.complete(clock(9, 25), STAND)
    assert ends(outcomes) == [(STAND, Resolution.DONE, 5 * MINUTE)]
    assert restored.today is None
    outcomes = restored.took_break(clock(9, 26), clock(9, 30).now)
    assert ends(outcomes) == [(MOVE, Resolution.BREAK, 6 * MINUTE)]
    assert restored.today is None


# Properties -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One thing the planner is told, relative to the step before."""

    minutes: int
    posture: Posture | None
    sitting_bout: int
    new_bout: bool
    new_break: bool
    occupied_run: int
    not_sitting_run: int
    seated_hours: int
    enabled: bool
    active: bool
    busy: bool
    meeting_in: int | None
    action: str
    kind: NudgeKind
    for_minutes: int


def mostly(value: bool, odds: int) -> st.SearchStrategy[bool]:
    """`value` except one time in `odds`."""
    return st.integers(1, odds).map(lambda draw: value if draw > 1 else not value)


STEPS = st.builds(
    Step,
    minutes=st.sampled_from([0, 1, 2, 5, 9, 10, 11, 20, 30, 60, 300]),
    posture=st.sampled_from([*Posture, None]),
    sitting_bout=st.sampled_from([0, 10, 29, 30, 45, 90, 200]),
    new_bout=st.booleans(),
    new_break=mostly(False, 5),
    occupied_run=st.sampled_from([0, 30, 59, 60, 120]),
    not_sitting_run=st.sampled_from([0, 1, 5, 30]),
    seated_hours=st.sampled_from([0, 3, 4, 6]),
    enabled=mostly(True, 10),
    active=mostly(True, 6),
    busy=mostly(False, 6),
    meeting_in=st.none() | st.integers(-10, 60),
    action=st.sampled_from(["evaluate"] * 6 + ["snooze", "break", "complete"]),
    kind=st.sampled_from(list(NudgeKind)),
    for_minutes=st.sampled_from([1, 10, 30]),
)
COMPLIANT = (Resolution.STOOD, Resolution.BREAK, Resolution.LEFT)


@settings(max_examples=300, deadline=None)
@given(st.lists(STEPS, min_size=1, max_size=40), st.booleans())
def test_nudges_escalate_one_level_at_a_time_and_are_counted(
    sequence: list[Step], core_enabled: bool
) -> None:
    plan = planner(core_enabled=core_enabled)
    now = datetime(2025, 3, 3, 7, 30, tzinfo=UTC)
    bout_id = breaks = 0
    levels: dict[tuple[NudgeKind, int], int] = {}
    once: set[tuple[NudgeKind, object]] = set()
    active: dict[NudgeKind, int] = {}
    counted_day = None
    fired = desk = compliant = 0
    for step in sequence:
        now += timedelta(minutes=step.minutes)
        # Bouts and breaks are counted, never taken back.
        bout_id += step.new_bout
        breaks += step.new_break
        moment = situation(
            now,
            posture=step.posture,
            sitting_bout=step.sitting_bout * MINUTE,
            bout_id=bout_id,
            breaks_total=breaks,
            occupied_run=step.occupied_run * MINUTE,
            not_sitting_run=step.not_sitting_run * MINUTE,
            seated_today=step.seated_hours * 3600.0,
            enabled=step.enabled,
            active=step.active,
            busy=step.busy,
            meeting=None
            if step.meeting_in is None
            else (
                now + timedelta(minutes=step.meeting_in),
                now + timedelta(minutes=step.meeting_in + 30),
            ),
        )
        until = now + timedelta(minutes=step.for_minutes)
        snoozed_before = plan.snoozed_until
        match step.action:
            case "snooze":
                outcomes = plan.snooze(moment, until)
            case "break":
                outcomes = plan.took_break(moment, until)
            case "complete":
                outcomes = plan.complete(moment, step.kind)
            case _:
                outcomes = plan.evaluate(moment)
        if plan.today is not None and plan.today.day != counted_day:
            counted_day = plan.today.day
            fired = desk = compliant = 0
        for outcome in outcomes:
            if isinstance(outcome, Resolved):
                assert outcome.kind in active, "only an active nudge resolves"
                del active[outcome.kind]
                assert outcome.response_seconds >= 0
                if outcome.kind in (STAND, MOVE) and outcome.how in COMPLIANT:
                    compliant += outcome.response_seconds <= SETTINGS.repeat.seconds
                if outcome.kind is STAND and outcome.how is Resolution.DONE:
                    # Done closes it for the bout: a later one starts at level 1.
                    levels.pop((STAND, bout_id), None)
                continue
            assert step.action == "evaluate"
            assert moment.enabled
            assert snoozed_before is None or now >= snoozed_before
            assert 1 <= outcome.level <= MAX_LEVEL
            assert outcome.exercise.kind is outcome.kind
            fired += 1
            if outcome.kind in (STAND, MOVE):
                assert moment.posture in (Posture.SITTING, Posture.STANDING)
                assert moment.active
                assert not moment.busy
                # Each episode climbs one level at a time, snoozed or not.
                episode = bout_id if outcome.kind is STAND else breaks
                assert outcome.level == levels.get((outcome.kind, episode), 0) + 1
                levels[outcome.kind, episode] = outcome.level
                desk += outcome.level == 1
                if outcome.kind in active:
                    assert active[outcome.kind] == outcome.level - 1
            else:
                assert outcome.level == 1
                assert outcome.kind not in active
                assert (outcome.kind, moment.today) not in once, "once a day"
                once.add((outcome.kind, moment.today))
            if outcome.kind is STAND:
                assert moment.posture is Posture.SITTING
            active[outcome.kind] = outcome.level
        assert active == {kind: item.level for kind, item in plan.active.items()}
        if plan.today is not None:
            assert (plan.today.fired, plan.today.desk_nudges) == (fired, desk)
            assert plan.today.compliant == compliant
        check = plan.next_check(moment)
        assert check is None or check > now
        due = plan.next_due(moment)
        assert due is None or due >= now
    data = plan.as_dict()
    assert NudgePlanner.from_dict(data, plan.settings).as_dict() == data
    assert {item["exercise"] for item in data["active"]} <= {
        exercise.key for exercise in EXERCISES
    }


def test_the_nudge_shown_last_is_still_shown_after_a_restart() -> None:
    nudges = planner(
        sit_limit=timedelta(minutes=30), move_interval=timedelta(minutes=35)
    )
    nudges.evaluate(seated(30))  # stand, level 1
    nudges.evaluate(seated(35))  # move, level 1
    nudges.evaluate(seated(40))  # stand, level 2: the newest again
    assert nudges.last is STAND
    restored = NudgePlanner.from_dict(nudges.as_dict(), nudges.settings)
    assert restored.last is STAND


# Answers ------------------------------------------------------------------------------


def test_done_closes_the_stand_nudge_for_a_full_sit_limit_of_the_same_bout() -> None:
    plan = planner(move_interval=timedelta(hours=8))
    nudged_to_stand(plan)
    assert ends(plan.complete(seated(31), STAND)) == [(STAND, Resolution.DONE, MINUTE)]
    # Still sitting, as the sensors say: nothing comes straight back.
    assert plan.evaluate(seated(31)) == []
    assert plan.evaluate(seated(60)) == []
    assert plan.next_due(seated(60)) == START + timedelta(minutes=61)
    # A full sit limit after the Done, a new stand nudge, at level 1 again.
    assert fires(plan.evaluate(seated(61))) == [(STAND, 1)]


def test_done_on_one_bout_does_not_delay_the_next_bout() -> None:
    plan = planner()
    nudged_to_stand(plan)
    plan.complete(seated(31), STAND)
    next_bout = at(70, sitting_bout=30 * MINUTE, bout_id=2, occupied_run=0.0)
    assert fires(plan.evaluate(next_bout)) == [(STAND, 1)]


def test_each_nudge_has_an_id_its_repeats_keep_and_answers_can_name() -> None:
    plan = planner()
    first = plan.evaluate(seated(30))[0]
    repeat = plan.evaluate(seated(40))[0]
    assert isinstance(first, Fired)
    assert isinstance(repeat, Fired)
    assert repeat.nudge_id == first.nudge_id
    assert plan.kind_of(first.nudge_id) is STAND
    (resolved,) = plan.evaluate(at(45, posture=Posture.STANDING, sitting_bout=0.0))
    assert isinstance(resolved, Resolved)
    assert resolved.nudge_id == first.nudge_id
    assert plan.kind_of(first.nudge_id) is None
    # The next stand nudge is another one.
    later = plan.evaluate(at(90, sitting_bout=30 * MINUTE, bout_id=2))[0]
    assert isinstance(later, Fired)
    assert later.nudge_id != first.nudge_id


def test_turning_nudges_off_ends_a_showing_nudge_as_off() -> None:
    plan = planner()
    nudged_to_stand(plan)
    assert ends(plan.evaluate(seated(32, enabled=False))) == [
        (STAND, Resolution.OFF, 2 * MINUTE)
    ]
    assert plan.active == {}
    assert stats(plan).compliant == 0


def test_a_snooze_keeps_a_longer_break_in_force() -> None:
    plan = planner()
    plan.took_break(at(0), START + timedelta(minutes=60))
    plan.snooze(at(1), START + timedelta(minutes=16))
    assert plan.snoozed_until == START + timedelta(minutes=60)


def test_a_nudge_still_within_its_repeat_time_is_not_yet_missed() -> None:
    plan = planner()
    nudged_to_stand(plan)
    plan.evaluate(seated(30.5))
    # Fired 30 s ago and still open: neither answered nor missed.
    assert stats(plan).compliance is None
    assert fires(plan.evaluate(seated(40, occupied_run=0.0))) == [(STAND, 2)]
    # Its repeat time passed unanswered: missed.
    assert stats(plan).compliance == 0.0
    plan.evaluate(at(45, posture=Posture.STANDING, not_sitting_run=2 * MINUTE))
    # Answered late: still one nudge, still missed.
    assert (stats(plan).decided, stats(plan).compliance) == (1, 0.0)


def test_a_nudge_answered_in_time_counts_once_it_is_answered() -> None:
    plan = planner()
    nudged_to_stand(plan)
    plan.evaluate(at(33, posture=Posture.STANDING, not_sitting_run=2 * MINUTE))
    assert (stats(plan).decided, stats(plan).compliance) == (1, 100.0)


# Seconds summed from many spans --------------------------------------------------------


def _drifted(total_seconds: float, pieces: int) -> float:
    """`total_seconds` summed from `pieces` equal floats, as a day's spans add up."""
    summed = 0.0
    for _ in range(pieces):
        summed += total_seconds / pieces
    return summed


def test_a_bout_summed_a_hair_short_of_the_limit_still_nudges_at_the_limit() -> None:
    plan = planner()
    bout = _drifted(30 * MINUTE, 18_000)  # a reading every 0.1 s
    assert bout < 30 * MINUTE  # what the float sum gives
    assert plan.next_check(seated(20, sitting_bout=bout - 10 * MINUTE)) == at(30).now
    assert fires(plan.evaluate(seated(30, sitting_bout=bout))) == [(STAND, 1)]


def test_a_seated_day_summed_a_hair_short_still_brings_the_stretch() -> None:
    plan = planner()
    seated_today = _drifted(4 * 3600, 36_000)  # a reading every 0.4 s
    assert seated_today < 4 * 3600
    assert fires(plan.evaluate(clock(18, seated_today=seated_today))) == [(STRETCH, 1)]


@given(
    limit_minutes=st.integers(min_value=1, max_value=120),
    pieces=st.integers(min_value=1, max_value=5_000),
)
def test_the_check_scheduled_for_a_desk_nudge_fires_it(
    limit_minutes: int, pieces: int
) -> None:
    """Whatever the float sum of the bout, the check at its due instant fires it."""
    plan = planner(
        sit_limit=timedelta(minutes=limit_minutes), move_interval=timedelta(hours=8)
    )
    bout = _drifted(limit_minutes * MINUTE / 2, pieces)
    halfway = seated(limit_minutes / 2, sitting_bout=bout, occupied_run=0.0)
    due = plan.next_check(halfway)
    assert due is not None
    left = (due - halfway.now).total_seconds()
    later = replace(halfway, now=due, sitting_bout=bout + left)
    assert fires(plan.evaluate(later)) == [(STAND, 1)]
