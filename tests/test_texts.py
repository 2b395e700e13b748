"""The texts catalogue: every text in every language, with the same placeholders."""

from __future__ import annotations

from string import Formatter

import pytest

from custom_components.backcare.engine.exercises import CATALOGUE, EXERCISES, NudgeKind
from custom_components.backcare.engine.nudges import Fired
from custom_components.backcare.engine.routines import (
    CORE_LEVELS,
    Routine,
    routine_steps,
)
from custom_components.backcare.messages import answer_hint, nudge_text
from custom_components.backcare.texts import (
    EXERCISE_WORDS,
    MESSAGES,
    ROUTINE_STEPS,
    exercise_words,
    routine_step_words,
    text_language,
)

LANGUAGES = ("en", "de", "nl", "fr", "es")
OTHERS = [language for language in LANGUAGES if language != "en"]
STATIC_HOLD_WORDS = ("hold", "plank", "stretch", "static", "isometric", "wall")


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(template) if field}


def test_backcare_writes_in_five_languages() -> None:
    assert set(MESSAGES) == set(EXERCISE_WORDS) == set(ROUTINE_STEPS)
    assert set(MESSAGES) == set(LANGUAGES)


@pytest.mark.parametrize("language", OTHERS)
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    english = MESSAGES["en"]
    assert set(MESSAGES[language]) == set(english)
    for key, template in MESSAGES[language].items():
        assert template.strip(), key
        assert placeholders(template) == placeholders(english[key]), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_exercise_has_a_name_and_steps_in_every_language(language: str) -> None:
    words = EXERCISE_WORDS[language]
    assert set(words) == set(CATALOGUE)
    kinds = {key: exercise.kind for key, exercise in CATALOGUE.items()}
    for key, (name, steps) in words.items():
        assert name.strip(), key
        if kinds[key] is NudgeKind.POSTURE:
            # A cue is said in one breath, on a speaker as much as on a screen.
            assert len(steps) == 1, key
            assert len(steps[0]) <= 100, key
        else:
            assert 2 <= len(steps) <= 5, key
        # A step left out of a translation is a step nobody does.
        assert len(steps) == len(EXERCISE_WORDS["en"][key][1]), key
        for step in (name, *steps):
            assert step.strip(), key
            # The words go into a message: a brace would break its formatting.
            assert "{" not in step, key
            assert "}" not in step, key


@pytest.mark.parametrize(
    "key",
    [exercise.key for exercise in EXERCISES if exercise.kind is NudgeKind.MOVE],
)
def test_move_nudges_suggest_dynamic_movement_not_static_holds(key: str) -> None:
    name = exercise_words("en", key).name.lower()
    for word in STATIC_HOLD_WORDS:
        assert word not in key
        assert word not in name


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("en", "en"),
        ("de", "de"),
        ("de-CH", "de"),
        ("nl-BE", "nl"),
        ("fr_CA", "fr"),
        ("ES", "es"),
        ("pt-BR", "en"),
        ("ja", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_the_language_is_hass_s_own_or_english(tag: str | None, language: str) -> None:
    assert text_language(tag) == language


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda exercise: exercise.key)
def test_every_nudge_reads_whole_in_every_language(language: str, exercise) -> None:
    fired = Fired(exercise.kind, 1, exercise, f"{exercise.kind}-1")
    title, message = nudge_text(
        language, fired, bout=31, seated=240, at_desk=62, spell=46
    )
    words = exercise_words(language, exercise.key)
    assert title.strip()
    assert "{" not in title + message
    assert words.steps[-1] in message
    assert words.name in title + message
    assert answer_hint(language).strip()


def test_the_figures_are_in_the_message_in_every_language() -> None:
    for language in LANGUAGES:
        for kind, figure in (
            (NudgeKind.STAND, "31"),
            (NudgeKind.SIT, "46"),
            (NudgeKind.MOVE, "62"),
            (NudgeKind.STRETCH, "240"),
        ):
            exercise = next(e for e in EXERCISES if e.kind is kind)
            fired = Fired(kind, 1, exercise, f"{kind}-1")
            _, message = nudge_text(
                language, fired, bout=31, seated=240, at_desk=62, spell=46
            )
            assert figure in message, (language, kind)


ROUTINE_STEP_KEYS = {
    (step.exercise.key, step.repetitions is None)
    for routine in Routine
    for level in CORE_LEVELS
    for step in routine_steps(routine, level)
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_routine_step_is_said_in_every_language(language: str) -> None:
    said = ROUTINE_STEPS[language]
    assert set(said) == {key for key, _ in ROUTINE_STEP_KEYS}
    for key, hold in ROUTINE_STEP_KEYS:
        # A hold says its seconds, repetitions their count, in every language alike.
        assert placeholders(said[key]) == ({"seconds"} if hold else {"count"}), key
        assert placeholders(said[key]) == placeholders(ROUTINE_STEPS["en"][key])
        words = routine_step_words(language, key, seconds=45, count=12)
        assert ("45" if hold else "12") in words
        assert "{" not in words
