"""The exercise catalogue and the rotation that picks what each nudge suggests."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.backcare.engine.exercises import (
    EXERCISES,
    ExerciseRotation,
    NudgeKind,
)


def test_the_catalogue_has_at_least_twelve_exercises() -> None:
    assert len(EXERCISES) >= 12


def test_exercise_keys_are_unique() -> None:
    keys = [exercise.key for exercise in EXERCISES]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("kind", list(NudgeKind))
def test_every_nudge_kind_has_at_least_two_exercises(kind: NudgeKind) -> None:
    assert Counter(exercise.kind for exercise in EXERCISES)[kind] >= 2


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda exercise: exercise.key)
def test_every_exercise_has_a_key_and_a_duration(exercise) -> None:
    # Its words, in each language, are in the texts catalogue (tests/test_texts.py).
    assert exercise.key.strip()
    assert exercise.duration_seconds > 0


@pytest.mark.parametrize("kind", list(NudgeKind))
def test_the_rotation_goes_through_every_exercise_of_a_kind(kind: NudgeKind) -> None:
    choices = [exercise for exercise in EXERCISES if exercise.kind is kind]
    rotation = ExerciseRotation()
    suggested = [rotation.next(kind) for _ in choices]
    assert suggested == choices
    # ...and starts again from the first.
    assert rotation.next(kind) == choices[0]


def test_the_rotation_remembers_what_it_suggested_last() -> None:
    rotation = ExerciseRotation()
    exercise = rotation.next(NudgeKind.STAND)
    assert rotation.last_key == exercise.key


def test_the_rotation_carries_on_after_a_restart() -> None:
    first = ExerciseRotation()
    first.next(NudgeKind.MOVE)
    restored = ExerciseRotation(first.recent)
    assert restored.next(NudgeKind.MOVE) == first.next(NudgeKind.MOVE)


def test_an_unknown_saved_exercise_starts_the_rotation_afresh() -> None:
    rotation = ExerciseRotation(["no_longer_exists"])
    first = next(exercise for exercise in EXERCISES if exercise.kind is NudgeKind.CORE)
    assert rotation.next(NudgeKind.CORE) == first


def test_each_kind_rotates_even_when_nudges_of_other_kinds_come_between() -> None:
    rotation = ExerciseRotation()
    stands = []
    for _ in range(3):
        stands.append(rotation.next(NudgeKind.STAND).key)
        rotation.next(NudgeKind.MOVE)
    assert len(set(stands)) == 3
    restored = ExerciseRotation(rotation.recent)
    assert restored.last_key == rotation.last_key
    assert restored.next(NudgeKind.STAND) == rotation.next(NudgeKind.STAND)


@pytest.mark.parametrize("kind", list(NudgeKind))
def test_the_suggestion_matches_the_kind_of_nudge(kind: NudgeKind) -> None:
    rotation = ExerciseRotation()
    assert all(rotation.next(kind).kind is kind for _ in range(5))


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([None, *(exercise.key for exercise in EXERCISES)]),
    st.lists(st.sampled_from(list(NudgeKind)), min_size=1, max_size=30),
)
def test_two_nudges_in_a_row_never_suggest_the_same_exercise(
    start: str | None, kinds: list[NudgeKind]
) -> None:
    rotation = ExerciseRotation([start] if start else [])
    previous = start
    for kind in kinds:
        exercise = rotation.next(kind)
        assert exercise.kind is kind
        assert exercise.key != previous
        previous = exercise.key
