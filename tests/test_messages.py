"""The words of a nudge: a title and a message with the figures of the moment."""

from __future__ import annotations

import pytest

from custom_components.backcare.engine.exercises import Exercise, NudgeKind
from custom_components.backcare.engine.nudges import Fired
from custom_components.backcare.messages import nudge_text


@pytest.mark.parametrize(
    ("kind", "title", "message"),
    [
        (
            NudgeKind.STAND,
            "Time to stand up",
            "You have been sitting for 35 min. Stand up and move for a minute: "
            "Hip circles. Stand tall. Circle your hips.",
        ),
        (
            NudgeKind.MOVE,
            "Mobility break: Hip circles",
            "70 min at the desk without a break. Stand tall. Circle your hips.",
        ),
        (
            NudgeKind.STRETCH,
            "Evening stretch: Hip circles",
            "You sat for 240 min today. Stand tall. Circle your hips.",
        ),
        (
            NudgeKind.CORE,
            "Morning core: Hip circles",
            "Stand tall. Circle your hips.",
        ),
    ],
)
def test_each_nudge_says_what_to_do_with_the_figures_that_matter_to_it(
    kind: NudgeKind, title: str, message: str
) -> None:
    exercise = Exercise(
        "hip_circles", "Hip circles", ("Stand tall.", "Circle your hips."), 60, kind
    )
    fired = Fired(kind, 1, exercise, f"{kind}-1")
    assert nudge_text(fired, bout=35, seated=240, at_desk=70) == (title, message)
