"""The adapter between a workstation's source entities, its tracker and its entities."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Protocol

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import (
    EVENT_CORE_CONFIG_UPDATE,
    STATE_UNAVAILABLE,
    STATE_UNKNOWN,
)
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HassJob,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import device_registry as dr, issue_registry as ir
from homeassistant.helpers.event import (
    async_track_point_in_utc_time,
    async_track_state_change_event,
)
from homeassistant.util import dt as dt_util

from .const import (
    DEFAULT_BREAK_LENGTH_MINUTES,
    DOMAIN,
    LOGGER,
    SAVE_DELAY_SECONDS,
)
from .engine.exercises import NudgeKind
from .engine.ledger import DayTotals, Ledger
from .engine.nudges import Outcome, Situation
from .engine.posture import Posture
from .engine.progression import Progress
from .engine.routines import ROUTINE_NUDGES, Routine
from .engine.tracker import Tracker, shows_the_same
from .notify_actions import async_forget_phones
from .nudging import Nudging
from .options import WorkstationOptions
from .repairs import (
    async_posture_source_lost,
    async_track_missing_sources,
    posture_lost_issue_id,
)
from .routine import RoutineCoach
from .sources import Sources
from .store import SavedWorkstation, WorkstationStore, nudges_switch_was_off
from .texts import text_language

type BackcareConfigEntry = ConfigEntry[Workstation]

_UNUSABLE = (STATE_UNKNOWN, STATE_UNAVAILABLE)
# The sitting bout, which automations trigger on, is written on each five minutes of it
# while it runs; the day's last values of the running figures just before midnight, so
# the history and the long-term statistics miss nothing.
BOUT_REFRESH = timedelta(minutes=5)
DAY_END = timedelta(milliseconds=1)


class Cadence:
    """When an entity is looked at again; it is written only if what it shows changed.

    The one write policy of backcare's entities: each recorder row is a write, so a
    figure that runs with time (today's totals, a bout, a ratio) is written with its
    exact value at each step of the day (the posture shown, presence, a break, a new
    day), not as the clock moves. Dashboards and the card run it on from timestamps
    (the posture's last change, Sitting since); `homeassistant.update_entity` on any
    entity of the workstation writes them as of that second.

    The cadences are bits of a plain int, combined with `|`: an IntFlag's operators
    build an enum member each time, which took about a tenth of backcare's own
    event-loop time per source update (measured by function).
    """

    # A step in what the tracker shows: posture, presence, a break, the day.
    CHANGES = 1
    # A figure that runs with time: at each step of the day, just before midnight and
    # on request. New running figures take this one.
    TOTALS = 2
    # The sitting bout and the standing spell: also when one ends.
    BOUT = 4
    # The sitting bout: on each five minutes of it too, as automations trigger on it
    # (numeric_state).
    MARKS = 8
    # Words in Home Assistant's language (a routine's step): when the language changes.
    WORDS = 16
    # What the nudge planner decides (the nudge, its snooze, the next one, today's
    # nudges, the coach's figures, the switch): whenever it runs, and at a milestone
    # or on request (they are part of MILESTONE).
    NUDGES = 32
    # Never: what it shows does not come from the workstation (a button's last press).
    NEVER = 0


MILESTONE = Cadence.CHANGES | Cadence.TOTALS | Cadence.BOUT | Cadence.NUDGES
RUNNING = Cadence.TOTALS | Cadence.BOUT


class Follower(Protocol):
    """An entity that shows what its workstation counts (see `BackcareEntity`)."""

    # When it is told to look again (see `Cadence`).
    cadence: int

    def async_look(self) -> None:
        """Look again at what it shows, and write it if that changed."""


class Workstation:
    """One desk: listens to its sources, keeps the tracker current and tells entities."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: BackcareConfigEntry,
        options: WorkstationOptions,
    ) -> None:
        """Take the parsed options; nothing runs until `async_start`."""
        self.hass = hass
        self.entry = entry
        # Registered once for all the workstation's entities: given a device info,
        # Home Assistant would look the device up again for each of them.
        self.device = dr.async_get(hass).async_get_or_create(
            config_entry_id=entry.entry_id,
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            manufacturer="backcare",
            model="Workstation",
        )
        self._store = WorkstationStore(hass, entry.entry_id)
        now = dt_util.utcnow()
        self._followers: list[Follower] = []
        self._listening = 0  # the cadences of all followers
        self._unsubscribe: list[CALLBACK_TYPE] = []
        # One timer: the next deadline, nudge check or refresh, whichever comes first.
        self._timer_job = HassJob(self._on_timer, "backcare timer")
        self._cancel_timer: CALLBACK_TYPE | None = None
        self._timer_at = self._due = self._next_check = now
        # While presence is off within its grace: a timer for the grace's end alone, so
        # the timer planned before still stands if presence comes back (see `_flicker`).
        self._grace_job = HassJob(self._on_grace_end, "backcare grace")
        self._cancel_grace: CALLBACK_TYPE | None = None
        # The next refresh of the running figures (and which); None while they stand still.
        self._totals_at: datetime | None = None
        self._totals_refresh = 0
        # A refresh that came due while presence was off within its grace, when no time
        # is counted: done once presence is back (the time held back counted by then).
        self._refresh_held = 0
        self._last_milestones: tuple[tuple[object, ...], tuple[object, ...]] = ((), ())
        self._save_pending = False
        self._saved_at = self._save_at = now
        self._lost_due: datetime | None = None
        self._posture_issue = False
        # The instant the entities show; set by each update.
        self.as_of = now
        # Set by the Exercise image while it exists: shows an exercise.
        self.show_on_image: Callable[[str], None] | None = None
        self._configure(options, now)
        # Outside the options: changing them does not interrupt a routine.
        self.routine = RoutineCoach(
            hass,
            entry,
            lambda: text_language(hass.config.language),
            self.routine_completed,
        )
        # Diagnostics: the last posture changes as (time, from, to).
        self.transitions: deque[tuple[datetime, Posture | None, Posture | None]] = (
            deque(maxlen=20)
        )

    def _configure(self, options: WorkstationOptions, now: datetime) -> None:
        """Build what the options decide; the saved state is read at start."""
        self.options = options
        self.sources = Sources(self.entry.title, options)
        self._settings = options.tracking
        self.tracker = Tracker(self._settings, dt_util.get_default_time_zone(), now)
        self.nudging = Nudging(
            self.hass, self.entry, options, self.tracker, self._show_exercise
        )
        self._timer_at = self._due = self._next_check = now
        self._last_milestones = ((), ())

    def _show_exercise(self, key: str) -> None:
        """Show exercise `key` on the Exercise image, if it is there."""
        if self.show_on_image is not None:
            self.show_on_image(key)

    # Lifecycle --------------------------------------------------------------

    async def async_apply(self, options: WorkstationOptions) -> None:
        """Take new options without a reload: the entities stay, today carries on.

        As a reload would, it writes what it knows and reads it back with the new
        options; the entities never go unavailable in between.
        """
        await self.async_stop()
        self._configure(options, dt_util.utcnow())
        await self.async_start()
        self._notify(MILESTONE)

    async def async_start(self) -> None:
        """Restore the ledger, read the sources and start listening."""
        now = dt_util.utcnow()
        saved = await self._store.async_load_readable(self.entry.title)
        self._restore(saved or {}, now)
        async_forget_phones(
            self.hass, self.entry.entry_id, self.nudging.notifier.services
        )
        self.sources.read_all(self.hass, self.tracker, now)
        self._unsubscribe = [
            async_track_state_change_event(
                self.hass, self.sources.entity_ids, self._on_source_change
            ),
            async_track_state_change_event(
                self.hass, self.nudging.gates.entities, self._on_gate_change
            ),
            self.hass.bus.async_listen(
                EVENT_CORE_CONFIG_UPDATE, self._on_core_config_update
            ),
            async_track_missing_sources(self.hass, self.entry),
        ]
        self._update(now)

    def _restore(self, saved: SavedWorkstation, now: datetime) -> None:
        """Carry on from what was saved; what cannot be read starts afresh, logged once.

        Nothing here may keep the workstation from starting: the day's totals are
        kept wherever they can be read, and the sources tell the rest.
        """
        zone = dt_util.get_default_time_zone()
        if "tracker" in saved:
            try:
                self.tracker = Tracker.from_dict(
                    saved["tracker"], self._settings, zone, now
                )
            except AttributeError, KeyError, TypeError, ValueError:
                days = (
                    saved["tracker"].get("days")
                    if isinstance(saved["tracker"], dict)
                    else None
                )
                self.tracker.ledger = Ledger.readable(days)
                LOGGER.warning(
                    "%s: the saved tracker state could not be read; the day's totals "
                    "are kept where they could be read, and tracking starts afresh "
                    "from the sources",
                    self.entry.title,
                )
            self.nudging.tracker = self.tracker
        nudging = saved.get("nudging")
        if nudging is not None:
            try:
                self.nudging.restore(nudging)
            except AttributeError, KeyError, TypeError, ValueError:
                # The day's account matters more than the nudges' memory: keep going.
                LOGGER.warning(
                    "%s: the saved nudge state could not be read; nudges start afresh",
                    self.entry.title,
                )
        if (progress := saved.get("progress")) is not None:
            try:
                self.nudging.progress = Progress.from_dict(progress)
            except AttributeError, KeyError, TypeError, ValueError:
                LOGGER.warning(
                    "%s: the saved core level and exercise streak could not be read; "
                    "they start afresh",
                    self.entry.title,
                )
        enabled = nudging.get("enabled") if isinstance(nudging, dict) else None
        if not isinstance(enabled, bool):
            # Unreadable, or never saved: the switch's last state tells.
            enabled = not nudges_switch_was_off(self.hass, self.entry.entry_id)
        self.nudging.enabled = enabled

    async def async_stop(self) -> None:
        """Stop listening and write the ledger, so a reload loses nothing."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        if self._cancel_timer:
            self._cancel_timer()
            self._cancel_timer = None
        self._drop_grace_timer()
        await self._store.async_save(self._snapshot())

    # Entities ---------------------------------------------------------------

    @property
    def today(self) -> DayTotals:
        """Today's totals as the entities show them: as of the last update."""
        return self.tracker.today(self.as_of)

    @callback
    def async_follow(self, follower: Follower) -> None:
        """Tell `follower` whenever what it shows may have changed, until it unfollows.

        The entity itself is kept, rather than a callback, a function to remove it and
        the tuples holding them: four fewer objects per entity, and every object kept
        lengthens the garbage collector's full passes, about half of a large set-up.
        """
        self._followers.append(follower)
        if follower.cadence & ~self._listening:
            # The first entity of its cadence: it may need refreshes.
            self._listening |= follower.cadence
            self._schedule(self.as_of)

    @callback
    def async_unfollow(self, follower: Follower) -> None:
        """Stop telling `follower` (it is being removed)."""
        self._followers.remove(follower)
        self._listening = 0
        for other in self._followers:
            self._listening |= other.cadence

    @callback
    def _notify(self, refresh: int) -> None:
        for follower in list(self._followers):
            if follower.cadence & refresh:
                follower.async_look()

    # Sources ------------------------------------------------------------------

    @callback
    def _on_source_change(self, event: Event[EventStateChangedData]) -> None:
        """Apply a reading; only one that changes what is shown updates anything.

        Most readings (desk height noise, a second presence sensor agreeing) change
        nothing the tracker goes by. Presence flickering off and back within its grace
        changes nothing shown either: only the timer for the grace's end.
        """
        entity_id = event.data["entity_id"]
        new_state = event.data["new_state"]
        now = new_state.last_updated if new_state is not None else dt_util.utcnow()
        status = self.tracker.status
        if not self.sources.read(self.tracker, now, entity_id, new_state):
            return
        if (after := self.tracker.status) == status:
            return
        if shows_the_same(status, after):
            self._flicker(now)
        else:
            self._update(now)

    def _flicker(self, now: datetime) -> None:
        """Presence went off within its grace, or came back: only its deadline changes.

        Nothing shown or decided changes (see `_update` for what would otherwise be
        done). Going off arms a timer for the grace's end alone; coming back cancels
        it, and the timer planned before presence went off is right again: the time
        held back is counted as it would have been. Presence flickers often (a
        motionless sitter, a chair sensor's bounce), so a flicker costs no planning.
        """
        if (grace_ends := self.tracker.grace_ends) is not None:
            self._drop_grace_timer()
            self._cancel_grace = async_track_point_in_utc_time(
                self.hass, self._grace_job, grace_ends
            )
        elif self._cancel_grace is not None:
            self._drop_grace_timer()
        elif self._refresh_held:
            # A bout mark passed meanwhile: written now, the time held back counted.
            self._update(now, refresh=0)
        else:
            # Planned again meanwhile, with the grace's end in the plan.
            self._schedule(now)

    def _drop_grace_timer(self) -> None:
        if self._cancel_grace is not None:
            self._cancel_grace()
            self._cancel_grace = None

    # Time -----------------------------------------------------------------------

    @callback
    def _on_gate_change(self, event: Event[EventStateChangedData]) -> None:
        """Re-evaluate when a meeting or do-not-disturb starts or ends."""
        self._update(dt_util.utcnow(), evaluate=True)

    @callback
    def _on_core_config_update(self, event: Event) -> None:
        """Follow a change of Home Assistant's time zone or language.

        A new time zone moves every figure to its day; a new language shows the nudge's
        words in it (each entity is written only if what it shows changed).
        """
        zone = dt_util.get_default_time_zone()
        if zone == self.tracker.zone:
            self._notify(Cadence.NUDGES | Cadence.WORDS)
            return
        now = dt_util.utcnow()
        self.tracker.advance(now)
        self.tracker.set_zone(zone)
        self._update(now, refresh=MILESTONE | Cadence.WORDS, evaluate=True)

    @callback
    def _on_timer(self, point: datetime) -> None:
        """Handle a deadline, a nudge check or a refresh, as of the instant it was due.

        A timer can fire after a reading or a save already took the account further:
        then it is as of the latest of them, and does what is due by then.
        """
        self._cancel_timer = None
        self.tracker.advance(point)
        now = self.tracker.counted_to
        refresh = 0
        if now >= self._due:
            refresh |= Cadence.CHANGES
        if self._totals_at is not None and now >= self._totals_at:
            if self.tracker.grace_ends is None:
                refresh |= self._totals_refresh
            else:
                self._refresh_held |= self._totals_refresh
        self._update(now, refresh=refresh)

    @callback
    def _on_grace_end(self, point: datetime) -> None:
        """Presence stayed off for its grace: the time held back counts as away."""
        self._cancel_grace = None
        self.tracker.advance(point)
        self._update(self.tracker.counted_to)

    @callback
    def refresh_running(self) -> None:
        """Write the running figures as of now: asked for by an automation or voice."""
        self._update(dt_util.utcnow(), refresh=MILESTONE)

    def _update(
        self,
        now: datetime,
        *,
        refresh: int = Cadence.CHANGES,
        evaluate: bool = False,
        answer: Callable[[Situation], list[Outcome]] | None = None,
    ) -> None:
        """Bring everything up to `now`: nudges, timer, save and entities as needed.

        The nudges are evaluated at a milestone, when the planner's next check is due,
        or when told (a gate changed, or the user answered: the planner acts on the
        answer first): in between they would decide nothing new, so a flicker of
        presence within grace costs little.
        """
        self.tracker.advance(now)
        self.as_of = now
        if self.tracker.grace_ends is None:
            refresh |= self._refresh_held
            self._refresh_held = 0
        if refresh & Cadence.CHANGES:
            if (milestones := self._milestones()) != self._last_milestones:
                # A step in the day writes every running figure; the end of a bout or a
                # spell only what shows it.
                day_step = milestones[0] != self._last_milestones[0]
                refresh |= MILESTONE if day_step else Cadence.CHANGES | Cadence.BOUT
                self._last_milestones, evaluate = milestones, True
                previous = self.transitions[-1][2] if self.transitions else None
                if self.tracker.posture != previous:
                    self.transitions.append((now, previous, self.tracker.posture))
            else:
                # Nothing the tracker shows changed: only what the planner decides may.
                refresh &= ~Cadence.CHANGES
            if evaluate or answer is not None or now >= self._next_check:
                self._next_check = self.nudging.run(now, answer)
                refresh |= Cadence.NUDGES
        self._lost_due = self._check_posture_source(now)
        if not self._save_pending:
            # At most one write per delay while things change or time is counted, and
            # always at shutdown: few writes for an SD card, at most the last few
            # minutes lost to a power cut.
            self._save_pending = True
            # By the clock, not `now`: a timer may run a little after its instant.
            current = dt_util.utcnow()
            delay = max(
                SAVE_DELAY_SECONDS - (current - self._saved_at).total_seconds(), 0
            )
            self._save_at = current + timedelta(seconds=delay)
            self._store.async_delay_save(self._snapshot, delay)
        self._schedule(now)
        if refresh:
            self._notify(refresh)

    def _milestones(self) -> tuple[tuple[object, ...], tuple[object, ...]]:
        """Return the steps in what is shown: the day's, and the ends of bouts and spells.

        At a step of the day every running figure is written; at the end of a bout or
        a standing spell only the figures of bouts (see `Cadence`).
        """
        tracker = self.tracker
        day = (
            tracker.posture,
            tracker.occupied,
            tracker.breaks_total,
            # Whether the posture shown is certain: its source says something usable.
            self.sources.posture_lost_since is None,
            # Slouching or not (or unknown): the slouch figures turn, a cue may fire.
            tracker.slouch.slouching,
            self.today.day,
        )
        ends = (
            # A bout ends while not sitting; sitting, time alone starts one.
            None if tracker.posture is Posture.SITTING else tracker.sitting_bout == 0.0,
            # And so for a standing spell.
            None
            if tracker.posture is Posture.STANDING
            else tracker.standing_spell == 0.0,
        )
        return day, ends

    def _schedule(self, now: datetime) -> None:
        """Set the one timer to the next deadline, nudge check or refresh.

        The plan includes the end of presence's grace: a timer of its own for it
        (`_flicker`) is no longer needed.
        """
        self._drop_grace_timer()
        due = min(self.tracker.next_deadline(now), self._next_check)
        if self._lost_due is not None:
            due = min(due, self._lost_due)
        self._due, self._totals_at, when = due, None, due
        # Refreshes while time moves what is shown, for entities that are there to show it.
        counting = self.tracker.counting
        if counting in (Posture.SITTING, Posture.STANDING):
            # While time is counted, the save after the one planned, with nothing else
            # to bring it.
            next_save = self._save_at + timedelta(seconds=SAVE_DELAY_SECONDS)
            if next_save > now:
                when = min(when, next_save)
        if counting in (Posture.SITTING, Posture.STANDING) and (
            self._listening & RUNNING
        ):
            self._totals_at = self.tracker.next_midnight(now) - DAY_END
            self._totals_refresh = RUNNING
            if counting is Posture.SITTING and self._listening & Cadence.MARKS:
                # On the bout's own marks (5, 10, 15 ... min): a trigger on a whole
                # multiple of five minutes fires at the second it is reached.
                bout = self.tracker.next_bout_mark(now, BOUT_REFRESH)
                if bout < self._totals_at:
                    self._totals_at, self._totals_refresh = bout, Cadence.MARKS
            if now >= self._totals_at:
                # Past the day's last write already: the next day's comes with midnight.
                self._totals_at = None
            else:
                when = min(when, self._totals_at)
        if self._cancel_timer is not None:
            if self._timer_at <= when:
                # The timer set goes off first and sets the next: a flicker of presence
                # costs no timer.
                return
            self._cancel_timer()
        self._timer_at = when
        self._cancel_timer = async_track_point_in_utc_time(
            self.hass, self._timer_job, when
        )

    def _check_posture_source(self, now: datetime) -> datetime | None:
        """Raise or clear the issue of a posture source gone quiet; return when it is due.

        Raised once the source has said nothing usable for the configured time while
        someone is at the desk (a Bluetooth desk out of range for hours); it clears
        itself when the source is back.
        """
        since = self.sources.posture_lost_since
        if since is None:
            if self._posture_issue:
                self._posture_issue = False
                ir.async_delete_issue(
                    self.hass, DOMAIN, posture_lost_issue_id(self.entry.entry_id)
                )
            return None
        due = since + self.options.source_lost
        if now < due:
            return due
        if self.tracker.occupied and not self._posture_issue:
            self._posture_issue = True
            assert self.sources.posture_entity is not None
            async_posture_source_lost(
                self.hass,
                self.entry,
                self.sources.posture_entity,
                round((now - since).total_seconds() / 60),
            )
        return None

    def _snapshot(self) -> SavedWorkstation:
        self._save_pending = False
        self._saved_at = dt_util.utcnow()
        self.tracker.advance(self._saved_at)
        return {
            "tracker": self.tracker.as_dict(),
            "nudging": self.nudging.as_dict(),
            "progress": self.nudging.progress.as_dict(),
        }

    # Actions --------------------------------------------------------------------

    def set_nudges_enabled(self, enabled: bool) -> None:
        """Turn all nudges of the workstation on or off."""
        self.nudging.enabled = enabled
        self._update(dt_util.utcnow(), evaluate=True)

    def snooze(self, minutes: float) -> None:
        """Defer every nudge for `minutes` (a longer snooze or break stays); active nudges end as snoozed."""
        until = dt_util.utcnow() + timedelta(minutes=minutes)
        self._answer(lambda situation: self.nudging.planner.snooze(situation, until))

    def start_break(self, minutes: float) -> None:
        """Count an explicit break now; stand and move nudges wait until it is over."""
        now = dt_util.utcnow()
        self.tracker.take_break(now)
        until = now + timedelta(minutes=minutes)
        self._answer(
            lambda situation: self.nudging.planner.took_break(situation, until)
        )

    def complete(self, kind: NudgeKind) -> None:
        """Resolve a nudge the user says they did; a mobility break done is a break taken.

        An exercise done counts for today, the streak and, for the core, the level.
        """
        if kind not in self.nudging.planner.active:
            return
        self.nudging.progress.nudge_done(kind, self._local_day(dt_util.utcnow()))
        self._resolve_done(kind)

    @staticmethod
    def _local_day(when: datetime) -> date:
        return dt_util.as_local(when).date()

    def _resolve_done(self, kind: NudgeKind) -> None:
        if kind is NudgeKind.MOVE:
            self.start_break(DEFAULT_BREAK_LENGTH_MINUTES)
        else:
            self._answer(
                lambda situation: self.nudging.planner.complete(situation, kind)
            )

    def done(self, nudge_id: str | None = None) -> None:
        """Answer the nudge `nudge_id` (nothing once it is over), or every active one."""
        if nudge_id is None:
            kinds = list(self.nudging.planner.active)
        elif (kind := self.nudging.planner.kind_of(nudge_id)) is not None:
            kinds = [kind]
        else:
            kinds = []
        for kind in kinds:
            self.complete(kind)

    def start_routine(self, routine: Routine) -> None:
        """Start a guided routine now; one already running starts over.

        The core routine runs at the workstation's core level.
        """
        self.routine.start(routine, self.nudging.progress.core.level)

    def routine_completed(self, routine: Routine) -> None:
        """Count a guided routine done to its end, and answer its nudge (counted once).

        The one place a completed routine is counted; the core one is a core session.
        """
        kind = ROUTINE_NUDGES[routine]
        self.nudging.progress.routine_completed(kind, self._local_day(dt_util.utcnow()))
        if kind in self.nudging.planner.active:
            self._resolve_done(kind)
        else:
            # Shown and saved as any change is.
            self._update(dt_util.utcnow(), evaluate=True)

    def _answer(self, decide: Callable[[Situation], list[Outcome]]) -> None:
        """Let the planner act on the user's answer now, and bring everything up to date."""
        now = dt_util.utcnow()
        self.tracker.advance(now)
        self._update(now, answer=decide)

    def set_posture(self, posture: Posture) -> None:
        """Set sitting or standing by hand, for desks without a posture source."""
        if not self.sources.manual_posture:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="posture_source_present"
            )
        now = dt_util.utcnow()
        status = self.tracker.status
        self.tracker.set_standing(now, posture is Posture.STANDING)
        if self.tracker.status != status:
            self._update(now)

    async def async_move_desk(self, *, stand: bool) -> None:
        """Raise or lower the desk, within the safety rules."""
        now = dt_util.utcnow()
        self.tracker.advance(now)
        await self.nudging.async_move_desk(self.nudging.situation(now), stand=stand)
