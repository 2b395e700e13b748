"""The guided routines: their steps, sides and levels, and each step at its exact second."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.backcare.engine.exercises import (
    CATALOGUE,
    EXERCISES,
    ROUTINE_EXERCISES,
)
from custom_components.backcare.engine.routines import (
    CORE_LEVELS,
    EVENING,
    MOBILITY,
    Result,
    Routine,
    RoutineEnded,
    RoutinePlayer,
    RoutineRun,
    Side,
    StepStarted,
    core_routine,
    routine_steps,
)

START = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


def keys(steps) -> list[tuple[str, Side | None]]:
    return [(step.exercise.key, step.side) for step in steps]


def test_the_evening_routine_stretches_each_side_for_thirty_seconds() -> None:
    assert keys(EVENING) == [
        ("belly_breathing", None),
        ("hip_flexor_stretch", Side.LEFT),
        ("hip_flexor_stretch", Side.RIGHT),
        ("glute_stretch", Side.LEFT),
        ("glute_stretch", Side.RIGHT),
        ("hamstring_stretch", Side.LEFT),
        ("hamstring_stretch", Side.RIGHT),
        ("thoracic_rotation", Side.LEFT),
        ("thoracic_rotation", Side.RIGHT),
        ("child_pose", None),
        ("foam_rolling", None),
    ]
    assert EVENING[0].seconds == 60
    assert all(step.seconds == 30 for step in EVENING[1:7])
    assert EVENING[7].repetitions == 8
    # Not everyone has a foam roller: it comes last.
    assert EVENING[-1].exercise.key == "foam_rolling"


def test_core_level_1_is_breathing_and_ten_pelvic_tilts() -> None:
    steps = core_routine(1)
    assert keys(steps) == [("belly_breathing", None), ("pelvic_tilt", None)]
    assert steps[0].seconds == 60
    assert steps[0].repetitions is None
    assert steps[1].repetitions == 10


def test_core_level_2_adds_eight_dead_bugs_per_side() -> None:
    steps = core_routine(2)
    assert keys(steps)[:2] == keys(core_routine(1))
    assert keys(steps)[2:] == [("dead_bug", Side.LEFT), ("dead_bug", Side.RIGHT)]
    assert {step.repetitions for step in steps[2:]} == {8}


def test_core_level_3_extends_the_leg_and_adds_a_side_plank_per_side() -> None:
    assert keys(core_routine(3)) == [
        ("belly_breathing", None),
        ("pelvic_tilt", None),
        ("dead_bug_leg_extension", Side.LEFT),
        ("dead_bug_leg_extension", Side.RIGHT),
        ("side_plank", Side.LEFT),
        ("side_plank", Side.RIGHT),
    ]


def test_the_core_routine_is_level_1_unless_told() -> None:
    assert core_routine() == core_routine(1) == routine_steps(Routine.CORE)
    assert routine_steps(Routine.CORE, 3) == core_routine(3)
    assert CORE_LEVELS == (1, 2, 3)


@pytest.mark.parametrize("level", [0, 4, -1])
def test_there_is_no_core_level_outside_1_to_3(level: int) -> None:
    with pytest.raises(ValueError, match="no core level"):
        core_routine(level)


def test_the_mobility_routine_moves_and_never_holds() -> None:
    assert routine_steps(Routine.MOBILITY) == MOBILITY
    assert all(step.repetitions for step in MOBILITY)
    assert {step.exercise.key for step in MOBILITY} <= {e.key for e in EXERCISES}


@pytest.mark.parametrize("routine", list(Routine))
def test_two_sided_exercises_run_left_then_right_for_the_same_time(
    routine: Routine,
) -> None:
    steps = routine_steps(routine, 3)
    for index, step in enumerate(steps):
        assert (step.side is not None) == step.exercise.sides
        if step.side is Side.LEFT:
            following = steps[index + 1]
            assert following.exercise == step.exercise
            assert following.side is Side.RIGHT
            assert following.seconds == step.seconds
            assert following.repetitions == step.repetitions


def test_every_routine_step_is_an_exercise_of_the_catalogue() -> None:
    used = {
        step.exercise.key
        for routine in Routine
        for level in CORE_LEVELS
        for step in routine_steps(routine, level)
    }
    assert {exercise.key for exercise in ROUTINE_EXERCISES} <= used
    assert used <= set(CATALOGUE)
    assert len(CATALOGUE) == len(EXERCISES) + len(ROUTINE_EXERCISES)


def test_each_step_starts_at_its_exact_second() -> None:
    run = RoutineRun(Routine.EVENING, EVENING, START)
    offset = 0
    for number, step in enumerate(EVENING, start=1):
        starts = START + timedelta(seconds=offset)
        if number > 1:
            # A microsecond before it starts, the step before is still shown.
            before = run.shown(starts - timedelta(microseconds=1))
            assert before is not None
            assert before.number == number - 1
        shown = run.shown(starts)
        assert shown is not None
        assert shown.number == number
        assert shown.total == len(EVENING)
        assert shown.step == step
        assert shown.starts == starts
        assert shown.remaining_seconds(starts) == step.seconds
        assert shown.remaining_seconds(starts + timedelta(seconds=1)) == (
            step.seconds - 1
        )
        offset += step.seconds
    assert run.ends == START + timedelta(seconds=offset)
    assert run.shown(run.ends - timedelta(microseconds=1)) is not None
    assert run.shown(run.ends) is None


def test_a_player_says_each_step_as_it_starts_then_completes() -> None:
    player = RoutinePlayer()
    said = player.start(Routine.CORE, core_routine(2), START)
    assert said == [StepStarted(Routine.CORE, player.run.step(1))]  # type: ignore[union-attr]
    timeline = [0, 60, 100, 140]
    for number, second in enumerate(timeline[1:], start=2):
        at = START + timedelta(seconds=second)
        assert player.next_at == at
        # Nothing new a second early.
        assert player.advance(at - timedelta(seconds=1)) == []
        (started,) = player.advance(at)
        assert isinstance(started, StepStarted)
        assert started.shown.number == number
        assert player.showing == started.shown
        assert player.advance(at) == []
    end = START + timedelta(seconds=180)
    assert player.next_at == end
    assert player.advance(end) == [RoutineEnded(Routine.CORE, Result.COMPLETED)]
    assert player.run is None
    assert player.next_at is None
    assert player.advance(end + timedelta(minutes=5)) == []


def test_a_stopped_run_says_nothing_more() -> None:
    player = RoutinePlayer()
    player.start(Routine.EVENING, EVENING, START)
    assert player.stop() == [RoutineEnded(Routine.EVENING, Result.STOPPED)]
    assert player.next_at is None
    assert player.showing is None
    assert player.advance(START + timedelta(seconds=70)) == []
    assert player.stop() == []


def test_a_second_start_restarts_the_routine_instead_of_running_two() -> None:
    player = RoutinePlayer()
    player.start(Routine.EVENING, EVENING, START)
    later = START + timedelta(seconds=95)
    player.advance(START + timedelta(seconds=90))
    outcomes = player.start(Routine.CORE, core_routine(1), later)
    assert outcomes[0] == RoutineEnded(Routine.EVENING, Result.STOPPED)
    assert isinstance(outcomes[1], StepStarted)
    assert outcomes[1].routine is Routine.CORE
    assert outcomes[1].shown.number == 1
    assert outcomes[1].shown.starts == later
    assert player.next_at == later + timedelta(seconds=60)


def test_a_late_call_says_only_the_step_shown_then_not_each_one_missed() -> None:
    player = RoutinePlayer()
    player.start(Routine.EVENING, EVENING, START)
    (started,) = player.advance(START + timedelta(seconds=125))
    assert isinstance(started, StepStarted)
    assert started.shown.number == 4
    assert player.next_at == START + timedelta(seconds=150)
    assert player.advance(START + timedelta(hours=1)) == [
        RoutineEnded(Routine.EVENING, Result.COMPLETED)
    ]


def test_a_routine_needs_steps() -> None:
    with pytest.raises(ValueError, match="at least one step"):
        RoutineRun(Routine.CORE, (), START)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(list(Routine)),
    st.sampled_from(CORE_LEVELS),
    st.lists(st.integers(min_value=0, max_value=30_000), max_size=20),
)
def test_steps_are_said_in_order_once_each_and_the_run_ends_once(
    routine: Routine, level: int, offsets_ms: list[int]
) -> None:
    """Whenever the player is called, steps come in order, none twice, one end."""
    steps = routine_steps(routine, level)
    player = RoutinePlayer()
    outcomes = player.start(routine, steps, START)
    now = START
    for offset in sorted(offsets_ms):
        now = START + timedelta(milliseconds=offset * 20)
        outcomes += player.advance(now)
    while (at := player.next_at) is not None:
        outcomes += player.advance(at)
    numbers = [o.shown.number for o in outcomes if isinstance(o, StepStarted)]
    assert numbers == sorted(set(numbers))
    assert numbers[0] == 1
    assert outcomes[-1] == RoutineEnded(routine, Result.COMPLETED)
    assert sum(isinstance(o, RoutineEnded) for o in outcomes) == 1
