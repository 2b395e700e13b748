"""Progression for consistency: the morning core level, today's sessions and the streak.

Doing a little often is what helps, so the core routine grows with regular practice and
eases off after a lapse: it moves up a level after core sessions on `UP_DAYS` different
days within `WINDOW_DAYS` (counted since the level last changed), and down a level after
`LAPSE_DAYS` whole days without one. The streak counts the days in a row with at least
one exercise done: a completed routine, or a move, stretch or core nudge answered Done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Final

from .exercises import NudgeKind

MIN_LEVEL: Final = 1
MAX_LEVEL: Final = 3
UP_DAYS: Final = 5
WINDOW_DAYS: Final = 7
LAPSE_DAYS: Final = 7
# The nudges that ask for an exercise rather than a change of posture.
EXERCISE_KINDS: Final = frozenset({NudgeKind.MOVE, NudgeKind.STRETCH, NudgeKind.CORE})


@dataclass(slots=True)
class CoreLevel:
    """The level of the morning core routine, from the days with a core session."""

    level: int = MIN_LEVEL
    # The days with a core session within the window since the level last changed,
    # oldest first.
    session_days: list[date] = field(default_factory=list)
    # The last day the level changed or a session was done: a lapse counts from it.
    since: date | None = None

    def record(self, day: date) -> None:
        """Count a completed core session on `day` (more on one day count once)."""
        self.settle(day)
        self.since = day
        if day in self.session_days:
            return
        # Only the days within the window count: the rest need not be kept.
        self.session_days = [
            *(d for d in self.session_days if d > day - timedelta(WINDOW_DAYS)),
            day,
        ]
        if self.sessions_to_level_up(day) == 0:
            self.level += 1
            self.session_days = []

    def sessions_to_level_up(self, today: date) -> int | None:
        """Return how many more session days within the window move the level up.

        None at the top level. Days that slide out of the window count no longer.
        """
        if self.level >= MAX_LEVEL:
            return None
        recent = [d for d in self.session_days if d > today - timedelta(WINDOW_DAYS)]
        return UP_DAYS - len(recent)

    def settle(self, today: date) -> None:
        """Step down a level for each `LAPSE_DAYS` whole days without a session."""
        if self.since is None:
            return
        while today - self.since > timedelta(LAPSE_DAYS):
            self.since += timedelta(LAPSE_DAYS)
            if self.level > MIN_LEVEL:
                self.level -= 1
                self.session_days = []

    def as_dict(self) -> dict[str, Any]:
        """Serialise for storage."""
        return {
            "level": self.level,
            "session_days": [day.isoformat() for day in self.session_days],
            "since": self.since.isoformat() if self.since else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CoreLevel:
        """Carry on from storage; a missing key starts as new."""
        level = int(data.get("level", MIN_LEVEL))
        if not MIN_LEVEL <= level <= MAX_LEVEL:
            raise ValueError(f"core level {level}")
        since = data.get("since")
        return cls(
            level,
            [date.fromisoformat(day) for day in data.get("session_days", [])],
            date.fromisoformat(since) if since else None,
        )


@dataclass(slots=True)
class ExerciseDays:
    """How many exercises were done today, and the days in a row with at least one."""

    day: date | None = None
    done_on_day: int = 0
    # The days in a row, up to and including `day`, with at least one done.
    run: int = 0

    def record(self, day: date) -> None:
        """Count one exercise done (a routine completed or a nudge done) on `day`."""
        if day == self.day:
            self.done_on_day += 1
            return
        self.run = self.run + 1 if self.day == day - timedelta(1) else 1
        self.day = day
        self.done_on_day = 1

    def done_today(self, today: date) -> int:
        """Return how many were done on `today`."""
        return self.done_on_day if self.day == today else 0

    def streak(self, today: date) -> int:
        """Return the days in a row with one done; today counts once one is done.

        Until then the run up to yesterday still stands; a day without any breaks it.
        """
        if self.day is None or today - self.day > timedelta(1):
            return 0
        return self.run

    def as_dict(self) -> dict[str, Any]:
        """Serialise for storage."""
        return {
            "day": self.day.isoformat() if self.day else None,
            "done_on_day": self.done_on_day,
            "run": self.run,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExerciseDays:
        """Carry on from storage; a missing key starts as new."""
        day = data.get("day")
        return cls(
            date.fromisoformat(day) if day else None,
            int(data.get("done_on_day", 0)),
            int(data.get("run", 0)),
        )


@dataclass(slots=True)
class Progress:
    """The core level and the exercise days, fed by what the person completes."""

    core: CoreLevel = field(default_factory=CoreLevel)
    days: ExerciseDays = field(default_factory=ExerciseDays)

    def nudge_done(self, kind: NudgeKind, day: date) -> None:
        """Count a nudge answered Done: exercise nudges count, core ones are sessions."""
        if kind in EXERCISE_KINDS:
            self.days.record(day)
        if kind is NudgeKind.CORE:
            self.core.record(day)

    def routine_completed(self, kind: NudgeKind | None, day: date) -> None:
        """Count a guided routine finished (of the nudge `kind`, if it has one).

        The core routine is a core session.
        """
        self.days.record(day)
        if kind is NudgeKind.CORE:
            self.core.record(day)

    def as_dict(self) -> dict[str, Any]:
        """Serialise for storage."""
        return {"core": self.core.as_dict(), "days": self.days.as_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Progress:
        """Carry on from storage; a missing part starts as new."""
        return cls(
            CoreLevel.from_dict(data.get("core") or {}),
            ExerciseDays.from_dict(data.get("days") or {}),
        )
