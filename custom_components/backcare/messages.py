"""The title and message of a nudge, ready for a notification or a speaker."""

from __future__ import annotations

from .engine.exercises import Exercise
from .engine.nudges import Fired
from .engine.personal import PersonalExercise
from .texts import ExerciseWords, exercise_words, text


def words_of(language: str, exercise: Exercise) -> ExerciseWords:
    """Return an exercise's name and steps: a personal one's as its author wrote them."""
    if isinstance(exercise, PersonalExercise):
        return ExerciseWords(exercise.name, exercise.steps)
    return exercise_words(language, exercise.key)


def nudge_text(
    language: str,
    fired: Fired,
    *,
    bout: int,
    seated: int,
    at_desk: int,
    spell: int = 0,
) -> tuple[str, str]:
    """Return (title, message) for a nudge in `language`; figures are in minutes."""
    words = words_of(language, fired.exercise)
    # Standing alone does little for the back: the stand nudge asks to stand and move.
    values = {
        "name": words.name,
        "steps": " ".join(words.steps),
        "bout": bout,
        "seated": seated,
        "at_desk": at_desk,
        "spell": spell,
    }
    kind = fired.kind.value
    return (
        text(language, f"{kind}_title", **values),
        text(language, f"{kind}_message", **values),
    )


def answer_hint(language: str) -> str:
    """Return where to answer a nudge, below it in Home Assistant's notifications."""
    return text(language, "answer_hint")
