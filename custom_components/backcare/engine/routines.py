"""Guided routines: the evening stretch, the morning core and a mobility flow, step by step.

A routine is a list of timed steps: a hold for some seconds, or some repetitions with
the time they take. An exercise with sides is two steps, left then right, each timed on
its own, so a speaker can say when to switch. A run starts at an instant and each step
starts at its exact second after it; the player says which step is shown at any
instant, and when the next one starts, so one timer at a time is all a run needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
import math

from .exercises import CATALOGUE, Exercise, NudgeKind


class Routine(StrEnum):
    """The guided routines."""

    EVENING = "evening"
    CORE = "core"
    MOBILITY = "mobility"


# The nudge a finished routine answers.
ROUTINE_NUDGES: dict[Routine, NudgeKind] = {
    Routine.EVENING: NudgeKind.STRETCH,
    Routine.CORE: NudgeKind.CORE,
    Routine.MOBILITY: NudgeKind.MOVE,
}
# The routine a nudge's notification offers: the evening stretch's and the morning core's.
NUDGE_ROUTINES: dict[NudgeKind, Routine] = {
    NudgeKind.STRETCH: Routine.EVENING,
    NudgeKind.CORE: Routine.CORE,
}


class Side(StrEnum):
    """The side a step works on, for exercises done on both."""

    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Step:
    """One timed step: a hold of `seconds`, or `repetitions` that take about `seconds`."""

    exercise: Exercise
    seconds: int
    repetitions: int | None = None
    side: Side | None = None


@dataclass(frozen=True, slots=True)
class _Part:
    """An exercise of a routine before its sides become steps of their own."""

    key: str
    seconds: int
    repetitions: int | None = None


def _steps(*parts: _Part) -> tuple[Step, ...]:
    steps: list[Step] = []
    for part in parts:
        exercise = CATALOGUE[part.key]
        sides = (Side.LEFT, Side.RIGHT) if exercise.sides else (None,)
        steps.extend(
            Step(exercise, part.seconds, part.repetitions, side) for side in sides
        )
    return tuple(steps)


# Hip flexors, glutes, hamstrings and the upper back, as the evening stretch nudge says.
EVENING: tuple[Step, ...] = _steps(
    _Part("belly_breathing", 60),
    _Part("hip_flexor_stretch", 30),
    _Part("glute_stretch", 30),
    _Part("hamstring_stretch", 30),
    _Part("thoracic_rotation", 40, repetitions=8),
    _Part("child_pose", 45),
    # Last, so whoever has no foam roller can stop before it.
    _Part("foam_rolling", 60),
)

# Breathing and pelvic tilts at every level; each level adds a harder variation.
_CORE_BASE = (_Part("belly_breathing", 60), _Part("pelvic_tilt", 40, repetitions=10))
_CORE_LEVELS: dict[int, tuple[_Part, ...]] = {
    1: (),
    2: (_Part("dead_bug", 40, repetitions=8),),
    3: (
        _Part("dead_bug_leg_extension", 45, repetitions=8),
        _Part("side_plank", 20),
    ),
}
CORE_LEVELS = tuple(_CORE_LEVELS)

# Dynamic movement through the spine and hips: no static holds.
MOBILITY: tuple[Step, ...] = _steps(
    _Part("cat_cow", 50, repetitions=10),
    _Part("bird_dog", 40, repetitions=8),
    _Part("open_book", 40, repetitions=8),
    _Part("hip_circles", 40, repetitions=10),
    _Part("glute_bridge", 45, repetitions=12),
)


def core_routine(level: int = 1) -> tuple[Step, ...]:
    """Return the morning core routine of `level` (1 to 3)."""
    if level not in _CORE_LEVELS:
        raise ValueError(f"no core level {level}; levels are {CORE_LEVELS}")
    return _steps(*_CORE_BASE, *_CORE_LEVELS[level])


def routine_steps(routine: Routine, level: int = 1) -> tuple[Step, ...]:
    """Return the steps of `routine`; `level` is the core routine's."""
    match routine:
        case Routine.EVENING:
            return EVENING
        case Routine.CORE:
            return core_routine(level)
        case Routine.MOBILITY:
            return MOBILITY


@dataclass(frozen=True, slots=True)
class ShownStep:
    """A step of a run as it is shown: its number from 1, and when it starts and ends."""

    number: int
    total: int
    step: Step
    starts: datetime
    ends: datetime

    def remaining_seconds(self, now: datetime) -> int:
        """Return the whole seconds left of the step at `now` (its length at its start)."""
        return max(0, math.ceil((self.ends - now).total_seconds()))


class RoutineRun:
    """A routine started at an instant: each step starts at its exact second after it."""

    def __init__(
        self, routine: Routine, steps: tuple[Step, ...], started: datetime
    ) -> None:
        """Time `steps` from `started`."""
        if not steps:
            raise ValueError("a routine needs at least one step")
        self.routine = routine
        self.steps = steps
        self.started = started
        self._starts: list[datetime] = []
        offset = 0
        for step in steps:
            self._starts.append(started + timedelta(seconds=offset))
            offset += step.seconds
        self.ends = started + timedelta(seconds=offset)

    @property
    def total(self) -> int:
        """The number of steps."""
        return len(self.steps)

    def step(self, number: int) -> ShownStep:
        """Return step `number` (from 1) with its start and end."""
        index = number - 1
        starts = self._starts[index]
        return ShownStep(
            number,
            self.total,
            self.steps[index],
            starts,
            starts + timedelta(seconds=self.steps[index].seconds),
        )

    def shown(self, now: datetime) -> ShownStep | None:
        """Return the step shown at `now`; None once the run is over."""
        if now >= self.ends:
            return None
        number = sum(1 for starts in self._starts if starts <= now)
        return self.step(max(number, 1))


@dataclass(frozen=True, slots=True)
class StepStarted:
    """A step starts: say it."""

    routine: Routine
    shown: ShownStep


class Result(StrEnum):
    """How a run ended."""

    COMPLETED = "completed"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class RoutineEnded:
    """A run ended: all its steps done, or stopped."""

    routine: Routine
    result: Result


type RoutineOutcome = StepStarted | RoutineEnded


class RoutinePlayer:
    """Plays one routine at a time: a new start replaces the run, never adds a second.

    `advance` is called at the instants `next_at` names (or later: a late call says
    only the step shown then, not each one missed, and ends a run that is over).
    """

    def __init__(self) -> None:
        """Play nothing yet."""
        self.run: RoutineRun | None = None
        self._said = 0

    def start(
        self, routine: Routine, steps: tuple[Step, ...], now: datetime
    ) -> list[RoutineOutcome]:
        """Start `routine` at `now`; a run still going ends as stopped first."""
        outcomes = self.stop()
        self.run = RoutineRun(routine, steps, now)
        self._said = 0
        return outcomes + self.advance(now)

    def stop(self) -> list[RoutineOutcome]:
        """Stop the run, if one is going."""
        if (run := self.run) is None:
            return []
        self.run = None
        return [RoutineEnded(run.routine, Result.STOPPED)]

    def advance(self, now: datetime) -> list[RoutineOutcome]:
        """Say the step that started by `now`, or that the run completed."""
        if (run := self.run) is None:
            return []
        if (shown := run.shown(now)) is None:
            self.run = None
            return [RoutineEnded(run.routine, Result.COMPLETED)]
        if shown.number == self._said:
            return []
        self._said = shown.number
        return [StepStarted(run.routine, shown)]

    @property
    def showing(self) -> ShownStep | None:
        """Return the step said last, shown until the next; None while no run is going."""
        if self.run is None or not self._said:
            return None
        return self.run.step(self._said)

    @property
    def next_at(self) -> datetime | None:
        """Return when the step after the one said starts, or the run ends."""
        if (run := self.run) is None:
            return None
        if self._said < run.total:
            return run.step(self._said + 1).starts
        return run.ends
