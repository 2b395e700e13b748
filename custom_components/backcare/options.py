"""A workstation's options: defaults, limits and accepted domains in one table, parsed once.

The flows build their forms from these tables, the repairs and diagnostics read the
entity options from them, and everything that runs takes a `WorkstationOptions`: no
option is read with its default anywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time, timedelta
import math
from typing import Any, Final

from homeassistant.util import dt as dt_util

from .const import (
    CONF_ACTIVE_DAYS,
    CONF_ACTIVE_END,
    CONF_ACTIVE_START,
    CONF_AUTO_LOWER,
    CONF_AUTO_RAISE,
    CONF_AUTO_RAISE_LEVEL,
    CONF_AWAY_GRACE_SECONDS,
    CONF_BREAK_MINUTES,
    CONF_BUILTIN_EXERCISES,
    CONF_CALENDAR_ENTITIES,
    CONF_CORE_ENABLED,
    CONF_CORE_END,
    CONF_CORE_START,
    CONF_DESK_ENTITY,
    CONF_DESK_SIT_BUTTON,
    CONF_DESK_SIT_HEIGHT,
    CONF_DESK_STAND_BUTTON,
    CONF_DESK_STAND_HEIGHT,
    CONF_DND_ENTITIES,
    CONF_FOCUS,
    CONF_GOAL_PROGRESSION,
    CONF_HEIGHT_ENTITY,
    CONF_HEIGHT_HYSTERESIS,
    CONF_HEIGHT_UNIT,
    CONF_MOVE_INTERVAL_MINUTES,
    CONF_NOTIFY_HOME_ASSISTANT,
    CONF_NOTIFY_SERVICES,
    CONF_PERSONAL_EXERCISES,
    CONF_POSTURE_CUE_GAP_MINUTES,
    CONF_POSTURE_CUE_NOTIFY,
    CONF_PREMEETING_MINUTES,
    CONF_PRESENCE_ENTITIES,
    CONF_PRESET,
    CONF_REPEAT_MINUTES,
    CONF_SIT_LIMIT_MINUTES,
    CONF_SLOUCH_ENTITY,
    CONF_SLOUCH_GRACE_SECONDS,
    CONF_SLOUCH_LIMIT_SECONDS,
    CONF_SOURCE_LOST_MINUTES,
    CONF_STAND_LIMIT_MINUTES,
    CONF_STANDING_ENTITY,
    CONF_STANDING_GOAL_MAX_MINUTES,
    CONF_STANDING_GOAL_MINUTES,
    CONF_STANDING_HEIGHT,
    CONF_STRETCH_MIN_SEATED_MINUTES,
    CONF_STRETCH_TIME,
    CONF_WORKDAY_ENTITY,
    WEEKDAYS,
)
from .engine.exercises import EXERCISES, NudgeKind
from .engine.focus import Focus
from .engine.menu import ExerciseMenu
from .engine.nudges import NudgeSettings
from .engine.personal import PersonalExercise
from .engine.tracker import TrackerSettings


@dataclass(frozen=True, slots=True)
class NumberOption:
    """A whole number of minutes or seconds, and the range a form accepts."""

    default: int
    minimum: int
    maximum: int
    unit: str


NUMBERS: Final[dict[str, NumberOption]] = {
    CONF_AWAY_GRACE_SECONDS: NumberOption(60, 0, 1800, "s"),
    CONF_BREAK_MINUTES: NumberOption(2, 1, 60, "min"),
    CONF_SIT_LIMIT_MINUTES: NumberOption(30, 1, 240, "min"),
    CONF_STAND_LIMIT_MINUTES: NumberOption(45, 0, 240, "min"),
    CONF_MOVE_INTERVAL_MINUTES: NumberOption(60, 1, 480, "min"),
    CONF_REPEAT_MINUTES: NumberOption(10, 1, 120, "min"),
    CONF_STRETCH_MIN_SEATED_MINUTES: NumberOption(120, 0, 1440, "min"),
    CONF_STANDING_GOAL_MINUTES: NumberOption(120, 0, 960, "min"),
    CONF_STANDING_GOAL_MAX_MINUTES: NumberOption(240, 0, 960, "min"),
    CONF_PREMEETING_MINUTES: NumberOption(10, 0, 60, "min"),
    CONF_SOURCE_LOST_MINUTES: NumberOption(30, 1, 1440, "min"),
    CONF_SLOUCH_GRACE_SECONDS: NumberOption(5, 0, 120, "s"),
    CONF_SLOUCH_LIMIT_SECONDS: NumberOption(60, 10, 1800, "s"),
    CONF_POSTURE_CUE_GAP_MINUTES: NumberOption(10, 1, 240, "min"),
}

# Every other option that has a default (entities and the standing height have none).
DEFAULTS: Final[dict[str, object]] = {
    **{key: number.default for key, number in NUMBERS.items()},
    CONF_HEIGHT_HYSTERESIS: 2.0,
    CONF_PRESET: "standard",
    CONF_STRETCH_TIME: "19:00:00",
    CONF_CORE_ENABLED: True,
    CONF_CORE_START: "05:00:00",
    CONF_CORE_END: "12:00:00",
    CONF_ACTIVE_DAYS: ["mon", "tue", "wed", "thu", "fri"],
    CONF_ACTIVE_START: "08:00:00",
    CONF_ACTIVE_END: "18:00:00",
    CONF_DND_ENTITIES: [],
    CONF_CALENDAR_ENTITIES: [],
    CONF_NOTIFY_SERVICES: [],
    CONF_NOTIFY_HOME_ASSISTANT: True,
    CONF_DESK_STAND_HEIGHT: 105.0,
    CONF_DESK_SIT_HEIGHT: 72.0,
    CONF_AUTO_RAISE: False,
    CONF_AUTO_LOWER: False,
    CONF_AUTO_RAISE_LEVEL: 2,
    CONF_GOAL_PROGRESSION: False,
    CONF_FOCUS: Focus.GENERAL.value,
    CONF_PERSONAL_EXERCISES: [],
    # A cue belongs on a lamp or a speaker: phones only when asked for.
    CONF_POSTURE_CUE_NOTIFY: False,
}

# Each option that names entities: the domains it accepts and whether it is a list.
ENTITY_OPTIONS: Final[dict[str, tuple[list[str], bool]]] = {
    CONF_PRESENCE_ENTITIES: (
        ["binary_sensor", "input_boolean", "switch", "person", "device_tracker"],
        True,
    ),
    CONF_HEIGHT_ENTITY: (["sensor", "number", "input_number", "cover"], False),
    CONF_STANDING_ENTITY: (["binary_sensor", "input_boolean"], False),
    CONF_SLOUCH_ENTITY: (["binary_sensor", "input_boolean"], False),
    CONF_WORKDAY_ENTITY: (["binary_sensor"], False),
    CONF_DND_ENTITIES: (["binary_sensor", "input_boolean"], True),
    CONF_CALENDAR_ENTITIES: (["calendar"], True),
    CONF_DESK_ENTITY: (["cover", "number", "input_number"], False),
    CONF_DESK_STAND_BUTTON: (["button", "input_button"], False),
    CONF_DESK_SIT_BUTTON: (["button", "input_button"], False),
}


class InvalidOptionError(ValueError):
    """An option that cannot be used, named by its key."""

    def __init__(self, key: str, value: object) -> None:
        """Name the option and the value that was found."""
        super().__init__(f"{key}: {value!r}")
        self.key = key


def parse_time(value: object) -> time:
    """Return a time option ("HH:MM[:SS]") as a time."""
    parsed = dt_util.parse_time(str(value))
    if parsed is None:
        raise ValueError(f"not a time: {value!r}")
    return parsed


def entity_options(options: Mapping[str, Any]) -> dict[str, list[str]]:
    """Return the entity ids of each entity option that is set."""
    chosen: dict[str, list[str]] = {}
    for key, (_, multiple) in ENTITY_OPTIONS.items():
        if not (value := options.get(key)):
            continue
        chosen[key] = list(value) if multiple else [value]
    return chosen


@dataclass(frozen=True, slots=True)
class WorkstationOptions:
    """Everything a workstation was set up with, with the defaults filled in."""

    presence_entities: tuple[str, ...]
    height_entity: str | None
    standing_entity: str | None
    standing_height: float
    height_hysteresis: float
    height_unit: str | None
    # How long the posture source may say nothing usable before a repair issue.
    source_lost: timedelta
    slouch_entity: str | None
    tracking: TrackerSettings
    nudges: NudgeSettings
    active_days: frozenset[int]
    workday_entity: str | None
    active_start: time
    active_end: time
    dnd_entities: tuple[str, ...]
    calendar_entities: tuple[str, ...]
    notify_services: tuple[str, ...]
    notify_home_assistant: bool
    desk_entity: str | None
    desk_stand_button: str | None
    desk_sit_button: str | None
    desk_stand_height: float
    desk_sit_height: float
    auto_raise: bool
    auto_lower: bool
    auto_raise_level: int
    standing_goal_minutes: float
    goal_progression: bool
    standing_goal_max_minutes: float
    # Whether posture cues go where the other nudges do (phones, notifications).
    posture_cue_notify: bool

    @property
    def posture_source(self) -> str | None:
        """The entity posture is read from; None when it is set by hand."""
        return self.standing_entity or self.height_entity

    @classmethod
    def parse(cls, options: Mapping[str, Any]) -> WorkstationOptions:
        """Read the options of a config entry; raise InvalidOptionError naming a bad one."""
        read = _Reader({**DEFAULTS, **options})
        return cls(
            presence_entities=read.entities(CONF_PRESENCE_ENTITIES),
            height_entity=read.entity(CONF_HEIGHT_ENTITY),
            standing_entity=read.entity(CONF_STANDING_ENTITY),
            standing_height=read.number(CONF_STANDING_HEIGHT, 0.0),
            height_hysteresis=read.number(CONF_HEIGHT_HYSTERESIS),
            height_unit=read.text(CONF_HEIGHT_UNIT),
            source_lost=read.minutes(CONF_SOURCE_LOST_MINUTES),
            slouch_entity=read.entity(CONF_SLOUCH_ENTITY),
            tracking=TrackerSettings(
                away_grace=read.seconds(CONF_AWAY_GRACE_SECONDS),
                break_length=read.minutes(CONF_BREAK_MINUTES),
                slouch_grace=read.seconds(CONF_SLOUCH_GRACE_SECONDS),
            ),
            nudges=NudgeSettings(
                sit_limit=read.minutes(CONF_SIT_LIMIT_MINUTES),
                move_interval=read.minutes(CONF_MOVE_INTERVAL_MINUTES),
                repeat=read.minutes(CONF_REPEAT_MINUTES),
                stretch_at=read.time(CONF_STRETCH_TIME),
                stretch_min_seated=read.minutes(CONF_STRETCH_MIN_SEATED_MINUTES),
                core_enabled=read.flag(CONF_CORE_ENABLED),
                core_start=read.time(CONF_CORE_START),
                core_end=read.time(CONF_CORE_END),
                premeeting=read.minutes(CONF_PREMEETING_MINUTES),
                stand_limit=read.minutes(CONF_STAND_LIMIT_MINUTES),
                exercises=read.menu(),
                slouch_limit=read.seconds(CONF_SLOUCH_LIMIT_SECONDS),
                cue_gap=read.minutes(CONF_POSTURE_CUE_GAP_MINUTES),
            ),
            active_days=read.weekdays(CONF_ACTIVE_DAYS),
            workday_entity=read.entity(CONF_WORKDAY_ENTITY),
            active_start=read.time(CONF_ACTIVE_START),
            active_end=read.time(CONF_ACTIVE_END),
            dnd_entities=read.entities(CONF_DND_ENTITIES),
            calendar_entities=read.entities(CONF_CALENDAR_ENTITIES),
            notify_services=tuple(
                service.removeprefix("notify.")
                for service in read.entities(CONF_NOTIFY_SERVICES)
            ),
            notify_home_assistant=read.flag(CONF_NOTIFY_HOME_ASSISTANT),
            desk_entity=read.entity(CONF_DESK_ENTITY),
            desk_stand_button=read.entity(CONF_DESK_STAND_BUTTON),
            desk_sit_button=read.entity(CONF_DESK_SIT_BUTTON),
            desk_stand_height=read.number(CONF_DESK_STAND_HEIGHT),
            desk_sit_height=read.number(CONF_DESK_SIT_HEIGHT),
            auto_raise=read.flag(CONF_AUTO_RAISE),
            auto_lower=read.flag(CONF_AUTO_LOWER),
            auto_raise_level=int(read.number(CONF_AUTO_RAISE_LEVEL)),
            standing_goal_minutes=read.number(CONF_STANDING_GOAL_MINUTES),
            goal_progression=read.flag(CONF_GOAL_PROGRESSION),
            standing_goal_max_minutes=read.number(CONF_STANDING_GOAL_MAX_MINUTES),
            posture_cue_notify=read.flag(CONF_POSTURE_CUE_NOTIFY),
        )


class _Reader:
    """Reads options by their kind, naming the option when one is unusable."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self._options = options

    def number(self, key: str, default: float | None = None) -> float:
        value = self._options.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidOptionError(key, value)
        if not math.isfinite(value):
            raise InvalidOptionError(key, value)
        return float(value)

    def minutes(self, key: str) -> timedelta:
        return timedelta(minutes=self.number(key))

    def seconds(self, key: str) -> timedelta:
        return timedelta(seconds=self.number(key))

    def flag(self, key: str) -> bool:
        if not isinstance(value := self._options.get(key), bool):
            raise InvalidOptionError(key, value)
        return value

    def time(self, key: str) -> time:
        try:
            return parse_time(self._options.get(key))
        except ValueError as err:
            raise InvalidOptionError(key, self._options.get(key)) from err

    def text(self, key: str) -> str | None:
        value = self._options.get(key)
        if value is not None and not isinstance(value, str):
            raise InvalidOptionError(key, value)
        return value or None

    def entity(self, key: str) -> str | None:
        return self.text(key)

    def entities(self, key: str) -> tuple[str, ...]:
        value = self._options.get(key, [])
        if not isinstance(value, list | tuple) or not all(
            isinstance(item, str) for item in value
        ):
            raise InvalidOptionError(key, value)
        return tuple(value)

    def menu(self) -> ExerciseMenu:
        """Read the focus, the built-ins chosen per kind and the personal exercises."""
        try:
            focus = Focus(str(self._options.get(CONF_FOCUS)))
        except ValueError as err:
            raise InvalidOptionError(CONF_FOCUS, self._options.get(CONF_FOCUS)) from err
        builtins = self._options.get(CONF_BUILTIN_EXERCISES, {})
        known = {exercise.key for exercise in EXERCISES}
        if not isinstance(builtins, dict) or not all(
            kind in NudgeKind.__members__.values()
            and isinstance(keys, list)
            and all(isinstance(key, str) and key in known for key in keys)
            for kind, keys in builtins.items()
        ):
            raise InvalidOptionError(CONF_BUILTIN_EXERCISES, builtins)
        personal = self._options.get(CONF_PERSONAL_EXERCISES, [])
        try:
            exercises = tuple(PersonalExercise.from_dict(item) for item in personal)
        except AttributeError, KeyError, TypeError, ValueError:
            raise InvalidOptionError(CONF_PERSONAL_EXERCISES, personal) from None
        return ExerciseMenu(
            {NudgeKind(kind): frozenset(keys) for kind, keys in builtins.items()},
            exercises,
            focus,
        )

    def weekdays(self, key: str) -> frozenset[int]:
        days = self.entities(key)
        if any(day not in WEEKDAYS for day in days):
            raise InvalidOptionError(key, days)
        return frozenset(WEEKDAYS.index(day) for day in days)
