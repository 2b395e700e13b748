"""The exercise catalogue."""

from __future__ import annotations

from collections import Counter

import pytest

from custom_components.backcare.engine.exercises import EXERCISES, NudgeKind


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
