"""When stand and move nudges may fire: the active schedule, do-not-disturb and meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from homeassistant.const import STATE_ON
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .options import WorkstationOptions


@dataclass(frozen=True, slots=True)
class Gates:
    """The gates as they stand at one instant."""

    active_day: bool
    active: bool
    busy: bool
    meeting: tuple[datetime, datetime] | None


class GateReader:
    """Reads the schedule and the do-not-disturb, workday and calendar entities."""

    def __init__(self, hass: HomeAssistant, options: WorkstationOptions) -> None:
        """Take the gate options of a workstation."""
        self.hass = hass
        self.active_days = options.active_days
        self.workday_entity = options.workday_entity
        self.start = options.active_start
        self.end = options.active_end
        self.dnd_entities = options.dnd_entities
        self.calendar_entities = options.calendar_entities

    @property
    def clock_times(self) -> list[time]:
        """Local times at which the schedule opens or closes."""
        return [self.start, self.end]

    @property
    def entities(self) -> list[str]:
        """Entities whose changes can open or close a gate."""
        workday = [self.workday_entity] if self.workday_entity else []
        return [*self.dnd_entities, *self.calendar_entities, *workday]

    def read(self, now: datetime) -> Gates:
        """Return the gates at `now`."""
        local = dt_util.as_local(now)
        active_day = self._is_active_day(local)
        active = active_day and self.start <= local.time() < self.end
        busy = any(self._is_on(entity_id) for entity_id in self.dnd_entities) or any(
            self._is_on(entity_id) for entity_id in self.calendar_entities
        )
        return Gates(active_day, active, busy, self._next_meeting(now))

    def _is_active_day(self, local: datetime) -> bool:
        state = (
            self.hass.states.get(self.workday_entity) if self.workday_entity else None
        )
        if state is not None and state.state in ("on", "off"):
            return state.state == STATE_ON
        return local.weekday() in self.active_days

    def _is_on(self, entity_id: str) -> bool:
        state = self.hass.states.get(entity_id)
        return state is not None and state.state == STATE_ON

    def _next_meeting(self, now: datetime) -> tuple[datetime, datetime] | None:
        """Return the earliest upcoming event (a calendar that is off shows its next one)."""
        meetings: list[tuple[datetime, datetime]] = []
        for entity_id in self.calendar_entities:
            state = self.hass.states.get(entity_id)
            if state is None or state.state != "off" or state.attributes.get("all_day"):
                continue
            start = _calendar_time(state.attributes.get("start_time"))
            end = _calendar_time(state.attributes.get("end_time"))
            if start is not None and end is not None and start > now:
                meetings.append((start, end))
        return min(meetings, default=None)


def next_clock_time(now: datetime, times: list[time]) -> datetime:
    """Return the first instant after `now` at which the local clock shows one of `times`."""
    local = dt_util.as_local(now)
    return min(
        moment
        for day in (local.date(), local.date() + timedelta(days=1))
        for at in times
        if (moment := datetime.combine(day, at, tzinfo=local.tzinfo)) > now
    )


def _calendar_time(value: object) -> datetime | None:
    """Calendar attributes hold local wall-clock times as text."""
    if not isinstance(value, str) or (parsed := dt_util.parse_datetime(value)) is None:
        return None
    return dt_util.as_utc(
        parsed
        if parsed.tzinfo
        else parsed.replace(tzinfo=dt_util.get_default_time_zone())
    )
