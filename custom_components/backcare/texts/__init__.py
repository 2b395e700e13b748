"""What backcare writes at run time, in each language it speaks.

The nudges' titles and messages, the notification buttons, each exercise's name and
steps, and what a guided routine says at each step. The engine defines the exercises
(key, kind, duration, sides) and the routines; their words are here, one module per
language with the same keys and placeholders, and English for any other language. The language is read when a text is made, so a change of Home
Assistant's language applies to the next nudge without a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, NamedTuple

from . import de, en, es, fr, nl

DEFAULT_LANGUAGE: Final = "en"

MESSAGES: Final[dict[str, dict[str, str]]] = {
    "en": en.MESSAGES,
    "de": de.MESSAGES,
    "nl": nl.MESSAGES,
    "fr": fr.MESSAGES,
    "es": es.MESSAGES,
}

EXERCISE_WORDS: Final[dict[str, dict[str, tuple[str, tuple[str, ...]]]]] = {
    "en": en.EXERCISES,
    "de": de.EXERCISES,
    "nl": nl.EXERCISES,
    "fr": fr.EXERCISES,
    "es": es.EXERCISES,
}


# What a guided routine says at each of its steps, by exercise key.
ROUTINE_STEPS: Final[dict[str, dict[str, str]]] = {
    "en": en.ROUTINE_STEPS,
    "de": de.ROUTINE_STEPS,
    "nl": nl.ROUTINE_STEPS,
    "fr": fr.ROUTINE_STEPS,
    "es": es.ROUTINE_STEPS,
}


class ExerciseWords(NamedTuple):
    """An exercise's name and steps in one language."""

    name: str
    steps: tuple[str, ...]


def catalogue_language(language: str | None, catalogue: Mapping[str, object]) -> str:
    """Return the language of `catalogue` for a tag such as "de-CH": its own, or English."""
    primary = (language or "").replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in catalogue else DEFAULT_LANGUAGE


def text_language(language: str | None) -> str:
    """Return the texts' language for a tag such as "de-CH": its own, or English."""
    return catalogue_language(language, MESSAGES)


def text(language: str, key: str, **values: object) -> str:
    """Return the text `key` in `language` (a catalogue's), with its values."""
    return MESSAGES[language][key].format(**values)


def exercise_words(language: str, key: str) -> ExerciseWords:
    """Return the name and steps of the exercise `key` in `language` (a catalogue's)."""
    name, steps = EXERCISE_WORDS[language][key]
    return ExerciseWords(name, steps)


def routine_step_words(language: str, key: str, *, seconds: int, count: int) -> str:
    """Return what a routine says for a step of exercise `key`: its hold or count."""
    return ROUTINE_STEPS[language][key].format(seconds=seconds, count=count)
