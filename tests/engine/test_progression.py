"""Progression for consistency: the core level up and down, today's count and the streak."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.backcare.engine.exercises import NudgeKind
from custom_components.backcare.engine.progression import (
    LAPSE_DAYS,
    MAX_LEVEL,
    UP_DAYS,
    WINDOW_DAYS,
    CoreLevel,
    ExerciseDays,
    Progress,
)

MONDAY = date(2026, 11, 23)


def _day(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


def test_the_numbers_are_the_ones_the_readme_states() -> None:
    assert (UP_DAYS, WINDOW_DAYS, LAPSE_DAYS, MAX_LEVEL) == (5, 7, 7, 3)


def test_five_session_days_within_a_week_move_the_level_up() -> None:
    core = CoreLevel()
    for offset in range(4):
        core.record(_day(offset))
    assert core.level == 1
    core.record(_day(6))  # the fifth within seven days
    assert core.level == 2


def test_sessions_spread_wider_than_the_window_do_not() -> None:
    core = CoreLevel()
    for offset in range(0, 15, 3):  # every third day: never five within seven days
        core.record(_day(offset))
    assert core.level == 1


def test_more_sessions_on_one_day_count_once() -> None:
    core = CoreLevel()
    for _ in range(6):
        core.record(MONDAY)
    assert core.level == 1


def test_each_level_needs_its_own_five_sessions_and_three_is_the_top() -> None:
    core = CoreLevel()
    levels = []
    for offset in range(20):
        core.record(_day(offset))
        levels.append(core.level)
    assert levels[4] == 2
    assert levels[8] == 2
    assert levels[9] == 3
    assert levels[-1] == MAX_LEVEL


def test_a_lapse_of_seven_whole_days_moves_the_level_down() -> None:
    core = CoreLevel(level=3)
    core.record(MONDAY)
    core.settle(_day(LAPSE_DAYS))  # seven days later: six whole days without
    assert core.level == 3
    core.settle(_day(LAPSE_DAYS + 1))  # the seven days between were all without
    assert core.level == 2
    core.settle(_day(2 * LAPSE_DAYS + 1))
    assert core.level == 1
    core.settle(_day(10 * LAPSE_DAYS))
    assert core.level == 1


def test_a_level_reached_is_kept_for_a_lapse_from_the_day_it_was_reached() -> None:
    core = CoreLevel()
    for offset in range(5):
        core.record(_day(offset))
    assert core.level == 2
    core.settle(_day(4 + LAPSE_DAYS))
    assert core.level == 2
    core.settle(_day(5 + LAPSE_DAYS))
    assert core.level == 1


def test_sessions_after_a_step_down_count_again_from_there() -> None:
    core = CoreLevel(level=2)
    core.record(MONDAY)
    core.record(_day(20))  # settles first: one step down, then counts
    assert core.level == 1
    assert core.session_days == [_day(20)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 3), min_size=1, max_size=60))
def test_the_level_stays_between_one_and_three(gaps: list[int]) -> None:
    core = CoreLevel()
    day = MONDAY
    for gap in gaps:
        day += timedelta(days=gap * 4)
        core.record(day)
        assert 1 <= core.level <= MAX_LEVEL


@settings(max_examples=200, deadline=None)
@given(st.sets(st.integers(0, 60), max_size=40))
def test_a_restored_level_goes_on_as_the_original(days: set[int]) -> None:
    original = CoreLevel()
    for offset in sorted(days):
        original.record(_day(offset))
        assert CoreLevel.from_dict(original.as_dict()) == original
    restored = CoreLevel.from_dict(original.as_dict())
    original.settle(_day(80))
    restored.settle(_day(80))
    assert restored.level == original.level


def test_today_counts_every_exercise_done_and_starts_at_zero_each_day() -> None:
    days = ExerciseDays()
    assert days.done_today(MONDAY) == 0
    days.record(MONDAY)
    days.record(MONDAY)
    assert days.done_today(MONDAY) == 2
    assert days.done_today(_day(1)) == 0


def test_the_streak_counts_days_in_a_row_and_a_day_without_breaks_it() -> None:
    days = ExerciseDays()
    for offset in range(3):
        days.record(_day(offset))
    assert days.streak(_day(2)) == 3
    # The next day, before anything is done: the run up to yesterday still stands.
    assert days.streak(_day(3)) == 3
    # A whole day without: it is over.
    assert days.streak(_day(4)) == 0
    days.record(_day(4))
    assert days.streak(_day(4)) == 1


@settings(max_examples=300, deadline=None)
@given(st.sets(st.integers(0, 40), max_size=30), st.integers(0, 45))
def test_the_streak_is_the_run_of_days_up_to_today_or_yesterday(
    active: set[int], today: int
) -> None:
    days = ExerciseDays()
    for offset in sorted(day for day in active if day <= today):
        days.record(_day(offset))
    expected = 0
    cursor = today if today in active else today - 1
    while cursor in active:
        expected += 1
        cursor -= 1
    assert days.streak(_day(today)) == expected


@pytest.mark.parametrize(
    ("kind", "counted", "session"),
    [
        (NudgeKind.STAND, False, False),
        (NudgeKind.SIT, False, False),
        (NudgeKind.MOVE, True, False),
        (NudgeKind.STRETCH, True, False),
        (NudgeKind.CORE, True, True),
    ],
)
def test_which_nudges_done_count(kind: NudgeKind, counted: bool, session: bool) -> None:
    progress = Progress()
    progress.nudge_done(kind, MONDAY)
    assert progress.days.done_today(MONDAY) == int(counted)
    assert progress.core.session_days == ([MONDAY] if session else [])


def test_a_completed_routine_counts_and_the_core_one_is_a_session() -> None:
    progress = Progress()
    progress.routine_completed(NudgeKind.STRETCH, MONDAY)
    progress.routine_completed(None, MONDAY)
    assert progress.core.session_days == []
    progress.routine_completed(NudgeKind.CORE, MONDAY)
    assert progress.days.done_today(MONDAY) == 3
    assert progress.core.session_days == [MONDAY]


def test_missing_keys_load_as_new() -> None:
    assert Progress.from_dict({}) == Progress()
    assert Progress.from_dict({"core": {"level": 2}}).core.level == 2
    with pytest.raises(ValueError, match="core level 7"):
        Progress.from_dict({"core": {"level": 7}})


def test_the_sessions_still_needed_count_down_and_slide_with_the_window() -> None:
    core = CoreLevel()
    assert core.sessions_to_level_up(MONDAY) == UP_DAYS
    for offset in range(3):
        core.record(_day(offset))
    assert core.sessions_to_level_up(_day(2)) == 2
    # A week after the first, it no longer counts.
    assert core.sessions_to_level_up(_day(7)) == 3
    assert CoreLevel(level=MAX_LEVEL).sessions_to_level_up(MONDAY) is None


def test_only_the_session_days_within_the_window_are_kept() -> None:
    core = CoreLevel(level=MAX_LEVEL)
    for offset in range(60):
        core.record(_day(offset))
    assert core.session_days == [_day(offset) for offset in range(53, 60)]
