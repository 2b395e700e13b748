"""The title and message of a nudge, ready for a notification or a speaker."""

from __future__ import annotations

from .engine.nudges import Fired
from .texts import exercise_words, text


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
    words = exercise_words(language, fired.exercise.key)
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
