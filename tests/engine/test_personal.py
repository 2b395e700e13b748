"""Personal exercises: their rules, and how they are stored."""

from __future__ import annotations

import pytest

from custom_components.backcare.engine.exercises import NudgeKind
from custom_components.backcare.engine.personal import (
    PersonalExercise,
    problems,
    split_steps,
)

GOOD = {
    "name": "Clamshells",
    "steps": ("Lie on your side.", "Open the top knee ten times."),
    "duration_seconds": 90,
    "image": None,
}


def _problems(
    taken: tuple[str, ...] = ("Bird-dog",), **changes: object
) -> dict[str, str]:
    values = {**GOOD, **changes}
    return problems(
        str(values["name"]),
        values["steps"],  # type: ignore[arg-type]
        values["duration_seconds"],  # type: ignore[arg-type]
        values["image"],  # type: ignore[arg-type]
        taken,
    )


def test_a_good_exercise_has_no_problems() -> None:
    assert _problems() == {}
    assert _problems(image="/local/physio/clamshell.png") == {}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": "  "}, {"name": "name_required"}),
        ({"name": " bird-DOG "}, {"name": "exercise_name_exists"}),
        ({"steps": ()}, {"steps": "steps_required"}),
        ({"duration_seconds": 9}, {"duration_seconds": "duration_out_of_range"}),
        ({"duration_seconds": 1801}, {"duration_seconds": "duration_out_of_range"}),
        ({"image": "https://example.com/a.png"}, {"image": "image_not_local"}),
        ({"image": "/local/"}, {"image": "image_not_local"}),
        ({"image": "/local/../secrets.yaml"}, {"image": "image_not_local"}),
        ({"image": "/local/my picture.png"}, {"image": "image_not_local"}),
    ],
)
def test_each_problem_is_named_by_its_field(
    changes: dict[str, object], expected: dict[str, str]
) -> None:
    assert _problems(**changes) == expected


def test_the_limits_themselves_are_fine() -> None:
    assert _problems(duration_seconds=10) == {}
    assert _problems(duration_seconds=1800) == {}


def test_steps_are_typed_one_per_line() -> None:
    assert split_steps(" Lie down.\n\n  Breathe.  \n") == ("Lie down.", "Breathe.")
    assert split_steps("\n \n") == ()


def test_a_stored_exercise_reads_back_the_same() -> None:
    exercise = PersonalExercise(
        key="personal_1",
        kind=NudgeKind.CORE,
        duration_seconds=120,
        name="Physio plank",
        steps=("Forearms down.", "Hold."),
        image="/local/plank.png",
    )
    assert PersonalExercise.from_dict(exercise.as_dict()) == exercise


@pytest.mark.parametrize(
    "data",
    [
        {
            "key": "k",
            "name": "",
            "kind": "move",
            "steps": ["x"],
            "duration_seconds": 60,
        },
        {
            "key": "k",
            "name": "n",
            "kind": "nap",
            "steps": ["x"],
            "duration_seconds": 60,
        },
        {"key": "k", "name": "n", "kind": "move", "steps": "x", "duration_seconds": 60},
        {
            "key": "k",
            "name": "n",
            "kind": "move",
            "steps": ["x"],
            "duration_seconds": 5,
        },
        {"key": "k", "name": "n", "kind": "move", "steps": ["x"]},
    ],
)
def test_an_unusable_stored_exercise_is_refused(data: dict[str, object]) -> None:
    with pytest.raises((KeyError, ValueError)):
        PersonalExercise.from_dict(data)
