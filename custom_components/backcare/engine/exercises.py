"""What each nudge suggests: short, dynamic movements, and the evening and morning routines.

Evidence says replacing sitting with movement helps the back and merely shortening seated
bouts does not, so the mobility suggestions are dynamic exercises, never static holds; the
evening routine is where the stretches belong.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class NudgeKind(StrEnum):
    """The nudges backcare gives."""

    STAND = "stand"
    SIT = "sit"
    MOVE = "move"
    STRETCH = "stretch"
    CORE = "core"
    # A short cue while slouching: for a lamp or a speaker, not an exercise.
    POSTURE = "posture"


@dataclass(frozen=True, slots=True)
class Exercise:
    """One thing to do: its words, in each language, are in the texts catalogue.

    `sides`: it is done on the left and then on the right (a routine times each side).
    """

    key: str
    kind: NudgeKind
    duration_seconds: int
    sides: bool = False


EXERCISES: tuple[Exercise, ...] = (
    # Stand: get up and move for a minute, not just stand.
    Exercise("stand_and_march", NudgeKind.STAND, 60),
    Exercise("stand_and_reach", NudgeKind.STAND, 60),
    Exercise("stand_and_walk", NudgeKind.STAND, 60),
    # Sit or move: after standing long, short movements that take the load off one hip.
    Exercise("calf_raises", NudgeKind.SIT, 60),
    Exercise("weight_shifts", NudgeKind.SIT, 60),
    Exercise("sit_walk", NudgeKind.SIT, 60),
    # Move: dynamic mobility, a couple of minutes each.
    Exercise("bird_dog", NudgeKind.MOVE, 120, sides=True),
    Exercise("cat_cow", NudgeKind.MOVE, 90),
    Exercise("dead_bug", NudgeKind.MOVE, 120, sides=True),
    Exercise("hip_hinge", NudgeKind.MOVE, 90),
    Exercise("short_walk", NudgeKind.MOVE, 180),
    Exercise("open_book", NudgeKind.MOVE, 120, sides=True),
    Exercise("glute_bridge", NudgeKind.MOVE, 90),
    Exercise("hip_circles", NudgeKind.MOVE, 60),
    # Evening flexibility: hip flexors, hamstrings, glutes and thoracic spine.
    Exercise("evening_stretch", NudgeKind.STRETCH, 480),
    Exercise("evening_mobility_flow", NudgeKind.STRETCH, 480),
    # Morning core activation.
    Exercise("morning_core", NudgeKind.CORE, 300),
    Exercise("core_wake_up", NudgeKind.CORE, 240),
    # Posture cues: one breath-long correction each, in turn.
    Exercise("sit_tall", NudgeKind.POSTURE, 10),
    Exercise("shoulders_back", NudgeKind.POSTURE, 10),
    Exercise("pelvis_neutral", NudgeKind.POSTURE, 10),
    Exercise("belly_breath", NudgeKind.POSTURE, 15),
)


def nudge_exercises(kind: NudgeKind) -> list[Exercise]:
    """Return the built-in exercises a nudge of `kind` may suggest, in catalogue order."""
    return [exercise for exercise in EXERCISES if exercise.kind is kind]


# The steps of the guided routines (engine/routines.py) that no nudge suggests alone:
# a minute of breathing or a single stretch is a part of a routine, not a break. Their
# duration is one step's (per side where they have sides).
ROUTINE_EXERCISES: tuple[Exercise, ...] = (
    Exercise("belly_breathing", NudgeKind.CORE, 60),
    Exercise("pelvic_tilt", NudgeKind.CORE, 40),
    Exercise("dead_bug_leg_extension", NudgeKind.CORE, 45, sides=True),
    Exercise("side_plank", NudgeKind.CORE, 20, sides=True),
    Exercise("hip_flexor_stretch", NudgeKind.STRETCH, 30, sides=True),
    Exercise("glute_stretch", NudgeKind.STRETCH, 30, sides=True),
    Exercise("hamstring_stretch", NudgeKind.STRETCH, 30, sides=True),
    Exercise("thoracic_rotation", NudgeKind.STRETCH, 40, sides=True),
    Exercise("child_pose", NudgeKind.STRETCH, 45),
    Exercise("foam_rolling", NudgeKind.STRETCH, 60),
)

# Every exercise backcare knows, by key: the nudges' and the routines' steps.
CATALOGUE: dict[str, Exercise] = {
    exercise.key: exercise for exercise in (*EXERCISES, *ROUTINE_EXERCISES)
}
