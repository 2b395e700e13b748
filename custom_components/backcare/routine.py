"""A workstation's guided routine, run in real time: one timer, an event at each step.

The engine's player knows which step is shown when; this runs it on Home Assistant's
clock with one timer at a time, set to the next step's exact second (nothing ticks in
between: the routine sensor's `ends_at` lets a dashboard count down). Each step is an
event a speaker can say; the end is an event too, and a completed routine answers its
nudge. A run lives in memory only: unloading the workstation, or restarting Home
Assistant, ends it silently, and it does not resume.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HassJob, HomeAssistant, callback
from homeassistant.helpers.event import async_track_point_in_utc_time
from homeassistant.util import dt as dt_util

from .const import (
    ATTR_EXERCISE,
    ATTR_INSTRUCTION,
    ATTR_NAME,
    ATTR_REPETITIONS,
    ATTR_RESULT,
    ATTR_ROUTINE,
    ATTR_SECONDS,
    ATTR_SIDE,
    ATTR_STEP,
    ATTR_TOTAL,
    EVENT_ROUTINE_FINISHED,
    EVENT_ROUTINE_STEP,
)
from .device import event_base
from .engine.routines import (
    Result,
    Routine,
    RoutineEnded,
    RoutineOutcome,
    RoutinePlayer,
    ShownStep,
    Step,
    routine_steps,
)
from .texts import exercise_words, routine_step_words, text


def step_label(language: str, step: Step) -> str:
    """Return a step as the routine sensor shows it: the exercise, and its side."""
    name = exercise_words(language, step.exercise.key).name
    if step.side is None:
        return name
    side = text(language, f"side_{step.side.value}")
    return text(language, "routine_step_side", name=name, side=side)


def step_instruction(language: str, step: Step) -> str:
    """Return what to say at a step: the exercise, its side, and how to do it."""
    name = exercise_words(language, step.exercise.key).name
    instruction = routine_step_words(
        language,
        step.exercise.key,
        seconds=step.seconds,
        count=step.repetitions or 0,
    )
    if step.side is None:
        return text(language, "routine_instruction", name=name, instruction=instruction)
    return text(
        language,
        "routine_instruction_side",
        name=name,
        side=text(language, f"side_{step.side.value}"),
        instruction=instruction,
    )


class RoutineCoach:
    """Runs a workstation's guided routine, one at a time, and tells what happens.

    `on_completed` is called with each routine done to its end: the workstation
    answers the routine's nudge there.
    """

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry[Any],
        language: Callable[[], str],
        on_completed: Callable[[Routine], None],
    ) -> None:
        """Coach for the workstation of `entry`, in the language `language` returns."""
        self.hass = hass
        self.entry = entry
        self._language = language
        self._on_completed = on_completed
        self.player = RoutinePlayer()
        self._job = HassJob(self._on_timer, "backcare routine step")
        self._cancel_timer: CALLBACK_TYPE | None = None
        self._listeners: list[CALLBACK_TYPE] = []

    def start(self, routine: Routine, level: int = 1) -> None:
        """Start `routine` now (`level` is the core routine's); one running restarts."""
        steps = routine_steps(routine, level)
        self._handle(self.player.start(routine, steps, dt_util.utcnow()))

    def stop(self) -> None:
        """Stop the routine running, if any."""
        self._handle(self.player.stop())

    @callback
    def cancel(self) -> None:
        """End any run silently, with its timer: the workstation is going away."""
        self.player.stop()
        self._unschedule()

    @property
    def showing(self) -> ShownStep | None:
        """Return the step shown; None while no routine runs."""
        return self.player.showing

    @callback
    def async_add_listener(self, update: CALLBACK_TYPE) -> Callable[[], None]:
        """Call `update` whenever the step shown changes."""
        self._listeners.append(update)
        return partial(self._listeners.remove, update)

    @callback
    def _on_timer(self, point: datetime) -> None:
        """Move on at a step's second (or the end), as of the instant it was due."""
        self._cancel_timer = None
        self._handle(self.player.advance(point))

    def _handle(self, outcomes: list[RoutineOutcome]) -> None:
        self._unschedule()
        if (when := self.player.next_at) is not None:
            self._cancel_timer = async_track_point_in_utc_time(
                self.hass, self._job, when
            )
        language = self._language()
        for outcome in outcomes:
            if isinstance(outcome, RoutineEnded):
                self._fire_finished(outcome)
            else:
                self._fire_step(language, outcome.routine, outcome.shown)
        for update in list(self._listeners):
            update()
        for outcome in outcomes:
            if isinstance(outcome, RoutineEnded) and outcome.result is Result.COMPLETED:
                self._on_completed(outcome.routine)

    def _unschedule(self) -> None:
        if self._cancel_timer is not None:
            self._cancel_timer()
            self._cancel_timer = None

    def _fire_step(self, language: str, routine: Routine, shown: ShownStep) -> None:
        step = shown.step
        self.hass.bus.async_fire(
            EVENT_ROUTINE_STEP,
            {
                **event_base(self.hass, self.entry),
                ATTR_ROUTINE: routine.value,
                ATTR_STEP: shown.number,
                ATTR_TOTAL: shown.total,
                ATTR_EXERCISE: step.exercise.key,
                ATTR_NAME: exercise_words(language, step.exercise.key).name,
                ATTR_INSTRUCTION: step_instruction(language, step),
                ATTR_SECONDS: step.seconds,
                ATTR_REPETITIONS: step.repetitions,
                ATTR_SIDE: step.side.value if step.side else None,
            },
        )

    def _fire_finished(self, ended: RoutineEnded) -> None:
        self.hass.bus.async_fire(
            EVENT_ROUTINE_FINISHED,
            {
                **event_base(self.hass, self.entry),
                ATTR_ROUTINE: ended.routine.value,
                ATTR_RESULT: ended.result.value,
            },
        )
