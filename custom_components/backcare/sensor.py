"""Sensors: posture, today's seated and standing time, bouts and breaks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType
from homeassistant.util import dt as dt_util

from .engine.ledger import DayTotals
from .engine.posture import Posture
from .engine.tracker import Tracker
from .entity import BackcareEntity
from .workstation import BackcareConfigEntry

PARALLEL_UPDATES = 0


def _minutes(seconds: float) -> float:
    """Minutes with two decimals: every second of the day gives a distinct value."""
    return round(seconds / 60, 2)


@dataclass(frozen=True, kw_only=True)
class BackcareSensorDescription(SensorEntityDescription):
    """A sensor and how to read its value from the tracker and today's totals."""

    value_fn: Callable[[Tracker, DayTotals], StateType | datetime]
    available_fn: Callable[[Tracker], bool] = lambda _tracker: True


def _duration(
    key: str, value_fn: Callable[[Tracker, DayTotals], float], *, total: bool
) -> BackcareSensorDescription:
    return BackcareSensorDescription(
        key=key,
        translation_key=key,
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        suggested_display_precision=0,
        state_class=SensorStateClass.TOTAL_INCREASING
        if total
        else SensorStateClass.MEASUREMENT,
        value_fn=lambda tracker, today: _minutes(value_fn(tracker, today)),
    )


SENSORS: tuple[BackcareSensorDescription, ...] = (
    BackcareSensorDescription(
        key="posture",
        translation_key="posture",
        device_class=SensorDeviceClass.ENUM,
        options=[posture.value for posture in Posture],
        value_fn=lambda tracker, _today: tracker.posture,
        available_fn=lambda tracker: tracker.posture is not None,
    ),
    _duration("seated_time_today", lambda _tracker, today: today.sitting, total=True),
    _duration(
        "standing_time_today", lambda _tracker, today: today.standing, total=True
    ),
    _duration(
        "sitting_bout", lambda tracker, _today: tracker.sitting_bout, total=False
    ),
    _duration(
        "longest_sitting_bout_today",
        lambda _tracker, today: today.longest_bout,
        total=False,
    ),
    BackcareSensorDescription(
        key="breaks_today",
        translation_key="breaks_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda _tracker, today: today.breaks,
    ),
    BackcareSensorDescription(
        key="posture_changes_today",
        translation_key="posture_changes_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda _tracker, today: today.posture_changes,
    ),
    BackcareSensorDescription(
        key="standing_ratio_today",
        translation_key="standing_ratio_today",
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=0,
        value_fn=lambda _tracker, today: (
            None if (ratio := today.standing_ratio) is None else round(ratio, 1)
        ),
    ),
    BackcareSensorDescription(
        key="last_break",
        translation_key="last_break",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda tracker, _today: tracker.last_break,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: BackcareConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the sensors of a workstation."""
    async_add_entities(
        BackcareSensor(entry.runtime_data, description) for description in SENSORS
    )


class BackcareSensor(BackcareEntity, SensorEntity):
    """A figure of the workstation's day."""

    entity_description: BackcareSensorDescription

    @property
    def available(self) -> bool:
        """Whether the figure is known now."""
        return self.entity_description.available_fn(self.workstation.tracker)

    @property
    def native_value(self) -> StateType | datetime:
        """The figure as of the workstation's last update."""
        tracker = self.workstation.tracker
        return self.entity_description.value_fn(
            tracker, tracker.today(dt_util.utcnow())
        )
