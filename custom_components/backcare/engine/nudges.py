"""Nudge policy: when to ask someone to stand, move, stretch or wake up their core.

The planner is told the situation (from the tracker and the gates the caller evaluated:
schedule, do-not-disturb, meetings) and answers with what fired and what resolved. It keeps
the state that makes nudges escalate, never repeat for the same bout and level, and stay
once a day where they should.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from statistics import median
from typing import Any

from .exercises import Exercise, NudgeKind
from .ledger import parse_instant
from .menu import ExerciseMenu
from .posture import Posture
from .rotation import ExerciseRotation

MAX_LEVEL = 3
CORE_EXPIRY = timedelta(minutes=30)
_DESK_KINDS = (NudgeKind.STAND, NudgeKind.SIT, NudgeKind.MOVE)
# The postures during which each desk nudge runs and fires.
_WHILE = {
    NudgeKind.STAND: (Posture.SITTING,),
    NudgeKind.SIT: (Posture.STANDING,),
    NudgeKind.MOVE: (Posture.SITTING, Posture.STANDING),
}


class Resolution(StrEnum):
    """How a nudge ended (the `how` of backcare_nudge_resolved)."""

    STOOD = "stood"
    SAT = "sat"
    BREAK = "break"
    LEFT = "left"
    DONE = "done"
    SNOOZED = "snoozed"
    EXPIRED = "expired"
    # A posture cue: the slouch source went off (after its grace).
    CORRECTED = "corrected"
    # The nudges were turned off while it was showing.
    OFF = "off"


_COMPLIANT = (Resolution.STOOD, Resolution.SAT, Resolution.BREAK, Resolution.LEFT)


@dataclass(frozen=True, slots=True)
class NudgeSettings:
    """The user's nudge options."""

    sit_limit: timedelta
    move_interval: timedelta
    repeat: timedelta
    stretch_at: time
    stretch_min_seated: timedelta
    core_enabled: bool
    core_start: time
    core_end: time
    premeeting: timedelta
    # A standing spell this long asks to sit or move; zero turns it off.
    stand_limit: timedelta = timedelta(0)
    # Which exercises each kind suggests, and how often.
    exercises: ExerciseMenu = field(default_factory=ExerciseMenu)
    # Slouching this long while sitting gives a posture cue, at most one per cue gap
    # (counted from the earlier cue's start).
    slouch_limit: timedelta = timedelta(seconds=60)
    cue_gap: timedelta = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class Situation:
    """The workstation now, as the planner needs to know it."""

    now: datetime
    today: date
    local_time: time
    posture: Posture | None
    sitting_bout: float
    bout_id: int
    not_sitting_run: float
    occupied_run: float
    breaks_total: int
    seated_today: float
    enabled: bool = True
    active: bool = True
    busy: bool = False
    meeting: tuple[datetime, datetime] | None = None
    standing_spell: float = 0.0
    spell_id: int = 0
    not_standing_run: float = 0.0
    # Whether the slouch source says slouching (None: unknown), and for how long it
    # has while sitting.
    slouching: bool | None = None
    slouch_run: float = 0.0


@dataclass(frozen=True, slots=True)
class Fired:
    """A nudge fired (or repeated at a higher level: the same `nudge_id`)."""

    kind: NudgeKind
    level: int
    exercise: Exercise
    nudge_id: str


@dataclass(frozen=True, slots=True)
class Resolved:
    """A nudge ended."""

    kind: NudgeKind
    how: Resolution
    response_seconds: float
    nudge_id: str


type Outcome = Fired | Resolved


def time_left(limit: float, progress: float) -> timedelta:
    """Return the time until `progress` reaches `limit` (seconds), to the microsecond.

    Seconds summed from many spans can fall a fraction of a microsecond short of the
    limit they add up to. A nudge is due when no whole microsecond is left: deciding
    and scheduling then agree, and the check at the due instant fires it.
    """
    return timedelta(seconds=max(limit - progress, 0.0))


def nudge_id_of(kind: NudgeKind, first_fired: datetime) -> str:
    """Name a nudge by its kind and the instant it first fired (to the millisecond).

    Answers carry it, so an old notification cannot act on a newer nudge; it needs no
    counter to keep, and no two nudges of a kind fire in the same millisecond.
    """
    return f"{kind.value}-{round(first_fired.timestamp() * 1000)}"


@dataclass(slots=True)
class ActiveNudge:
    """A nudge showing now: since when, at which level, with which exercise."""

    kind: NudgeKind
    level: int
    episode: int
    first_fired: datetime
    last_fired: datetime
    exercise: Exercise
    # Whether it counts in today's compliance yet: once answered, or once its repeat
    # time passed unanswered. Not while it is still fresh.
    decided: bool = False

    @property
    def nudge_id(self) -> str:
        """The id answers carry (see `nudge_id_of`)."""
        return nudge_id_of(self.kind, self.first_fired)


@dataclass(slots=True)
class DayNudges:
    """Nudges of one day: how many fired and how stand/move nudges were answered."""

    day: date
    fired: int = 0
    desk_nudges: int = 0
    compliant: int = 0
    responses: list[float] = field(default_factory=list)
    # Stand/move nudges answered, or left unanswered past their repeat time.
    decided: int = 0

    @property
    def compliance(self) -> float | None:
        """Percentage of decided stand/move nudges answered by standing or a break in time.

        A nudge still open within its repeat time is not counted yet either way.
        """
        if self.decided == 0:
            return None
        return 100.0 * self.compliant / self.decided

    @property
    def median_response(self) -> float | None:
        """Median seconds from a stand/move nudge to standing up or leaving."""
        return median(self.responses) if self.responses else None


class NudgePlanner:
    """Decides which nudges fire and resolve, one situation at a time."""

    def __init__(self, settings: NudgeSettings) -> None:
        """Start with no nudge active."""
        self.settings = settings
        self.active: dict[NudgeKind, ActiveNudge] = {}
        self.snoozed_until: datetime | None = None
        self.rotation = ExerciseRotation(settings.exercises)
        # The highest level fired per desk nudge kind in its current episode.
        self._levels: dict[NudgeKind, tuple[int, int]] = {}
        self._once_a_day: dict[NudgeKind, date] = {}
        # A stand or sit nudge answered Done: (episode, its progress then). The bout or
        # spell goes on, but the next such nudge is a full limit away.
        self._done: dict[NudgeKind, tuple[int, float]] = {}
        self.today: DayNudges | None = None
        self.last: NudgeKind | None = None
        # When the latest posture cue fired: the next waits the cue gap from it.
        self.last_cue: datetime | None = None

    # Actions ------------------------------------------------------------------

    @property
    def showing(self) -> ActiveNudge | None:
        """The nudge to show: the latest of those active."""
        return self.active[self.last] if self.last is not None else None

    def snoozed_at(self, now: datetime) -> datetime | None:
        """Until when nudges are snoozed (or held off by a break); None when not."""
        return self.snoozed_until if self._snoozed(now) else None

    def kind_of(self, nudge_id: str) -> NudgeKind | None:
        """Return the kind of the active nudge `nudge_id`; None once it is over."""
        return next(
            (
                kind
                for kind, active in self.active.items()
                if active.nudge_id == nudge_id
            ),
            None,
        )

    def snooze(self, situation: Situation, until: datetime) -> list[Outcome]:
        """Defer every nudge until `until` (a longer snooze or break stays); active nudges end as snoozed."""
        self.snoozed_until = max(until, self.snoozed_until or until)
        return [
            self._resolve(situation, kind, Resolution.SNOOZED)
            for kind in list(self.active)
        ]

    def complete(self, situation: Situation, kind: NudgeKind) -> list[Outcome]:
        """Resolve a nudge the user says they did.

        A stand (or sit) nudge done while the sensors still say sitting (or standing)
        closes it for this bout (or spell): the next one is a full limit away, and
        starts again at level 1.
        """
        if kind not in self.active:
            return []
        if kind in (NudgeKind.STAND, NudgeKind.SIT):
            self._done[kind] = (
                self._episode(situation, kind),
                self._run(situation, kind),
            )
            self._levels.pop(kind, None)
        return [self._resolve(situation, kind, Resolution.DONE)]

    def took_break(self, situation: Situation, until: datetime) -> list[Outcome]:
        """Resolve the stand and move nudges with an explicit break; none fire until `until`."""
        self.snoozed_until = max(until, self.snoozed_until or until)
        return [
            self._resolve(situation, kind, Resolution.BREAK)
            for kind in _DESK_KINDS
            if kind in self.active
        ]

    # Evaluation ---------------------------------------------------------------

    def evaluate(self, situation: Situation) -> list[Outcome]:
        """Resolve what ended and fire what is due."""
        self._roll_day(situation.today)
        outcomes = self._resolve_finished(situation)
        if not situation.enabled:
            outcomes.extend(
                self._resolve(situation, kind, Resolution.OFF)
                for kind in list(self.active)
            )
            return outcomes
        if self._snoozed(situation.now):
            return outcomes
        for kind in _DESK_KINDS:
            if (fired := self._desk_nudge(situation, kind)) is not None:
                outcomes.append(fired)
        if (cue := self._posture_cue(situation)) is not None:
            outcomes.append(cue)
        for kind in (NudgeKind.STRETCH, NudgeKind.CORE):
            if self._once_a_day_due(situation, kind):
                self._once_a_day[kind] = situation.today
                outcomes.append(self._fire(situation, kind, level=1, episode=0))
        return outcomes

    def next_due(self, situation: Situation) -> datetime | None:
        """When a desk nudge would fire at the current pace; None when none will."""
        if not situation.enabled or situation.posture not in (
            Posture.SITTING,
            Posture.STANDING,
        ):
            return None
        return self._paced(situation)

    def next_check(self, situation: Situation) -> datetime | None:
        """Return the next instant at which `evaluate` may decide something new by itself.

        Local clock times (the schedule, the evening stretch, the morning core) and the
        day's end are the caller's: it knows the time zone.
        """
        candidates = [
            active.last_fired + self.settings.repeat
            for active in self.active.values()
            if active.kind in _DESK_KINDS and active.level < MAX_LEVEL
        ]
        if (core := self.active.get(NudgeKind.CORE)) is not None:
            candidates.append(core.first_fired + CORE_EXPIRY)
        if self.snoozed_until is not None and self.snoozed_until > situation.now:
            candidates.append(self.snoozed_until)
        if situation.enabled and (due := self._paced(situation)) is not None:
            candidates.append(due)
        if situation.enabled and (cue := self._cue_due(situation)) is not None:
            candidates.append(cue)
        if (stretch := self._stretch_reached(situation)) is not None:
            candidates.append(stretch)
        if meeting := situation.meeting:
            candidates.append(meeting[0] - self.settings.premeeting)
        future = [moment for moment in candidates if moment > situation.now]
        return min(future, default=None)

    # Internals ----------------------------------------------------------------

    def _paced(self, situation: Situation) -> datetime | None:
        """When the first desk nudge not yet active comes due at the current pace.

        Sitting, the bout and the time at the desk both run; standing, only the time
        at the desk does.
        """
        if situation.posture not in (Posture.SITTING, Posture.STANDING):
            return None
        candidates = [
            situation.now + time_left(limit, progress)
            for kind, limit, progress in self._desk_progress(situation)
            if situation.posture in _WHILE[kind]
            and kind not in self.active
            and self._next_level(situation, kind) is not None
        ]
        if not candidates:
            return None
        due = min(candidates)
        if self.snoozed_until is not None:
            due = max(due, self.snoozed_until)
        return due

    def _stretch_reached(self, situation: Situation) -> datetime | None:
        """When sitting on after the stretch time brings today's seated time to its minimum."""
        if (
            self._once_a_day.get(NudgeKind.STRETCH) == situation.today
            or situation.posture is not Posture.SITTING
            or situation.local_time < self.settings.stretch_at
        ):
            return None
        return situation.now + time_left(
            self.settings.stretch_min_seated.total_seconds(), situation.seated_today
        )

    def _cue_due(self, situation: Situation) -> datetime | None:
        """When a posture cue comes due if the slouch goes on; None when none can.

        Slouching while sitting, once it lasts the slouch limit and the cue gap has
        passed since the earlier cue started, and while no cue is showing.
        """
        if (
            NudgeKind.POSTURE in self.active
            or situation.posture is not Posture.SITTING
            or not situation.slouching
        ):
            return None
        due = situation.now + time_left(
            self.settings.slouch_limit.total_seconds(), situation.slouch_run
        )
        if self.last_cue is not None:
            due = max(due, self.last_cue + self.settings.cue_gap)
        return due

    def _posture_cue(self, situation: Situation) -> Fired | None:
        """Fire the posture cue when due, in the schedule and not in a meeting or DND."""
        due = self._cue_due(situation)
        if due is None or due > situation.now or not situation.active or situation.busy:
            return None
        self.last_cue = situation.now
        return self._fire(situation, NudgeKind.POSTURE, level=1, episode=0)

    def _snoozed(self, now: datetime) -> bool:
        return self.snoozed_until is not None and now < self.snoozed_until

    def _roll_day(self, today: date) -> None:
        if self.today is None or self.today.day != today:
            self.today = DayNudges(today)

    def _desk_progress(
        self, situation: Situation
    ) -> list[tuple[NudgeKind, float, float]]:
        progress = [
            (
                NudgeKind.STAND,
                self.settings.sit_limit.total_seconds(),
                self._since_done(situation, NudgeKind.STAND),
            ),
            (
                NudgeKind.MOVE,
                self.settings.move_interval.total_seconds(),
                situation.occupied_run,
            ),
        ]
        if self.settings.stand_limit:
            progress.append(
                (
                    NudgeKind.SIT,
                    self.settings.stand_limit.total_seconds(),
                    self._since_done(situation, NudgeKind.SIT),
                )
            )
        return progress

    @staticmethod
    def _run(situation: Situation, kind: NudgeKind) -> float:
        """Return the bout (stand) or the spell (sit) the nudge of `kind` is about."""
        if kind is NudgeKind.STAND:
            return situation.sitting_bout
        return situation.standing_spell

    def _since_done(self, situation: Situation, kind: NudgeKind) -> float:
        """Return the bout or spell, counted from a Done in it, if there was one."""
        run = self._run(situation, kind)
        done = self._done.get(kind)
        if done is not None and done[0] == self._episode(situation, kind):
            run -= done[1]
        return run

    def _episode(self, situation: Situation, kind: NudgeKind) -> int:
        if kind is NudgeKind.STAND:
            return situation.bout_id
        if kind is NudgeKind.SIT:
            return situation.spell_id
        return situation.breaks_total

    def _next_level(self, situation: Situation, kind: NudgeKind) -> int | None:
        """Return the level the next nudge of `kind` would have this episode; None when exhausted."""
        episode, level = self._levels.get(kind, (-1, 0))
        if episode != self._episode(situation, kind):
            return 1
        return level + 1 if level < MAX_LEVEL else None

    def _desk_nudge(self, situation: Situation, kind: NudgeKind) -> Fired | None:
        if (
            situation.posture not in (Posture.SITTING, Posture.STANDING)
            or not situation.active
        ):
            return None
        if situation.busy or situation.posture not in _WHILE[kind]:
            return None
        if (active := self.active.get(kind)) is not None:
            if (
                active.level >= MAX_LEVEL
                or situation.now < active.last_fired + self.settings.repeat
            ):
                return None
            return self._fire(situation, kind, active.level + 1, active.episode)
        level = self._next_level(situation, kind)
        if level is None:
            return None
        limit, progress = next(
            (
                (limit, progress)
                for candidate, limit, progress in self._desk_progress(situation)
                if candidate is kind
            ),
            (None, 0.0),
        )
        if limit is None:  # turned off
            return None
        left = time_left(limit, progress)
        if left and not self._due_in_meeting(situation, left):
            return None
        return self._fire(situation, kind, level, self._episode(situation, kind))

    def _due_in_meeting(self, situation: Situation, left: timedelta) -> bool:
        """Fire early when the nudge would come due in a meeting that starts soon."""
        if situation.meeting is None:
            return False
        start, end = situation.meeting
        due = situation.now + left
        return start - self.settings.premeeting <= situation.now < start <= due < end

    def _once_a_day_due(self, situation: Situation, kind: NudgeKind) -> bool:
        if self._once_a_day.get(kind) == situation.today or kind in self.active:
            return False
        if kind is NudgeKind.STRETCH:
            return situation.local_time >= self.settings.stretch_at and not time_left(
                self.settings.stretch_min_seated.total_seconds(), situation.seated_today
            )
        return (
            self.settings.core_enabled
            and situation.posture in (Posture.SITTING, Posture.STANDING)
            and self.settings.core_start
            <= situation.local_time
            < self.settings.core_end
        )

    def _fire(
        self, situation: Situation, kind: NudgeKind, level: int, episode: int
    ) -> Fired:
        assert self.today is not None
        previous = self.active.get(kind)
        exercise = previous.exercise if previous else self.rotation.next(kind)
        self.active[kind] = ActiveNudge(
            kind,
            level,
            episode,
            previous.first_fired if previous else situation.now,
            situation.now,
            exercise,
            decided=previous is not None and previous.decided,
        )
        if previous is not None and kind in _DESK_KINDS:
            # A repeat: the first ask went unanswered for its repeat time.
            self._decide(self.active[kind])
        if kind in _DESK_KINDS:
            self._levels[kind] = (episode, level)
            if previous is None and level == 1:
                self.today.desk_nudges += 1
        self.today.fired += 1
        self.last = kind
        return Fired(kind, level, exercise, self.active[kind].nudge_id)

    def _resolve_finished(self, situation: Situation) -> list[Outcome]:
        outcomes: list[Outcome] = []
        for kind, active in list(self.active.items()):
            how: Resolution | None = None
            if kind is NudgeKind.STAND and (
                situation.sitting_bout == 0 or active.episode != situation.bout_id
            ):
                how = (
                    Resolution.LEFT
                    if situation.posture is Posture.AWAY
                    else Resolution.STOOD
                )
            elif kind is NudgeKind.SIT and (
                situation.standing_spell == 0 or active.episode != situation.spell_id
            ):
                how = (
                    Resolution.LEFT
                    if situation.posture is Posture.AWAY
                    else Resolution.SAT
                )
            elif kind is NudgeKind.MOVE and active.episode != situation.breaks_total:
                how = Resolution.BREAK
            elif kind is NudgeKind.POSTURE:
                how = _cue_resolution(situation)
            elif (
                kind is NudgeKind.CORE
                and (
                    situation.now >= active.first_fired + CORE_EXPIRY
                    or not self.settings.core_enabled
                )
            ) or (
                kind is NudgeKind.STRETCH
                and self._once_a_day.get(kind) != situation.today
            ):
                how = Resolution.EXPIRED
            if how is not None:
                outcomes.append(self._resolve(situation, kind, how))
        return outcomes

    def _resolve(
        self, situation: Situation, kind: NudgeKind, how: Resolution
    ) -> Resolved:
        active = self.active.pop(kind)
        if kind in _DESK_KINDS:
            self._decide(active)
        response = (situation.now - active.first_fired).total_seconds()
        if kind is NudgeKind.STAND and how in (Resolution.STOOD, Resolution.LEFT):
            # The bout ends a break length after standing up: the answer came then.
            response -= situation.not_sitting_run
        elif kind is NudgeKind.SIT and how in (Resolution.SAT, Resolution.LEFT):
            response -= situation.not_standing_run
        response = max(response, 0.0)
        if kind in _DESK_KINDS and how in _COMPLIANT and self.today is not None:
            self.today.responses.append(response)
            if response <= self.settings.repeat.total_seconds():
                self.today.compliant += 1
        if self.last is kind:
            self.last = next(reversed(self.active), None)
        return Resolved(kind, how, response, active.nudge_id)

    def _decide(self, active: ActiveNudge) -> None:
        if not active.decided and self.today is not None:
            active.decided = True
            self.today.decided += 1

    # Persistence ----------------------------------------------------------------

    def as_dict(self) -> dict[str, Any]:
        """Everything needed to carry on after a restart."""
        return {
            "active": [
                {
                    "kind": active.kind.value,
                    "level": active.level,
                    "episode": active.episode,
                    "first_fired": active.first_fired.isoformat(),
                    "last_fired": active.last_fired.isoformat(),
                    "exercise": active.exercise.key,
                    "decided": active.decided,
                }
                for active in self.active.values()
            ],
            "snoozed_until": self.snoozed_until.isoformat()
            if self.snoozed_until
            else None,
            "levels": {kind.value: list(value) for kind, value in self._levels.items()},
            "done": {kind.value: list(value) for kind, value in self._done.items()},
            "once_a_day": {
                kind.value: day.isoformat() for kind, day in self._once_a_day.items()
            },
            "rotation": self.rotation.recent,
            "rotation_balances": self.rotation.balances,
            "last": self.last.value if self.last else None,
            "last_cue": self.last_cue.isoformat() if self.last_cue else None,
            "today": None
            if self.today is None
            else {
                "day": self.today.day.isoformat(),
                "fired": self.today.fired,
                "desk_nudges": self.today.desk_nudges,
                "compliant": self.today.compliant,
                "responses": self.today.responses,
                "decided": self.today.decided,
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], settings: NudgeSettings) -> NudgePlanner:
        """Carry on from a saved state."""
        planner = cls(settings)
        for item in data["active"]:
            kind = NudgeKind(item["kind"])
            # An exercise removed since (a personal one): the nudge shows another.
            exercise = (
                settings.exercises.find(item["exercise"])
                or settings.exercises.choices(kind)[0][0]
            )
            planner.active[kind] = ActiveNudge(
                kind,
                int(item["level"]),
                int(item["episode"]),
                parse_instant(item["first_fired"]),
                parse_instant(item["last_fired"]),
                exercise,
                # Saved before "decided" was: counted in desk_nudges already.
                decided=bool(item.get("decided", True)),
            )
            planner.last = kind
        if data["snoozed_until"]:
            planner.snoozed_until = parse_instant(data["snoozed_until"])
        planner._levels = {
            NudgeKind(kind): (int(value[0]), int(value[1]))
            for kind, value in data["levels"].items()
        }
        planner._done = {
            NudgeKind(kind): (int(value[0]), float(value[1]))
            for kind, value in (data.get("done") or {}).items()
        }
        planner._once_a_day = {
            NudgeKind(kind): date.fromisoformat(day)
            for kind, day in data["once_a_day"].items()
        }
        planner.rotation = ExerciseRotation(
            settings.exercises,
            data.get("rotation") or [],
            # Saved before the weighted rotation: a plain turn after the last.
            data.get("rotation_balances"),
        )
        if (last := data.get("last")) and NudgeKind(last) in planner.active:
            planner.last = NudgeKind(last)
        if last_cue := data.get("last_cue"):
            planner.last_cue = parse_instant(last_cue)
        if today := data["today"]:
            planner.today = DayNudges(
                date.fromisoformat(today["day"]),
                int(today["fired"]),
                int(today["desk_nudges"]),
                int(today["compliant"]),
                [float(value) for value in today["responses"]],
                int(today.get("decided", today["desk_nudges"])),
            )
        return planner


def _cue_resolution(situation: Situation) -> Resolution | None:
    """How a posture cue ends: sitting up, standing up or leaving; None while it lasts.

    While the slouch source is unknown, or tracking is paused, it stays.
    """
    if situation.posture is Posture.AWAY:
        return Resolution.LEFT
    if situation.posture is Posture.STANDING:
        return Resolution.STOOD
    if situation.posture is Posture.SITTING and situation.slouching is False:
        return Resolution.CORRECTED
    return None
