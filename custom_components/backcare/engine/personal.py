"""Personal exercises: the ones a person adds, e.g. what their physiotherapist prescribed.

They are shown in the person's own words, never translated, and take turns with the
built-in exercises of their nudge kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from .exercises import Exercise, NudgeKind

# Shorter than a few breaths is not an exercise; longer than half an hour is a workout.
MIN_DURATION_SECONDS: Final = 10
MAX_DURATION_SECONDS: Final = 1800
# Pictures are served by Home Assistant from the config's www folder.
IMAGE_PREFIX: Final = "/local/"


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonalExercise(Exercise):
    """An exercise in its author's words, with an optional picture under /local/.

    Its own fields are keywords: the built-in `Exercise` may grow fields with defaults.
    """

    name: str
    steps: tuple[str, ...]
    image: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Serialise for the options."""
        data: dict[str, Any] = {
            "key": self.key,
            "name": self.name,
            "kind": self.kind.value,
            "steps": list(self.steps),
            "duration_seconds": self.duration_seconds,
        }
        if self.image:
            data["image"] = self.image
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PersonalExercise:
        """Read one from the options; raise ValueError (or KeyError) when unusable."""
        steps = data["steps"]
        if not isinstance(steps, list) or not all(isinstance(s, str) for s in steps):
            raise ValueError(f"steps: {steps!r}")
        exercise = cls(
            key=str(data["key"]),
            kind=NudgeKind(data["kind"]),
            duration_seconds=int(data["duration_seconds"]),
            name=str(data["name"]),
            steps=tuple(steps),
            image=data.get("image") or None,
        )
        if problems(
            exercise.name,
            exercise.steps,
            exercise.duration_seconds,
            exercise.image,
            taken=(),
        ):
            raise ValueError(f"personal exercise {exercise.name!r}")
        return exercise


def split_steps(text: str) -> tuple[str, ...]:
    """Return the steps typed one per line, without empty lines or stray spaces."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def problems(
    name: str,
    steps: tuple[str, ...],
    duration_seconds: float,
    image: str | None,
    taken: Iterable[str],
) -> dict[str, str]:
    """Return what is wrong with a personal exercise, by field (empty when it is fine).

    `taken` are the names already in use (the built-ins' and the other personal ones');
    names are compared ignoring case and surrounding spaces.
    """
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "name_required"
    elif name.strip().casefold() in {other.strip().casefold() for other in taken}:
        errors["name"] = "exercise_name_exists"
    if not steps:
        errors["steps"] = "steps_required"
    if not MIN_DURATION_SECONDS <= duration_seconds <= MAX_DURATION_SECONDS:
        errors["duration_seconds"] = "duration_out_of_range"
    if image and (
        not image.startswith(IMAGE_PREFIX)
        or len(image) == len(IMAGE_PREFIX)
        or ".." in image.split("/")
        or any(char.isspace() for char in image)
    ):
        errors["image"] = "image_not_local"
    return errors
