"""
The time account of one workstation: presence, posture, bouts and breaks.

Every input carries the instant it happened at; the tracker credits the time since the
previous input to what was going on, split at local midnight. Nothing here reads a clock
or schedules anything: the caller asks `next_deadline()` when to call `advance()` again.

Presence drops are settled after the fact. While presence is off but within the grace
period the time is held back (no counter moves); when presence returns in time it is
credited to the posture held before, and when grace runs out to away from the moment
presence went off. Time while every presence source is unknown is counted as paused,
which no user-facing counter shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from .ledger import DayTotals, Ledger, LocalDays, local_date, parse_instant
from .posture import Posture
from .slouch import SlouchAccount

_MICROSECOND = timedelta(microseconds=1)


class Phase(StrEnum):
    """Where the tracker stands between presence readings."""

    PRESENT = "present"
    LEAVING = "leaving"  # presence off, still within grace: not yet decided
    AWAY = "away"


@dataclass(frozen=True, slots=True)
class TrackerSettings:
    """The timing rules of a workstation."""

    away_grace: timedelta
    break_length: timedelta
    # How long a slouch source may go off and back on and still be one slouch.
    slouch_grace: timedelta = timedelta(0)


class Tracker:
    """Turns presence and posture readings into an exact account of each day."""

    def __init__(self, settings: TrackerSettings, zone: tzinfo, now: datetime) -> None:
        """Start with nothing known: paused until a presence reading arrives."""
        self._settings = settings
        self._days = LocalDays(zone)
        self._mark = now
        self._paused = True
        self._phase = Phase.AWAY
        self._held = Posture.SITTING
        self._standing_signal = False
        # Whether the posture source says anything usable; when not, the last posture
        # is held and the time is counted as uncertain too.
        self._posture_known = True
        self._pending: list[tuple[datetime, datetime]] = []
        self.ledger = Ledger()
        self.slouch = SlouchAccount(settings.slouch_grace)
        # Slouch readings while presence is off within grace: whether that time was
        # sitting is not known yet, so they are applied in turn as it is settled.
        self._slouch_readings: list[tuple[datetime, bool | None]] = []
        # Seconds of the current run of time that was not sitting / was away.
        self._not_sitting_run = 0.0
        self._away_run = 0.0
        self._away_start: datetime | None = None
        self._bout = 0.0
        self._bout_day: date | None = None
        self._bout_today = 0.0
        self.last_break: datetime | None = None
        # The standing spell: standing time since last sitting or away for the break
        # length, the mirror of the bout.
        self._spell = 0.0
        self._not_standing_run = 0.0
        # Identities the nudges need: which bout and spell this is, how many breaks so
        # far, and the time at the desk (sitting or standing) since the last break.
        self.spell_id = 0
        self.bout_id = 0
        self.breaks_total = 0
        self._occupied_run = 0.0

    # Readings -------------------------------------------------------------

    def set_presence(self, now: datetime, present: bool | None) -> None:
        """Apply the combined presence of the sources (None: all unknown)."""
        self.advance(now)
        if present is None:
            self._paused = True
            return
        self._paused = False
        if present:
            if self._phase is Phase.LEAVING:
                self._settle_pending(self._held)
                self._phase = Phase.PRESENT
                self._follow_signal(now, count_change=True)
            elif self._phase is Phase.AWAY:
                self._phase = Phase.PRESENT
                self._away_start = None
                self._follow_signal(now, count_change=False)
            else:
                self._follow_signal(now, count_change=True)
        elif self._phase is Phase.PRESENT:
            self._phase = Phase.LEAVING
            # An empty span marks when presence went off, even if a pause follows at once.
            self._pending = [(self._mark, self._mark)]
            self._settle_if_grace_over()

    def set_standing(self, now: datetime, standing: bool) -> None:
        """Apply the posture source: standing or not."""
        self.advance(now)
        self._standing_signal = standing
        if self._phase is Phase.PRESENT and not self._paused:
            self._follow_signal(now, count_change=True)

    def set_posture_known(self, now: datetime, known: bool) -> None:
        """Note whether the posture source says anything usable from `now` on."""
        self.advance(now)
        self._posture_known = known

    def set_slouching(self, now: datetime, slouching: bool | None) -> None:
        """Apply the slouch source: slouching or not (None: it says nothing usable)."""
        self.advance(now)
        if self._phase is Phase.LEAVING:
            self._slouch_readings.append((now, slouching))
        else:
            self.slouch.set_reading(self.ledger, now, slouching)

    def advance(self, now: datetime) -> None:
        """Credit the time up to `now` to what has been going on."""
        if now <= self._mark:
            return
        start, self._mark = self._mark, now
        if self._paused:
            self._credit_paused(start, now)
        elif self._phase is Phase.PRESENT:
            self._credit(self._held, start, now)
        elif self._phase is Phase.AWAY:
            self._credit(Posture.AWAY, start, now)
        else:
            self._pending.append((start, now))
            self._settle_if_grace_over()
        if self._phase is not Phase.LEAVING:
            self.slouch.expire(now)

    # What the sensors show ------------------------------------------------

    @property
    def counted_to(self) -> datetime:
        """The instant the account runs to: the latest reading or advance."""
        return self._mark

    @property
    def standing_signal(self) -> bool:
        """The last posture reading (the hysteresis of a height source needs it)."""
        return self._standing_signal

    @property
    def posture(self) -> Posture | None:
        """The posture now; None while tracking is paused."""
        if self._paused:
            return None
        return Posture.AWAY if self._phase is Phase.AWAY else self._held

    @property
    def counting(self) -> Posture | None:
        """The posture whose time is being counted now; None while paused or within grace."""
        if self._paused or self._phase is Phase.LEAVING:
            return None
        return Posture.AWAY if self._phase is Phase.AWAY else self._held

    @property
    def occupied(self) -> bool | None:
        """Whether someone is at the desk; None while tracking is paused."""
        if self._paused:
            return None
        return self._phase is not Phase.AWAY

    @property
    def status(self) -> tuple[object, ...]:
        """Everything the account shows but its running counters.

        It changes with a reading or a deadline (posture, presence, pause, a bout ending
        or starting, an absence becoming a break) and never while time merely passes:
        equal before and after a reading, the reading changed nothing but the counters.
        """
        # As `posture`, inline: this runs twice per reading.
        posture = (
            None
            if self._paused
            else Posture.AWAY
            if self._phase is Phase.AWAY
            else self._held
        )
        return (
            self._paused,
            self._phase,
            self._held,
            # Whether a bout (a spell) is open, where only a deadline can close it: while
            # sitting (standing), time alone opens one.
            None if posture is Posture.SITTING else self._bout > 0.0,
            None if posture is Posture.STANDING else self._spell > 0.0,
            self._away_start is None,
            self.breaks_total,
            self._posture_known,
            self.slouch.status,
        )

    @property
    def sitting_bout(self) -> float:
        """Seconds sat in the current bout; 0 when not in one."""
        return self._bout

    @property
    def sitting_since(self) -> datetime | None:
        """When the sitting bout's time started running; None while not sitting.

        Constant while someone sits on: the time held back while presence flickers
        within its grace is the bout's until the grace runs out.
        """
        if self.posture is not Posture.SITTING:
            return None
        return self._mark - timedelta(seconds=self._bout + self._pending_seconds())

    def next_bout_mark(self, now: datetime, step: timedelta) -> datetime:
        """Return when the sitting bout next reaches a whole multiple of `step`.

        In whole microseconds, the resolution of the instants it is summed from: summed
        in floating point, a bout can fall a hair short of a mark it has reached, and
        the mark would come out as `now` rather than one step later.
        """
        step_us = step // _MICROSECOND
        bout_us = round(self._bout * 1_000_000)
        return now + timedelta(microseconds=step_us - bout_us % step_us)

    @property
    def standing_spell(self) -> float:
        """Seconds stood in the current spell; 0 when not in one."""
        return self._spell

    @property
    def not_standing_run(self) -> float:
        """Seconds sitting or away since last standing (paused time excluded)."""
        return self._not_standing_run

    @property
    def not_sitting_run(self) -> float:
        """Seconds standing or away since last sitting (paused time excluded)."""
        return self._not_sitting_run

    @property
    def occupied_run(self) -> float:
        """Seconds at the desk, sitting or standing, since the last break."""
        return self._occupied_run

    def take_break(self, now: datetime) -> None:
        """Count an explicit break now: it ends the bout and restarts the time at the desk.

        An absence already counted as a break is not counted twice.
        """
        self.advance(now)
        if self._absence_counted():
            return
        self.ledger.day(self._days.date_of(now)).breaks += 1
        self.last_break = now
        # The break is counted now: an absence going on cannot count a second one.
        self._away_start = None
        self._count_break()
        self._end_bout()
        self._spell = 0.0

    @property
    def zone(self) -> tzinfo:
        """The time zone that tells the days."""
        return self._days.zone

    def set_zone(self, zone: tzinfo) -> None:
        """Tell days by another time zone from now on (Home Assistant's was changed)."""
        self._days = LocalDays(zone)

    def today(self, now: datetime) -> DayTotals:
        """Return the totals of the local day of `now` (as of the last `advance`)."""
        return self.ledger.peek(self._days.date_of(now))

    def next_midnight(self, now: datetime) -> datetime:
        """Return the local midnight that ends the day of `now`."""
        return self._days.next_midnight(now)

    @property
    def grace_ends(self) -> datetime | None:
        """When presence gone off counts as away, unless it comes back first.

        None unless presence is off within its grace (and tracking not paused).
        """
        if self._paused or self._phase is not Phase.LEAVING:
            return None
        left = self._settings.away_grace.total_seconds() - self._pending_seconds()
        return self._mark + timedelta(seconds=left)

    def next_deadline(self, now: datetime) -> datetime:
        """When something changes without a new reading: grace ends, a break counts, a day starts."""
        deadlines = [self._days.next_midnight(now)]
        if (slouch_grace_ends := self.slouch.grace_ends) is not None:
            deadlines.append(slouch_grace_ends)
        if not self._paused:
            break_seconds = self._settings.break_length.total_seconds()
            if (grace_ends := self.grace_ends) is not None:
                deadlines.append(grace_ends)
            elif self._away_start is not None and self._away_run < break_seconds:
                deadlines.append(
                    now + timedelta(seconds=break_seconds - self._away_run)
                )
            if self._held_not_sitting() and self._bout > 0:
                left = break_seconds - self._not_sitting_run
                deadlines.append(now + timedelta(seconds=max(left, 0.0)))
            if self._held_not_standing() and self._spell > 0:
                left = break_seconds - self._not_standing_run
                deadlines.append(now + timedelta(seconds=max(left, 0.0)))
        return min(deadlines)

    # Persistence ----------------------------------------------------------

    def as_dict(self) -> dict[str, Any]:
        """Everything needed to carry on after a restart."""
        return {
            "saved_at": self._mark.isoformat(),
            "phase": self._phase.value,
            "held": self._held.value,
            "standing_signal": self._standing_signal,
            "pending": [
                [start.isoformat(), end.isoformat()] for start, end in self._pending
            ],
            "not_sitting_run": self._not_sitting_run,
            "away_run": self._away_run,
            "away_start": _iso(self._away_start),
            "bout": self._bout,
            "bout_day": self._bout_day.isoformat() if self._bout_day else None,
            "bout_today": self._bout_today,
            "last_break": _iso(self.last_break),
            "bout_id": self.bout_id,
            "breaks_total": self.breaks_total,
            "occupied_run": self._occupied_run,
            "spell": self._spell,
            "spell_id": self.spell_id,
            "not_standing_run": self._not_standing_run,
            "slouch": self.slouch.as_dict(),
            "slouch_readings": [
                [instant.isoformat(), reading]
                for instant, reading in self._slouch_readings
            ],
            "days": self.ledger.as_list(),
        }

    @classmethod
    def from_dict(
        cls,
        data: dict[str, Any],
        settings: TrackerSettings,
        zone: tzinfo,
        now: datetime,
    ) -> Tracker:
        """
        Carry on from a saved state; the time since it was saved is counted nowhere.

        Paused until the caller applies the current readings. Restored on a later day,
        or after a gap longer than the break length, the bout and the runs start afresh:
        whoever sits down is in a new bout. Nobody saw a break in the gap, so none is
        counted.
        """
        tracker = cls(settings, zone, now)
        tracker.ledger = Ledger([DayTotals.from_dict(day) for day in data["days"]])
        tracker._phase = Phase(data["phase"])
        tracker._held = Posture(data["held"])
        tracker._standing_signal = bool(data["standing_signal"])
        tracker._pending = [
            (parse_instant(start), parse_instant(end)) for start, end in data["pending"]
        ]
        tracker.last_break = _parse(data["last_break"])
        tracker.bout_id = int(data.get("bout_id", 0))
        tracker.breaks_total = int(data.get("breaks_total", 0))
        tracker._not_sitting_run = float(data["not_sitting_run"])
        tracker._away_run = float(data["away_run"])
        tracker._away_start = _parse(data["away_start"])
        tracker._bout = float(data["bout"])
        tracker._bout_day = (
            date.fromisoformat(data["bout_day"]) if data["bout_day"] else None
        )
        tracker._bout_today = float(data["bout_today"])
        tracker._occupied_run = float(data.get("occupied_run", 0.0))
        tracker._spell = float(data.get("spell", 0.0))
        tracker.spell_id = int(data.get("spell_id", 0))
        tracker._not_standing_run = float(data.get("not_standing_run", 0.0))
        if "slouch" in data:
            tracker.slouch = SlouchAccount.from_dict(
                data["slouch"], settings.slouch_grace
            )
        tracker._slouch_readings = [
            (parse_instant(instant), None if reading is None else bool(reading))
            for instant, reading in data.get("slouch_readings", [])
        ]
        saved_at = parse_instant(data["saved_at"])
        if (
            local_date(saved_at, zone) != local_date(now, zone)
            or now - saved_at > settings.break_length
        ):
            # Within grace when it stopped: nobody saw the person leave for good.
            if tracker._phase is Phase.LEAVING:
                tracker._settle_pending(tracker._held)
                tracker._phase = Phase.PRESENT
            tracker._start_afresh()
        return tracker

    # Crediting ------------------------------------------------------------

    def _follow_signal(self, now: datetime, *, count_change: bool) -> None:
        posture = Posture.STANDING if self._standing_signal else Posture.SITTING
        if posture is not self._held and count_change:
            self.ledger.day(self._days.date_of(now)).posture_changes += 1
        self._held = posture

    def _held_not_standing(self) -> bool:
        return self._phase is Phase.AWAY or (
            self._phase is Phase.PRESENT and self._held is Posture.SITTING
        )

    def _held_not_sitting(self) -> bool:
        return self._phase is Phase.AWAY or (
            self._phase is Phase.PRESENT and self._held is Posture.STANDING
        )

    def _pending_seconds(self) -> float:
        # Summed exactly (as timedeltas): float sums of odd microseconds can fall just
        # short of the grace, and then its deadline passes without settling anything.
        held = sum((end - start for start, end in self._pending), timedelta())
        return held.total_seconds()

    def _settle_if_grace_over(self) -> None:
        if self._pending_seconds() >= self._settings.away_grace.total_seconds():
            # Only an away period that follows presence is a break: not the night.
            self._away_start = self._pending[0][0] if self._pending else self._mark
            self._away_run = 0.0
            self._settle_pending(Posture.AWAY)
            self._phase = Phase.AWAY

    def _settle_pending(self, posture: Posture) -> None:
        """Credit the time held back, and the slouch readings in it where they fell."""
        pending, self._pending = self._pending, []
        readings, self._slouch_readings = self._slouch_readings, []
        for start, end in pending:
            while readings and readings[0][0] <= start:
                self._replay_slouch(*readings.pop(0))
            self._credit(posture, start, end)
            self.slouch.expire(end)
        for instant, reading in readings:
            self._replay_slouch(instant, reading)

    def _replay_slouch(self, instant: datetime, reading: bool | None) -> None:
        self.slouch.expire(instant)
        self.slouch.set_reading(self.ledger, instant, reading)

    def _credit_paused(self, start: datetime, end: datetime) -> None:
        for day, piece_start, piece_end in self._days.split(start, end):
            self.ledger.day(day).paused += (piece_end - piece_start).total_seconds()

    def _credit(self, posture: Posture, start: datetime, end: datetime) -> None:
        for day, piece_start, piece_end in self._days.split(start, end):
            seconds = (piece_end - piece_start).total_seconds()
            totals = self.ledger.day(day)
            if posture is not Posture.AWAY and not self._posture_known:
                totals.uncertain += seconds
            if posture is Posture.SITTING:
                self._credit_sitting(totals, seconds)
                self.slouch.credit_sitting(totals, piece_start, piece_end)
            elif posture is Posture.STANDING:
                self.slouch.not_sitting()
                totals.standing += seconds
                self._away_run = 0.0
                self._occupied_run += seconds
                self._credit_not_sitting(seconds)
                self._credit_standing(seconds)
            else:
                self.slouch.not_sitting()
                totals.away += seconds
                self._credit_away(totals, seconds)
                self._credit_not_sitting(seconds)
                self._credit_not_standing(seconds)

    def _credit_standing(self, seconds: float) -> None:
        self._not_standing_run = 0.0
        if self._spell == 0.0:
            self.spell_id += 1
        self._spell += seconds

    def _credit_not_standing(self, seconds: float) -> None:
        before = self._not_standing_run
        self._not_standing_run = _whole_microseconds(self._not_standing_run + seconds)
        if (
            before
            < self._settings.break_length.total_seconds()
            <= self._not_standing_run
        ):
            self._spell = 0.0

    def _credit_sitting(self, totals: DayTotals, seconds: float) -> None:
        self._credit_not_standing(seconds)
        self._not_sitting_run = 0.0
        self._away_run = 0.0
        self._occupied_run += seconds
        if self._bout == 0.0:
            self.bout_id += 1
        self._bout += seconds
        if self._bout_day != totals.day:
            self._bout_day = totals.day
            self._bout_today = 0.0
        self._bout_today += seconds
        totals.sitting += seconds
        totals.longest_bout = max(totals.longest_bout, self._bout_today)

    def _absence_counted(self) -> bool:
        """Whether the absence going on already counted as a break (or an explicit one)."""
        return (
            self._away_start is not None
            and self.last_break is not None
            and self.last_break >= self._away_start
        )

    def _credit_away(self, totals: DayTotals, seconds: float) -> None:
        before = self._away_run
        self._away_run = _whole_microseconds(self._away_run + seconds)
        if (
            self._away_start is not None
            and before < self._settings.break_length.total_seconds() <= self._away_run
            and not self._absence_counted()
        ):
            totals.breaks += 1
            self.last_break = self._away_start
            self._count_break()

    def _credit_not_sitting(self, seconds: float) -> None:
        before = self._not_sitting_run
        self._not_sitting_run = _whole_microseconds(self._not_sitting_run + seconds)
        if (
            before
            < self._settings.break_length.total_seconds()
            <= self._not_sitting_run
        ):
            self._end_bout()

    def _start_afresh(self) -> None:
        """Forget the bout and the runs: whoever is at the desk now starts a new bout."""
        self._not_sitting_run = self._away_run = self._occupied_run = 0.0
        self._not_standing_run = self._spell = 0.0
        self._away_start = None
        self.slouch.not_sitting()
        self._end_bout()

    def _end_bout(self) -> None:
        self._bout = 0.0
        self._bout_day = None
        self._bout_today = 0.0

    def _count_break(self) -> None:
        self.breaks_total += 1
        self._occupied_run = 0.0


def shows_the_same(earlier: tuple[object, ...], later: tuple[object, ...]) -> bool:
    """Whether two statuses of an account show the same.

    Presence going off within its grace, or coming back within it, changes the status
    but nothing shown: the time is held back, the posture and the presence shown stay
    (only the grace's deadline is new, or gone).
    """
    return _as_shown(earlier) == _as_shown(later)


def _as_shown(status: tuple[object, ...]) -> tuple[object, ...]:
    """Return `status` with presence within its grace taken as present."""
    phase = status[1]
    return (status[0], Phase.PRESENT if phase is Phase.LEAVING else phase, *status[2:])


def _whole_microseconds(seconds: float) -> float:
    """Round a run to the datetime resolution, so it reaches its threshold exactly."""
    return round(seconds, 6)


def _iso(instant: datetime | None) -> str | None:
    return instant.astimezone(UTC).isoformat() if instant else None


def _parse(text: str | None) -> datetime | None:
    return parse_instant(text) if text else None
