"""What each nudge suggests: short, dynamic movements, and the evening and morning routines.

Evidence says replacing sitting with movement helps the back and merely shortening seated
bouts does not, so the mobility suggestions are dynamic exercises, never static holds; the
evening routine is where the stretches belong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class NudgeKind(StrEnum):
    """The nudges backcare gives."""

    STAND = "stand"
    SIT = "sit"
    MOVE = "move"
    STRETCH = "stretch"
    CORE = "core"


@dataclass(frozen=True, slots=True)
class Exercise:
    """One thing to do, in a few short steps."""

    key: str
    name: str
    steps: tuple[str, ...]
    duration_seconds: int
    kind: NudgeKind


EXERCISES: tuple[Exercise, ...] = (
    # Stand: get up and move for a minute, not just stand.
    Exercise(
        "stand_and_march",
        "Stand and march",
        (
            "Stand up and step away from the chair.",
            "March on the spot, lifting your knees to hip height, for 30 seconds.",
            "Roll your shoulders back ten times, then carry on standing.",
        ),
        60,
        NudgeKind.STAND,
    ),
    Exercise(
        "stand_and_reach",
        "Stand and reach",
        (
            "Stand up with your feet hip-width apart.",
            "Reach both arms overhead and rise onto your toes, then lower: ten times.",
            "Walk to the window or the door and back.",
        ),
        60,
        NudgeKind.STAND,
    ),
    Exercise(
        "stand_and_walk",
        "Stand and walk",
        (
            "Stand up and walk for a minute: fetch water or take the stairs.",
            "Let your arms swing and breathe through your nose.",
        ),
        60,
        NudgeKind.STAND,
    ),
    # Sit or move: after standing long, short movements that take the load off one hip.
    Exercise(
        "calf_raises",
        "Calf raises",
        (
            "Stand tall with your hands resting on the desk.",
            "Rise onto your toes, pause, and lower slowly: fifteen times.",
            "Then sit down, or carry on with a short walk.",
        ),
        60,
        NudgeKind.SIT,
    ),
    Exercise(
        "weight_shifts",
        "Weight shifts",
        (
            "Stand with your feet hip-width apart, knees soft.",
            "Shift your weight slowly from one foot to the other, ten times each way.",
            "Roll your shoulders back and let your arms hang loose.",
        ),
        60,
        NudgeKind.SIT,
    ),
    Exercise(
        "sit_walk",
        "Walk, then sit",
        (
            "Walk around for a minute: fetch water, or take the stairs.",
            "Then sit down and lower the desk for a while.",
        ),
        60,
        NudgeKind.SIT,
    ),
    # Move: dynamic mobility, a couple of minutes each.
    Exercise(
        "bird_dog",
        "Bird-dog",
        (
            "Kneel on all fours, hands under shoulders, knees under hips.",
            "Reach your right arm forward and left leg back, keeping your back flat.",
            "Pause for a breath, return, and switch sides.",
            "Do eight slow repetitions per side.",
        ),
        120,
        NudgeKind.MOVE,
    ),
    Exercise(
        "cat_cow",
        "Cat-cow",
        (
            "Kneel on all fours with a neutral spine.",
            "Breathing in, let your belly sink and lift your chest and tailbone.",
            "Breathing out, round your back towards the ceiling and tuck your chin.",
            "Flow between the two for ten slow breaths.",
        ),
        90,
        NudgeKind.MOVE,
    ),
    Exercise(
        "dead_bug",
        "Dead bug",
        (
            "Lie on your back, arms pointing at the ceiling, knees bent at 90 degrees.",
            "Press your lower back gently into the floor.",
            "Lower your right arm and left leg towards the floor, then return.",
            "Alternate sides for eight slow repetitions each.",
        ),
        120,
        NudgeKind.MOVE,
    ),
    Exercise(
        "hip_hinge",
        "Hip hinge",
        (
            "Stand with feet hip-width apart and soft knees.",
            "Push your hips back, keeping your back long, until you feel your hamstrings.",
            "Squeeze your glutes to stand tall again.",
            "Repeat twelve times, slowly.",
        ),
        90,
        NudgeKind.MOVE,
    ),
    Exercise(
        "short_walk",
        "Short walk",
        (
            "Leave the desk and walk briskly for three minutes.",
            "Take stairs if you have them.",
        ),
        180,
        NudgeKind.MOVE,
    ),
    Exercise(
        "open_book",
        "Open book rotations",
        (
            "Lie on your side, knees bent, arms straight in front of you.",
            "Sweep the top arm over to the other side, following your hand with your eyes.",
            "Return slowly; eight times per side.",
        ),
        120,
        NudgeKind.MOVE,
    ),
    Exercise(
        "glute_bridge",
        "Glute bridge",
        (
            "Lie on your back with knees bent and feet flat.",
            "Squeeze your glutes and lift your hips until knees, hips and shoulders line up.",
            "Lower slowly; twelve repetitions.",
        ),
        90,
        NudgeKind.MOVE,
    ),
    Exercise(
        "hip_circles",
        "Standing hip circles",
        (
            "Stand with hands on your hips and feet shoulder-width apart.",
            "Draw big slow circles with your hips, ten each way.",
            "Finish with ten gentle trunk rotations.",
        ),
        60,
        NudgeKind.MOVE,
    ),
    # Evening flexibility: hip flexors, hamstrings, glutes and thoracic spine.
    Exercise(
        "evening_stretch",
        "Evening stretch routine",
        (
            "Hip flexors: half-kneeling lunge, tuck your pelvis, 30 seconds per side.",
            "Hamstrings: one heel on a low step, hinge forward with a long back, 30 seconds per side.",
            "Glutes: figure-four stretch lying on your back, 30 seconds per side.",
            "Thoracic spine: foam roll your upper back for one minute, arms crossed.",
            "Finish with five slow breaths lying down.",
        ),
        480,
        NudgeKind.STRETCH,
    ),
    Exercise(
        "evening_mobility_flow",
        "Evening mobility flow",
        (
            "Hip flexors: couch stretch with your back knee against a wall, 30 seconds per side.",
            "Hamstrings: lie on your back, one leg up with a strap, 30 seconds per side.",
            "Glutes: pigeon pose or a seated figure-four, 30 seconds per side.",
            "Thoracic spine: foam roller across your upper back, ten slow extensions.",
            "Child's pose for five slow breaths.",
        ),
        480,
        NudgeKind.STRETCH,
    ),
    # Morning core activation.
    Exercise(
        "morning_core",
        "Morning core activation",
        (
            "Lie on your back, knees bent, one hand on your chest and one on your belly.",
            "Diaphragmatic breathing: breathe in through your nose into the belly hand, ten breaths.",
            "Pelvic tilts: gently flatten your lower back into the floor, then release, fifteen times.",
            "Hold the flat back for five slow breaths to wake up the deep core.",
        ),
        300,
        NudgeKind.CORE,
    ),
    Exercise(
        "core_wake_up",
        "Core wake-up against the wall",
        (
            "Stand with your back against a wall, feet a step away, knees soft.",
            "Diaphragmatic breathing: ten slow breaths that widen your lower ribs.",
            "Pelvic tilts: press your lower back into the wall, then release, fifteen times.",
            "March slowly on the spot keeping your back on the wall, ten steps.",
        ),
        240,
        NudgeKind.CORE,
    ),
)


_BY_KEY = {exercise.key: exercise for exercise in EXERCISES}


class ExerciseRotation:
    """Suggests each kind's exercises in turn; two nudges in a row never suggest the same."""

    def __init__(self, recent: Sequence[str] = ()) -> None:
        """Continue after the exercises suggested last (oldest first), if any."""
        self._last_by_kind: dict[NudgeKind, str] = {}
        for key in recent:
            if (exercise := _BY_KEY.get(key)) is not None:
                self._last_by_kind[exercise.kind] = key
        self.last_key: str | None = recent[-1] if recent else None

    @property
    def recent(self) -> list[str]:
        """Return the last exercise of each kind, the very last one at the end."""
        keys = [key for key in self._last_by_kind.values() if key != self.last_key]
        return [*keys, self.last_key] if self.last_key else keys

    def next(self, kind: NudgeKind) -> Exercise:
        """Return the exercise after the last one suggested for `kind`.

        Every kind has at least two exercises, so it differs from the last suggestion of
        its kind, and so from the last suggestion of any kind.
        """
        choices = [exercise for exercise in EXERCISES if exercise.kind is kind]
        keys = [exercise.key for exercise in choices]
        last = self._last_by_kind.get(kind)
        index = keys.index(last) + 1 if last in keys else 0
        exercise = choices[index % len(choices)]
        self._last_by_kind[kind] = self.last_key = exercise.key
        return exercise
