"""Sensors: posture, today's seated and standing time, bouts, breaks and nudges."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, EntityCategory, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType

from .engine.exercises import NudgeKind
from .engine.ledger import DayTotals
from .engine.nudges import DayNudges
from .engine.posture import Posture
from .entity import BackcareSensorEntity, Figure
from .exercise_picture import exercise_image
from .messages import words_of
from .routine_sensor import RoutineStepSensor
from .texts import text_language
from .workstation import BackcareConfigEntry, Cadence, Workstation

PARALLEL_UPDATES = 0
NO_NUDGE = "none"


def _minutes(seconds: float) -> float:
    """Minutes with two decimals: every second of the day gives a distinct value."""
    return round(seconds / 60, 2)


@dataclass(frozen=True, kw_only=True)
class BackcareSensorDescription(SensorEntityDescription):
    """A sensor and how to read its value from the workstation and today's totals."""

    value_fn: Callable[[Workstation, DayTotals], StateType | datetime]
    available_fn: Callable[[Workstation], bool] = lambda _ws: True
    attributes_fn: Callable[[Workstation], Mapping[str, Any]] | None = None
    cadence: int = Cadence.CHANGES


def _duration(
    key: str,
    seconds_fn: Callable[[Workstation, DayTotals], float],
    *,
    total: bool,
    cadence: int = Cadence.TOTALS,
    attributes_fn: Callable[[Workstation], Mapping[str, Any]] | None = None,
    enabled: bool = True,
    category: EntityCategory | None = None,
) -> BackcareSensorDescription:
    return BackcareSensorDescription(
        key=key,
        translation_key=key,
        entity_registry_enabled_default=enabled,
        entity_category=category,
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        suggested_display_precision=0,
        state_class=SensorStateClass.TOTAL_INCREASING
        if total
        else SensorStateClass.MEASUREMENT,
        value_fn=lambda ws, today: _minutes(seconds_fn(ws, today)),
        cadence=cadence,
        attributes_fn=attributes_fn,
    )


def _day_ratio(
    key: str, ratio_fn: Callable[[DayTotals], float | None]
) -> BackcareSensorDescription:
    """Describe a percentage of today's time: unknown until there is any to share."""
    return BackcareSensorDescription(
        key=key,
        translation_key=key,
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        value_fn=lambda _ws, today: (
            None if (ratio := ratio_fn(today)) is None else round(ratio, 1)
        ),
        cadence=Cadence.TOTALS,
    )


def _day_nudges(ws: Workstation, today: DayTotals) -> DayNudges | None:
    """Return the planner's nudges of today; None before the first evaluation today."""
    day = ws.nudging.planner.today
    return day if day is not None and day.day == today.day else None


def _nudges_today(ws: Workstation, today: DayTotals) -> int:
    day = _day_nudges(ws, today)
    return day.fired if day is not None else 0


def _compliance(ws: Workstation, today: DayTotals) -> float | None:
    day = _day_nudges(ws, today)
    if day is None or (value := day.compliance) is None:
        return None
    return round(value, 1)


def _sitting_since(ws: Workstation) -> datetime | None:
    """Return when the sitting bout's time started running, to the second.

    Constant while someone sits on, so it costs no writes as the bout grows: the
    frontend shows it as a running duration. Short stands within the bout, which the
    bout does not count, move it on.
    """
    since = ws.tracker.sitting_since
    return None if since is None else since.replace(microsecond=0)


def _nudge_attributes(ws: Workstation) -> Mapping[str, Any]:
    """Return what a person needs to act on the nudge showing, and any snooze."""
    snoozed = {"snoozed_until": ws.nudging.planner.snoozed_at(ws.as_of)}
    if (nudge := ws.nudging.planner.showing) is None:
        return snoozed
    exercise = nudge.exercise
    # In the language of the moment: a change of it is shown without a restart.
    words = words_of(text_language(ws.hass.config.language), exercise)
    return {
        "nudge_id": nudge.nudge_id,
        "level": nudge.level,
        "fired_at": nudge.first_fired,
        "exercise": exercise.key,
        "exercise_name": words.name,
        "steps": list(words.steps),
        "duration_seconds": exercise.duration_seconds,
        # Unsigned: a logged-in frontend signs it (the card does), a phone gets the event's.
        "exercise_image": exercise_image(exercise),
        **snoozed,
    }


def _compliance_attributes(ws: Workstation) -> Mapping[str, Any]:
    day = ws.nudging.planner.today
    median = day.median_response if day is not None else None
    return {"median_response_seconds": None if median is None else round(median)}


SENSORS: tuple[BackcareSensorDescription, ...] = (
    BackcareSensorDescription(
        key="posture",
        translation_key="posture",
        device_class=SensorDeviceClass.ENUM,
        options=[posture.value for posture in Posture],
        value_fn=lambda ws, _today: ws.tracker.posture,
        available_fn=lambda ws: ws.tracker.posture is not None,
        # While the posture source says nothing usable, the last posture is held.
        attributes_fn=lambda ws: (
            {"uncertain_since": since}
            if (since := ws.sources.posture_lost_since)
            else {}
        ),
    ),
    _duration("seated_time_today", lambda _ws, today: today.sitting, total=True),
    _duration(
        "standing_time_today",
        lambda _ws, today: today.standing,
        total=True,
        attributes_fn=lambda ws: {
            "standing_goal_minutes": ws.nudging.goal.goal_minutes
        },
    ),
    _duration(
        "sitting_bout",
        lambda ws, _today: ws.tracker.sitting_bout,
        total=False,
        # Automations trigger on it (numeric_state): also written while it runs.
        cadence=Cadence.TOTALS | Cadence.BOUT | Cadence.MARKS,
        # What the bout is held against: the card draws its ring to it.
        attributes_fn=lambda ws: {
            "sit_limit_minutes": ws.options.nudges.sit_limit.total_seconds() / 60
        },
    ),
    _duration(
        "standing_spell",
        lambda ws, _today: ws.tracker.standing_spell,
        total=False,
        cadence=Cadence.TOTALS | Cadence.BOUT,
    ),
    # How long the posture source said nothing usable: the source's health, rarely
    # needed, and each entity costs every workstation its set-up and its rows: enabled
    # on request.
    _duration(
        "posture_uncertain_today",
        lambda _ws, today: today.uncertain,
        total=True,
        enabled=False,
        category=EntityCategory.DIAGNOSTIC,
    ),
    BackcareSensorDescription(
        key="sitting_since",
        translation_key="sitting_since",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda ws, _today: _sitting_since(ws),
    ),
    _duration(
        "longest_sitting_bout_today", lambda _ws, today: today.longest_bout, total=False
    ),
    BackcareSensorDescription(
        key="breaks_today",
        translation_key="breaks_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda _ws, today: today.breaks,
    ),
    BackcareSensorDescription(
        key="posture_changes_today",
        translation_key="posture_changes_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        # A niche figure (the standing time and ratio say more): enabled on request.
        entity_registry_enabled_default=False,
        value_fn=lambda _ws, today: today.posture_changes,
    ),
    _day_ratio("standing_ratio_today", lambda today: today.standing_ratio),
    BackcareSensorDescription(
        key="last_break",
        translation_key="last_break",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda ws, _today: ws.tracker.last_break,
    ),
    BackcareSensorDescription(
        key="nudge",
        translation_key="nudge",
        cadence=Cadence.NUDGES,
        device_class=SensorDeviceClass.ENUM,
        options=[NO_NUDGE, *(kind.value for kind in NudgeKind)],
        value_fn=lambda ws, _today: (
            ws.nudging.planner.last.value if ws.nudging.planner.last else NO_NUDGE
        ),
        attributes_fn=_nudge_attributes,
    ),
    BackcareSensorDescription(
        key="snoozed_until",
        translation_key="snoozed_until",
        cadence=Cadence.NUDGES,
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda ws, _today: ws.nudging.planner.snoozed_at(ws.as_of),
    ),
    BackcareSensorDescription(
        key="next_nudge",
        translation_key="next_nudge",
        cadence=Cadence.NUDGES,
        device_class=SensorDeviceClass.TIMESTAMP,
        # Explains why a nudge has not come yet: a diagnostic, not a daily figure.
        entity_category=EntityCategory.DIAGNOSTIC,
        value_fn=lambda ws, _today: ws.nudging.next_due,
    ),
    BackcareSensorDescription(
        key="nudges_today",
        translation_key="nudges_today",
        cadence=Cadence.NUDGES,
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=_nudges_today,
    ),
    BackcareSensorDescription(
        key="nudge_compliance_today",
        translation_key="nudge_compliance_today",
        cadence=Cadence.NUDGES,
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        value_fn=_compliance,
        attributes_fn=_compliance_attributes,
    ),
    BackcareSensorDescription(
        key="goal_streak",
        translation_key="goal_streak",
        native_unit_of_measurement=UnitOfTime.DAYS,
        value_fn=lambda ws, today: ws.nudging.goal.streak_with_today(
            today.day, today.standing / 60
        ),
        cadence=Cadence.TOTALS,
    ),
    BackcareSensorDescription(
        key="core_level",
        translation_key="core_level",
        cadence=Cadence.NUDGES,
        value_fn=lambda ws, _today: ws.nudging.progress.core.level,
        attributes_fn=lambda ws: {
            "sessions_to_level_up": ws.nudging.progress.core.sessions_to_level_up(
                ws.today.day
            )
        },
    ),
    BackcareSensorDescription(
        key="routines_completed_today",
        translation_key="routines_completed_today",
        cadence=Cadence.NUDGES,
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda ws, today: ws.nudging.progress.days.done_today(today.day),
    ),
    BackcareSensorDescription(
        key="exercise_streak",
        translation_key="exercise_streak",
        cadence=Cadence.NUDGES,
        native_unit_of_measurement=UnitOfTime.DAYS,
        value_fn=lambda ws, today: ws.nudging.progress.days.streak(today.day),
    ),
)


# Posture quality, for workstations with a slouch source.
SLOUCH_SENSORS: tuple[BackcareSensorDescription, ...] = (
    _duration("slouching_time_today", lambda _ws, today: today.slouching, total=True),
    _day_ratio("upright_ratio_today", lambda today: today.upright_ratio),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: BackcareConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the sensors of a workstation; the slouch figures only with a slouch source."""
    workstation = entry.runtime_data
    descriptions = (
        (*SENSORS, *SLOUCH_SENSORS) if workstation.options.slouch_entity else SENSORS
    )
    async_add_entities(
        [
            *(BackcareSensor(workstation, d) for d in descriptions),
            RoutineStepSensor(workstation),
        ]
    )


class BackcareSensor(BackcareSensorEntity):
    """A figure of the workstation's day."""

    entity_description: BackcareSensorDescription
    # The median response changes with every answered nudge, and the exercise's words
    # are in the catalogue: not worth recording.
    _unrecorded_attributes = frozenset(
        {
            "median_response_seconds",
            "exercise_name",
            "steps",
            "duration_seconds",
            "exercise_image",
        }
    )

    def __init__(
        self, workstation: Workstation, description: BackcareSensorDescription
    ) -> None:
        """Follow the workstation at the description's cadence."""
        super().__init__(workstation, description)
        self.cadence = description.cadence

    def _showing(self) -> Figure:
        """Return the figure as of the workstation's last update, with its small attributes."""
        ws = self.workstation
        description = self.entity_description
        attributes_fn = description.attributes_fn
        return Figure(
            description.available_fn(ws),
            description.value_fn(ws, ws.today),
            None if attributes_fn is None else attributes_fn(ws),
        )
