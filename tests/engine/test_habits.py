"""The standing goal: streak of active days it was met, progression and storage."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from custom_components.backcare.engine.habits import (
    DAYS_PER_STEP,
    PROGRESSION_STEP_MINUTES,
    StandingGoal,
)

MONDAY = date(2025, 3, 3)


def day(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


def goal(
    minutes: float = 120, *, progressive: bool = False, max_minutes: float = 240
) -> StandingGoal:
    return StandingGoal(minutes, progressive, max_minutes)


def live(standing: StandingGoal, minutes_per_day: list[float | None]) -> None:
    """Mark each day active, then settle it the next day (None: the day is unknown)."""
    for offset, minutes in enumerate(minutes_per_day):
        standing.mark_active(day(offset))
        known = {} if minutes is None else {day(offset): minutes}
        standing.close_days(day(offset + 1), known)


# Streak ---------------------------------------------------------------------------


def test_each_active_day_with_the_goal_met_extends_the_streak() -> None:
    standing = goal()
    live(standing, [120, 130, 200])
    assert standing.streak == 3
    assert standing.closed_through == day(2)


def test_an_active_day_below_the_goal_resets_the_streak() -> None:
    standing = goal()
    live(standing, [120, 130, 119.9, 125])
    assert standing.streak == 1


def test_an_active_day_with_unknown_standing_time_resets_the_streak() -> None:
    standing = goal()
    live(standing, [120, 130, None])
    assert standing.streak == 0


def test_an_unknown_day_is_not_met_even_with_a_zero_goal() -> None:
    standing = goal(0)
    live(standing, [0, None])
    assert standing.streak == 0


def test_inactive_days_leave_the_streak_alone() -> None:
    standing = goal()
    live(standing, [150, 150])
    # A weekend: not active, no standing at all.
    standing.close_days(day(5), {day(2): 0, day(3): 0, day(4): 0})
    assert standing.streak == 2
    standing.mark_active(day(5))
    standing.close_days(day(6), {day(5): 121})
    assert standing.streak == 3


def test_days_missed_while_home_assistant_was_off_are_all_settled() -> None:
    standing = goal()
    live(standing, [150])
    standing.mark_active(day(1))
    standing.mark_active(day(2))
    standing.mark_active(day(3))
    # Back after three days: day 2 is no longer known.
    standing.close_days(day(4), {day(1): 150, day(3): 150})
    assert standing.streak == 1
    assert standing.closed_through == day(3)


def test_the_first_settlement_covers_every_active_day_remembered() -> None:
    standing = goal()
    standing.mark_active(day(0))
    standing.mark_active(day(1))
    standing.close_days(day(3), {day(0): 150, day(1): 150})
    assert standing.streak == 2
    assert standing.closed_through == day(2)


def test_the_first_settlement_with_nothing_active_only_moves_the_mark() -> None:
    standing = goal()
    standing.close_days(day(3), {})
    assert standing.streak == 0
    assert standing.closed_through == day(2)


def test_settling_again_the_same_day_changes_nothing() -> None:
    standing = goal()
    live(standing, [150])
    standing.close_days(day(1), {day(0): 0})
    standing.close_days(day(1), {day(0): 0})
    assert standing.streak == 1


def test_today_is_kept_active_and_past_days_are_forgotten() -> None:
    standing = goal()
    standing.mark_active(day(0))
    standing.mark_active(day(1))
    standing.close_days(day(1), {day(0): 150})
    assert standing.active_days == {day(1)}


def test_the_streak_counts_today_once_its_goal_is_met() -> None:
    standing = goal()
    live(standing, [150, 150])
    standing.mark_active(day(2))
    assert standing.streak_with_today(day(2), 119) == 2
    assert standing.streak_with_today(day(2), 120) == 3


def test_today_does_not_count_when_it_is_not_an_active_day() -> None:
    standing = goal()
    live(standing, [150])
    assert standing.streak_with_today(day(1), 500) == 1


# Progression ----------------------------------------------------------------------


def test_the_goal_grows_by_a_step_after_a_working_week_met() -> None:
    standing = goal(progressive=True)
    live(standing, [120] * (DAYS_PER_STEP - 1))
    assert standing.goal_minutes == 120
    live(standing, [120] * DAYS_PER_STEP)
    assert standing.goal_minutes == 120 + PROGRESSION_STEP_MINUTES


def test_the_goal_grows_again_after_each_further_week() -> None:
    standing = goal(progressive=True)
    live(standing, [500] * (3 * DAYS_PER_STEP))
    assert standing.streak == 3 * DAYS_PER_STEP
    assert standing.goal_minutes == 120 + 3 * PROGRESSION_STEP_MINUTES


def test_a_missed_day_restarts_the_week_towards_the_next_step() -> None:
    standing = goal(progressive=True)
    live(standing, [500, 500, 500, 500, 0, 500, 500, 500, 500])
    assert standing.goal_minutes == 120
    assert standing.streak == 4


def test_the_goal_never_grows_past_the_maximum() -> None:
    standing = goal(120, progressive=True, max_minutes=130)
    live(standing, [500] * (3 * DAYS_PER_STEP))
    assert standing.goal_minutes == 130


def test_a_fixed_goal_never_grows() -> None:
    standing = goal(progressive=False)
    live(standing, [500] * (3 * DAYS_PER_STEP))
    assert standing.goal_minutes == 120
    assert standing.streak == 3 * DAYS_PER_STEP


# Storage ----------------------------------------------------------------------------


def test_storage_round_trip_keeps_streak_mark_and_active_days() -> None:
    standing = goal(progressive=True)
    live(standing, [500] * DAYS_PER_STEP)
    standing.mark_active(day(DAYS_PER_STEP))
    data = standing.as_dict()
    restored = goal(progressive=True)
    restored.restore(data)
    assert restored.as_dict() == data
    assert restored.goal_minutes == 120 + PROGRESSION_STEP_MINUTES
    assert restored.streak == DAYS_PER_STEP
    assert restored.active_days == {day(DAYS_PER_STEP)}


def test_storage_round_trip_before_anything_was_settled() -> None:
    data = goal().as_dict()
    assert data["closed_through"] is None
    restored = goal()
    restored.restore(data)
    assert restored.closed_through is None
    assert restored.streak == 0


def test_a_progressed_goal_is_dropped_when_progression_is_turned_off() -> None:
    restored = goal(120, progressive=False)
    restored.restore({**goal().as_dict(), "goal_minutes": 180})
    assert restored.goal_minutes == 120


def test_a_progressed_goal_is_capped_by_a_lowered_maximum() -> None:
    restored = goal(120, progressive=True, max_minutes=150)
    restored.restore({**goal().as_dict(), "goal_minutes": 200})
    assert restored.goal_minutes == 150


def test_a_raised_configured_goal_wins_over_a_smaller_progressed_one() -> None:
    restored = goal(180, progressive=True, max_minutes=240)
    restored.restore({**goal().as_dict(), "goal_minutes": 135})
    assert restored.goal_minutes == 180


# Properties -------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.booleans(), st.none() | st.floats(0, 300)),
        max_size=40,
    ),
    st.booleans(),
)
def test_streak_equals_trailing_met_active_days(
    history: list[tuple[bool, float | None]], progressive: bool
) -> None:
    standing = goal(60, progressive=progressive, max_minutes=240)
    expected = 0
    expected_goal = 60.0
    for offset, (active, minutes) in enumerate(history):
        if active:
            standing.mark_active(day(offset))
            if minutes is not None and minutes >= expected_goal:
                expected += 1
                if progressive and expected % DAYS_PER_STEP == 0:
                    expected_goal = min(expected_goal + 15, 240)
            else:
                expected = 0
        known = {} if minutes is None else {day(offset): minutes}
        standing.close_days(day(offset + 1), known)
        assert standing.streak == expected
        assert standing.goal_minutes == expected_goal
        assert 60 <= standing.goal_minutes <= 240
