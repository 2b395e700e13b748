"""Which exercise a nudge suggests next: each kind's menu in a weighted, fixed turn.

A smooth weighted round robin: every exercise earns its weight in credit at each
suggestion of its kind and the one with the most credit is suggested, paying the total
back. So a favoured exercise comes up about as often as its weight says and every other
one still comes up in turn; ties go to the next on the menu after the last suggested, so
the same history gives the same suggestion and equal weights are a plain turn. The one
suggested last for a kind is never suggested twice in a row while the kind has another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .exercises import Exercise, NudgeKind
from .menu import ExerciseMenu


class ExerciseRotation:
    """Suggests each kind's exercises in turn, weighted by the menu."""

    def __init__(
        self,
        menu: ExerciseMenu | None = None,
        recent: Sequence[str] = (),
        balances: Mapping[str, Mapping[str, int]] | None = None,
    ) -> None:
        """Continue after the exercises suggested last (oldest first), with the credits."""
        self.menu = menu or ExerciseMenu()
        self._last_by_kind: dict[NudgeKind, str] = {}
        for key in recent:
            if (exercise := self.menu.find(key)) is not None:
                self._last_by_kind[exercise.kind] = key
        self.last_key: str | None = recent[-1] if recent else None
        self._balances: dict[NudgeKind, dict[str, int]] = {}
        for kind, by_key in (balances or {}).items():
            if kind in NudgeKind.__members__.values():
                self._balances[NudgeKind(kind)] = {
                    str(key): int(value) for key, value in by_key.items()
                }

    @property
    def recent(self) -> list[str]:
        """Return the last exercise of each kind, the very last one at the end."""
        keys = [key for key in self._last_by_kind.values() if key != self.last_key]
        return [*keys, self.last_key] if self.last_key else keys

    @property
    def balances(self) -> dict[str, dict[str, int]]:
        """Return each kind's credit per exercise, for storage."""
        return {kind.value: dict(by_key) for kind, by_key in self._balances.items()}

    def next(self, kind: NudgeKind) -> Exercise:
        """Return the exercise to suggest for `kind` now, and remember it."""
        choices = self.menu.choices(kind)
        total = sum(weight for _, weight in choices)
        # Exercises no longer on the menu lose their credit; new ones start at none.
        balance = {
            exercise.key: self._balances.get(kind, {}).get(exercise.key, 0) + weight
            for exercise, weight in choices
        }
        last = self._last_by_kind.get(kind)
        keys = [exercise.key for exercise, _ in choices]
        # In menu order from the one after the last: on a tie of credit, that one wins.
        start = keys.index(last) + 1 if last in keys else 0
        turn = [exercise for exercise, _ in choices[start:] + choices[:start]]
        candidates = [e for e in turn if e.key != last] or turn
        exercise = max(candidates, key=lambda exercise: balance[exercise.key])
        balance[exercise.key] -= total
        # Bounded: an exercise weighing more than all the others together cannot come
        # twice in a row, so its credit would grow without end.
        self._balances[kind] = {
            key: max(-total, min(total, value)) for key, value in balance.items()
        }
        self._last_by_kind[kind] = self.last_key = exercise.key
        return exercise
