"""The words of a nudge: a title and a message with the figures of the moment."""

from __future__ import annotations

import pytest

from custom_components.backcare.engine.exercises import Exercise, NudgeKind
from custom_components.backcare.engine.nudges import Fired
from custom_components.backcare.messages import answer_hint, nudge_text

STEPS = (
    "Stand with hands on your hips and feet shoulder-width apart. "
    "Draw big slow circles with your hips, ten each way. "
    "Finish with ten gentle trunk rotations."
)


@pytest.mark.parametrize(
    ("kind", "title", "message"),
    [
        (
            NudgeKind.STAND,
            "Time to stand up",
            "You have been sitting for 35 min. Stand up and move for a minute: "
            f"Standing hip circles. {STEPS}",
        ),
        (
            NudgeKind.SIT,
            "Time to sit or move",
            "You have been standing for 50 min. Sit down, or move a little: "
            f"Standing hip circles. {STEPS}",
        ),
        (
            NudgeKind.MOVE,
            "Mobility break: Standing hip circles",
            f"70 min at the desk without a break. {STEPS}",
        ),
        (
            NudgeKind.STRETCH,
            "Evening stretch: Standing hip circles",
            f"You sat for 240 min today. {STEPS}",
        ),
        (NudgeKind.CORE, "Morning core: Standing hip circles", STEPS),
    ],
)
def test_each_nudge_says_what_to_do_with_the_figures_that_matter_to_it(
    kind: NudgeKind, title: str, message: str
) -> None:
    fired = Fired(kind, 1, Exercise("hip_circles", kind, 60), f"{kind}-1")
    assert nudge_text("en", fired, bout=35, seated=240, at_desk=70, spell=50) == (
        title,
        message,
    )


def test_a_nudge_in_german() -> None:
    exercise = Exercise("bird_dog", NudgeKind.MOVE, 120)
    fired = Fired(NudgeKind.MOVE, 1, exercise, "move-1")
    title, message = nudge_text("de", fired, bout=0, seated=0, at_desk=61)
    assert title == "Bewegungspause: Bird-Dog"
    assert message.startswith(
        "61 min am Schreibtisch ohne Pause. Geh in den Vierfüßlerstand, "
        "Hände unter den Schultern, Knie unter den Hüften."
    )
    assert answer_hint("de").startswith("Antworte mit **Erledigt** oder **Schlummern**")
