"""Per-day totals, and splitting time spans at local midnight."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

# Days kept besides today: late-settled time (a grace period that straddled midnight)
# still lands on yesterday, and yesterday's totals feed daily summaries.
_DAYS_KEPT = 2


def local_date(instant: datetime, zone: tzinfo) -> date:
    """Return the calendar date of an instant in the given time zone."""
    return instant.astimezone(zone).date()


def parse_instant(text: object) -> datetime:
    """Read a saved instant; anything but an ISO time with its offset is refused."""
    if not isinstance(text, str):
        raise TypeError(f"not an ISO time: {text!r}")
    instant = datetime.fromisoformat(text)
    if instant.tzinfo is None:
        raise ValueError(f"no time zone: {text}")
    return instant


def start_of_day(day: date, zone: tzinfo) -> datetime:
    """Local midnight that begins `day`, as a UTC instant (DST days are 23 or 25 h)."""
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


class LocalDays:
    """The local days of a time zone, with the day at hand remembered.

    Nearly every instant a workstation handles falls on the day of the one before: that
    day's bounds are kept, so telling the day or splitting a span at midnight converts
    time zones only when a day starts.
    """

    def __init__(self, zone: tzinfo) -> None:
        """Know nothing yet: the first instant asked about finds its day."""
        self.zone = zone
        self._day = date.min
        self._start = self._end = datetime.min.replace(tzinfo=UTC)

    def _find(self, instant: datetime) -> None:
        if not self._start <= instant < self._end:
            self._day = local_date(instant, self.zone)
            self._start = start_of_day(self._day, self.zone)
            self._end = start_of_day(self._day + timedelta(days=1), self.zone)

    def date_of(self, instant: datetime) -> date:
        """Return the local calendar date of an instant."""
        self._find(instant)
        return self._day

    def next_midnight(self, instant: datetime) -> datetime:
        """Return the first local midnight after `instant`."""
        self._find(instant)
        return self._end

    def split(
        self, start: datetime, end: datetime
    ) -> Iterator[tuple[date, datetime, datetime]]:
        """Yield (date, piece start, piece end) for the parts of [start, end) on each local day."""
        while start < end:
            self._find(start)
            piece_end = min(end, self._end)
            yield self._day, start, piece_end
            start = piece_end


@dataclass(slots=True)
class DayTotals:
    """What happened at a workstation on one local day. Durations are in seconds."""

    day: date
    sitting: float = 0.0
    standing: float = 0.0
    away: float = 0.0
    paused: float = 0.0
    breaks: int = 0
    posture_changes: int = 0
    longest_bout: float = 0.0
    # Sitting or standing time counted under the last posture known, while the
    # posture source said nothing usable (a desk that dropped off).
    uncertain: float = 0.0
    # Seated time while a slouch source said something, and the part of it slouching.
    slouch_watched: float = 0.0
    slouching: float = 0.0

    @property
    def standing_ratio(self) -> float | None:
        """Percentage of occupied time spent standing; None before any occupied time."""
        occupied = self.sitting + self.standing
        if occupied <= 0:
            return None
        return 100.0 * self.standing / occupied

    @property
    def upright_ratio(self) -> float | None:
        """Percentage of watched seated time not slouching; None before any."""
        if self.slouch_watched <= 0:
            return None
        return 100.0 * (self.slouch_watched - self.slouching) / self.slouch_watched

    def as_dict(self) -> dict[str, Any]:
        """Serialise for storage.

        Field by field: `dataclasses.asdict` copies each value recursively, which was
        most of a save's time.
        """
        data: dict[str, Any] = {
            field.name: getattr(self, field.name) for field in _TOTALS_FIELDS
        }
        data["day"] = self.day.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DayTotals:
        """Restore from storage, ignoring keys this version does not know.

        A value of the wrong type raises TypeError or ValueError, as does a negative one.
        """
        totals = cls(date.fromisoformat(data["day"]))
        for field in _TOTALS_FIELDS[1:]:
            if field.name in data:
                value = data[field.name]
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise TypeError(f"{field.name} is not a number: {value!r}")
                if value < 0:
                    raise ValueError(f"{field.name} is negative: {value!r}")
                setattr(totals, field.name, type(getattr(totals, field.name))(value))
        return totals


_TOTALS_FIELDS = fields(DayTotals)


class Ledger:
    """The totals of today and the few days before it."""

    def __init__(self, days: list[DayTotals] | None = None) -> None:
        """Start empty, or from restored days."""
        self._days: dict[date, DayTotals] = {
            totals.day: totals for totals in days or []
        }

    @classmethod
    def readable(cls, saved: object) -> Ledger:
        """Restore the saved days that can be read; the others are dropped."""
        days: list[DayTotals] = []
        for item in saved if isinstance(saved, list) else []:
            try:
                days.append(DayTotals.from_dict(item))
            except AttributeError, KeyError, TypeError, ValueError:
                continue
        return cls(days)

    def day(self, day: date) -> DayTotals:
        """Return the totals of `day`, created empty on first use; old days are dropped."""
        if (totals := self._days.get(day)) is None:
            totals = self._days[day] = DayTotals(day)
            for old in sorted(self._days)[: -(_DAYS_KEPT + 1)]:
                del self._days[old]
        return totals

    def peek(self, day: date) -> DayTotals:
        """Return the totals of `day` without keeping an empty day around."""
        return self._days.get(day) or DayTotals(day)

    def as_list(self) -> list[dict[str, Any]]:
        """Serialise for storage, oldest first."""
        return [self._days[day].as_dict() for day in sorted(self._days)]
