"""The slouch account: how much of the seated time was spent slouching.

A slouch source (a camera with a pose model, a wearable, a chair with pressure zones) is
on while the person slouches. Only seated time counts: the tracker hands over each piece
of it. A source that goes off for less than its grace is flicker: the time held back
meanwhile is counted as slouching when it comes back on, and as upright when the grace
runs out. While the source is unknown the slouch figures pause; nothing else does.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from .ledger import DayTotals, Ledger, parse_instant


class SlouchAccount:
    """Credits seated time to slouching or upright, and keeps the current slouch run."""

    def __init__(self, grace: timedelta) -> None:
        """Start with the source unknown: nothing is counted until it says something."""
        self._grace = grace
        self._known = False
        self._on = False
        # When the source went off, while that is still within grace.
        self._off_at: datetime | None = None
        # Seated seconds held back during grace, by day, and their sum.
        self._held: list[tuple[date, float]] = []
        # Seconds sat slouching in the current slouch, settled; 0 when not slouching.
        self.run = 0.0

    @property
    def slouching(self) -> bool | None:
        """Whether the person slouches (flicker within grace included); None while unknown."""
        if not self._known:
            return None
        return self._on or self._off_at is not None

    @property
    def status(self) -> tuple[object, ...]:
        """What changes with a reading or when grace runs out, never with time alone."""
        return (self._known, self._on, self._off_at is None)

    @property
    def grace_ends(self) -> datetime | None:
        """When the grace of an off reading runs out; None when none is running."""
        return None if self._off_at is None else self._off_at + self._grace

    def set_reading(
        self, ledger: Ledger, now: datetime, slouching: bool | None
    ) -> None:
        """Apply the source's reading at `now` (the time before is already credited)."""
        if slouching is None:
            # Unknown: what grace held back is not claimed either way; the run waits.
            self._known, self._off_at, self._held = False, None, []
            return
        if slouching:
            if self._off_at is not None:
                for day, seconds in self._held:
                    ledger.day(day).slouching += seconds
                    self.run += seconds
            self._off_at, self._held = None, []
        elif self._known and self._on:
            self._off_at = now
            self.expire(now)
        elif self._off_at is None:
            self.run = 0.0
        self._known, self._on = True, slouching

    def credit_sitting(self, totals: DayTotals, start: datetime, end: datetime) -> None:
        """Credit a piece of seated time within one day."""
        if not self._known:
            return
        seconds = (end - start).total_seconds()
        totals.slouch_watched += seconds
        if (grace_ends := self.grace_ends) is not None:
            held = (min(end, grace_ends) - start).total_seconds()
            if held > 0:
                self._held.append((totals.day, held))
        elif self._on:
            totals.slouching += seconds
            self.run += seconds

    def not_sitting(self) -> None:
        """Standing or away: a slouch is over, what was held back too."""
        self.run = 0.0
        self._held = []

    def expire(self, now: datetime) -> None:
        """Settle an off reading whose grace has run out by `now`: upright."""
        # Runs at every advance: the attribute first, as most of the time it is None.
        if self._off_at is not None and now >= self._off_at + self._grace:
            self._off_at, self._held = None, []
            self.run = 0.0

    def as_dict(self) -> dict[str, Any]:
        """Everything needed to carry on after a restart."""
        return {
            "known": self._known,
            "on": self._on,
            "off_at": self._off_at.isoformat() if self._off_at else None,
            "held": [[day.isoformat(), seconds] for day, seconds in self._held],
            "run": self.run,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], grace: timedelta) -> SlouchAccount:
        """Carry on from a saved state."""
        account = cls(grace)
        account._known = bool(data["known"])
        account._on = bool(data["on"])
        account._off_at = parse_instant(data["off_at"]) if data["off_at"] else None
        account._held = [
            (date.fromisoformat(day), float(seconds)) for day, seconds in data["held"]
        ]
        account.run = float(data["run"])
        return account
