"""The title and message of a nudge, ready for a notification or a speaker."""

from __future__ import annotations

from .engine.exercises import NudgeKind
from .engine.nudges import Fired

# Below a nudge in Home Assistant's notifications: where to answer it.
ANSWER_HINT = (
    "Answer with **Done** or **Snooze** on the workstation's device page, or with "
    "the buttons on your dashboard."
)


def nudge_text(
    fired: Fired, *, bout: int, seated: int, at_desk: int, spell: int = 0
) -> tuple[str, str]:
    """Return (title, message) for a nudge; figures are in minutes."""
    exercise = fired.exercise
    steps = " ".join(exercise.steps)
    match fired.kind:
        case NudgeKind.STAND:
            # Standing alone does little for the back: the ask is to stand and move.
            return (
                "Time to stand up",
                f"You have been sitting for {bout} min. Stand up and move for a minute: "
                f"{exercise.name}. {steps}",
            )
        case NudgeKind.SIT:
            return (
                "Time to sit or move",
                f"You have been standing for {spell} min. Sit down, or move a little: "
                f"{exercise.name}. {steps}",
            )
        case NudgeKind.MOVE:
            return (
                f"Mobility break: {exercise.name}",
                f"{at_desk} min at the desk without a break. {steps}",
            )
        case NudgeKind.STRETCH:
            return (
                f"Evening stretch: {exercise.name}",
                f"You sat for {seated} min today. {steps}",
            )
        case NudgeKind.CORE:
            return (f"Morning core: {exercise.name}", steps)
