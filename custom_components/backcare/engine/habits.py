"""The standing goal: a daily target, the streak of active days it was met, and progression.

Consistency beats quick fixes: the goal can grow by 15 minutes after every working week in
which it was met each active day, from 2 h towards 4 h as the ergonomics expert statement
suggests, and the streak counts the active days in a row it was met.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

PROGRESSION_STEP_MINUTES = 15
DAYS_PER_STEP = 5  # a working week of met goals


@dataclass(slots=True)
class StandingGoal:
    """The goal in minutes, the streak, and which days were active."""

    goal_minutes: float
    progressive: bool
    max_minutes: float
    streak: int = 0
    closed_through: date | None = None
    active_days: set[date] = field(default_factory=set)

    def mark_active(self, day: date) -> None:
        """Remember that `day` is an active day (seen in the schedule while it lasted)."""
        self.active_days.add(day)

    def close_days(self, today: date, standing_minutes_of: dict[date, float]) -> None:
        """Settle the streak for every day before `today` not settled yet.

        `standing_minutes_of` has the standing time of the days still known; an active
        day missing from it (Home Assistant was off) counts as not met.
        """
        if self.closed_through is None:
            # Nothing settled yet: start at the first active day still remembered.
            day = min([today - timedelta(days=1), *self.active_days])
        else:
            day = self.closed_through + timedelta(days=1)
        while day < today:
            if day in self.active_days:
                minutes = standing_minutes_of.get(day)
                if minutes is not None and minutes >= self.goal_minutes:
                    self.streak += 1
                    if self.progressive and self.streak % DAYS_PER_STEP == 0:
                        self.goal_minutes = min(
                            self.goal_minutes + PROGRESSION_STEP_MINUTES,
                            self.max_minutes,
                        )
                else:
                    self.streak = 0
            day += timedelta(days=1)
        self.closed_through = today - timedelta(days=1)
        self.active_days = {active for active in self.active_days if active >= today}

    def streak_with_today(self, today: date, standing_minutes_today: float) -> int:
        """Return the streak as it stands now, counting today once its goal is met."""
        met_today = (
            today in self.active_days and standing_minutes_today >= self.goal_minutes
        )
        return self.streak + (1 if met_today else 0)

    def as_dict(self) -> dict[str, Any]:
        """Serialise for storage."""
        return {
            "goal_minutes": self.goal_minutes,
            "streak": self.streak,
            "closed_through": self.closed_through.isoformat()
            if self.closed_through
            else None,
            "active_days": sorted(day.isoformat() for day in self.active_days),
        }

    def restore(self, data: dict[str, Any]) -> None:
        """Carry on from storage; a progressed goal stays between the configured ones."""
        if self.progressive:
            progressed = max(self.goal_minutes, float(data["goal_minutes"]))
            self.goal_minutes = min(
                progressed, max(self.max_minutes, self.goal_minutes)
            )
        self.streak = int(data["streak"])
        closed = data["closed_through"]
        self.closed_through = date.fromisoformat(closed) if closed else None
        self.active_days = {date.fromisoformat(day) for day in data["active_days"]}
