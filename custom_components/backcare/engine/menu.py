"""Which exercises each nudge kind may suggest, and how often: the person's menu.

The built-ins chosen in the options (all of them unless chosen otherwise) and the
personal exercises of a kind, each with its weight from the focus.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from .exercises import EXERCISES, Exercise, NudgeKind, nudge_exercises
from .focus import Focus, weight
from .personal import PersonalExercise

# A posture cue is a reminder to sit up, not an exercise: the person tailors the rest.
TAILORED_KINDS: tuple[NudgeKind, ...] = tuple(
    kind for kind in NudgeKind if kind is not NudgeKind.POSTURE
)


@dataclass(frozen=True, slots=True)
class ExerciseMenu:
    """The exercises a workstation suggests; every kind keeps at least one."""

    # The built-in keys each kind may suggest; a kind not in it may suggest all its own.
    allowed: Mapping[NudgeKind, frozenset[str]] = field(default_factory=dict)
    personal: tuple[PersonalExercise, ...] = ()
    focus: Focus = Focus.GENERAL

    def choices(self, kind: NudgeKind) -> list[tuple[Exercise, int]]:
        """Return the exercises of `kind` with their weights, built-ins first.

        A kind left with nothing (options edited by hand) falls back to all its
        built-ins: a nudge always has something to suggest.
        """
        allowed = self.allowed.get(kind)
        builtins = [
            exercise
            for exercise in nudge_exercises(kind)
            if allowed is None or exercise.key in allowed
        ]
        personal = [exercise for exercise in self.personal if exercise.kind is kind]
        if not builtins and not personal:
            builtins = nudge_exercises(kind)
        return [
            *((e, weight(self.focus, e, personal=False)) for e in builtins),
            *((e, weight(self.focus, e, personal=True)) for e in personal),
        ]

    def find(self, key: str) -> Exercise | None:
        """Return the built-in or personal exercise `key`; None when there is none."""
        return next(
            (e for e in (*EXERCISES, *self.personal) if e.key == key),
            None,
        )


def kinds_without_exercises(
    builtins: Mapping[NudgeKind, Collection[str]], personal: Collection[NudgeKind]
) -> list[NudgeKind]:
    """Return the kinds left with nothing to suggest: no built-in chosen, no personal one.

    `builtins` has the built-ins chosen for every kind; `personal` the kinds of the
    personal exercises.
    """
    return [
        kind
        for kind in TAILORED_KINDS
        if not builtins.get(kind) and kind not in personal
    ]
