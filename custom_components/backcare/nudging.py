"""Nudge delivery: the planner's decisions as events, phone notifications and desk moves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util

from .const import (
    ATTR_EXERCISE,
    ATTR_HOW,
    ATTR_KIND,
    ATTR_LEVEL,
    ATTR_MESSAGE,
    ATTR_NUDGE_ID,
    ATTR_RESPONSE_SECONDS,
    ATTR_SEATED_TODAY_MINUTES,
    ATTR_SITTING_BOUT_MINUTES,
    ATTR_STANDING_SPELL_MINUTES,
    ATTR_TITLE,
    DOMAIN,
    EVENT_NUDGE,
    EVENT_NUDGE_RESOLVED,
    LOGGER,
)
from .desk import Desk
from .device import event_base
from .engine.exercises import NudgeKind
from .engine.habits import StandingGoal
from .engine.nudges import (
    Fired,
    NudgePlanner,
    Outcome,
    Resolved,
    Situation,
)
from .engine.posture import Posture
from .engine.progression import Progress
from .engine.routines import NUDGE_ROUTINES
from .engine.tracker import Tracker
from .exercise_picture import shared_exercise_image
from .gates import GateReader, Gates, next_clock_time
from .home_notification import HomeNotification
from .messages import answer_hint, nudge_text, words_of
from .notify_actions import ACTION_LOWER, ACTION_RAISE, PhoneNotifier
from .options import WorkstationOptions
from .texts import text, text_language

if TYPE_CHECKING:
    from .workstation import BackcareConfigEntry


def _desk_button(language: str, kind: NudgeKind) -> tuple[str, str] | None:
    """Return the desk button of a nudge: down after standing long, none on a cue, else up."""
    if kind is NudgeKind.SIT:
        return ACTION_LOWER, text(language, "lower_desk")
    if kind is NudgeKind.POSTURE:
        return None
    return ACTION_RAISE, text(language, "raise_desk")


class Nudging:
    """Runs the planner for a workstation and delivers what it decides."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: BackcareConfigEntry,
        options: WorkstationOptions,
        tracker: Tracker,
        show_exercise: Callable[[str], None],
    ) -> None:
        """Take the nudge options of a workstation, and where its exercises show."""
        self.hass = hass
        self.show_exercise = show_exercise
        self.entry = entry
        self.tracker = tracker
        self.planner = NudgePlanner(options.nudges)
        self.goal = StandingGoal(
            options.standing_goal_minutes,
            options.goal_progression,
            options.standing_goal_max_minutes,
        )
        self.gates = GateReader(hass, options)
        self.desk = Desk(hass, options)
        self.notifier = PhoneNotifier(
            hass,
            entry.entry_id,
            entry.title,
            list(options.notify_services),
            desk=self.desk.configured,
        )
        self.home_notification = HomeNotification(
            hass, entry.entry_id, enabled=options.notify_home_assistant
        )
        # Which desk nudge moves the desk which way, from the chosen level.
        self.desk_moves = {
            NudgeKind.STAND: options.auto_raise,
            NudgeKind.SIT: options.auto_lower,
        }
        self.auto_raise_level = options.auto_raise_level
        self.posture_cue_notify = options.posture_cue_notify
        self._desk_unavailable_logged = False
        self.enabled = True
        self.next_due: datetime | None = None
        # The next time the local clock shows that matters, and for which instants and
        # time zone it was worked out (see `_next_clock_time`).
        self._clock: tuple[tzinfo, datetime, datetime] | None = None
        # The core level and the exercise days; saved and restored on their own.
        self.progress = Progress()

    # State --------------------------------------------------------------------

    def as_dict(self) -> dict[str, Any]:
        """Everything needed to carry on after a restart."""
        return {
            "planner": self.planner.as_dict(),
            "goal": self.goal.as_dict(),
            "enabled": self.enabled,
        }

    def restore(self, data: dict[str, Any]) -> None:
        """Carry on from a saved state (all of it, or nothing: it raises)."""
        planner = NudgePlanner.from_dict(data["planner"], self.planner.settings)
        self.goal.restore(data["goal"])
        self.planner = planner

    def situation(self, now: datetime) -> Situation:
        """Return the workstation now, with the gates read from their entities."""
        return self._situation(now, self.gates.read(now))

    def _situation(self, now: datetime, gates: Gates) -> Situation:
        local = dt_util.as_local(now)
        return Situation(
            now=now,
            today=local.date(),
            local_time=local.time(),
            posture=self.tracker.posture,
            sitting_bout=self.tracker.sitting_bout,
            bout_id=self.tracker.bout_id,
            not_sitting_run=self.tracker.not_sitting_run,
            occupied_run=self.tracker.occupied_run,
            breaks_total=self.tracker.breaks_total,
            seated_today=self.tracker.today(now).sitting,
            enabled=self.enabled,
            active=gates.active,
            busy=gates.busy,
            meeting=gates.meeting,
            standing_spell=self.tracker.standing_spell,
            spell_id=self.tracker.spell_id,
            not_standing_run=self.tracker.not_standing_run,
            slouching=self.tracker.slouch.slouching,
            slouch_run=self.tracker.slouch.run,
        )

    # Evaluation -----------------------------------------------------------------

    def run(
        self,
        now: datetime,
        answer: Callable[[Situation], list[Outcome]] | None = None,
    ) -> datetime:
        """Act on the user's answer, fire and resolve what is due, deliver it all.

        Returns when to run again by itself. The one way the planner is driven: an answer is evaluated in the same situation,
        so what it settled cannot come straight back.
        """
        gates = self.gates.read(now)
        situation = self._situation(now, gates)
        outcomes = answer(situation) if answer is not None else []
        self.progress.core.settle(situation.today)
        if gates.active_day:
            self.goal.mark_active(situation.today)
        self.goal.close_days(
            situation.today,
            {
                day: self.tracker.ledger.peek(day).standing / 60
                for day in self._recent_days(situation)
            },
        )
        outcomes += self.planner.evaluate(situation)
        self._deliver(situation, outcomes)
        self.next_due = self.planner.next_due(situation)
        clock = self._next_clock_time(now)
        check = self.planner.next_check(situation)
        return clock if check is None else min(check, clock)

    def _next_clock_time(self, now: datetime) -> datetime:
        """When the schedule opens or closes, or the evening stretch or morning core is due.

        By the local clock; the day's end is the tracker's deadline. Kept until then, or
        until the time zone changes: worked out at every run, it was a fifth of the run.
        """
        zone = dt_util.get_default_time_zone()
        known = self._clock
        if known is not None and known[0] == zone and known[1] <= now < known[2]:
            return known[2]
        settings = self.planner.settings
        clock = next_clock_time(
            now, [*self.gates.clock_times, settings.stretch_at, settings.core_start]
        )
        self._clock = (zone, now, clock)
        return clock

    @staticmethod
    def _recent_days(situation: Situation) -> list[date]:
        return [situation.today - timedelta(days=offset) for offset in (1, 2)]

    def _deliver(self, situation: Situation, outcomes: list[Outcome]) -> None:
        """Send events, notifications and desk moves for what the planner decided."""
        for outcome in outcomes:
            if isinstance(outcome, Fired):
                self._fire(situation, outcome)
            else:
                self._resolved(outcome)
        if (
            any(isinstance(outcome, Resolved) for outcome in outcomes)
            and not self.planner.active
        ):
            self.home_notification.dismiss()
            self.entry.async_create_task(
                self.hass, self.notifier.async_clear(), "backcare clear"
            )

    def _fire(self, situation: Situation, fired: Fired) -> None:
        bout = round(situation.sitting_bout / 60)
        seated = round(situation.seated_today / 60)
        at_desk = round(situation.occupied_run / 60)
        spell = round(situation.standing_spell / 60)
        # Read now, not at set-up: a change of Home Assistant's language needs no restart.
        language = text_language(self.hass.config.language)
        title, message = nudge_text(
            language, fired, bout=bout, seated=seated, at_desk=at_desk, spell=spell
        )
        exercise = fired.exercise
        words = words_of(language, exercise)
        self.show_exercise(exercise.key)
        image = shared_exercise_image(self.hass, exercise)
        self.hass.bus.async_fire(
            EVENT_NUDGE,
            {
                **event_base(self.hass, self.entry),
                ATTR_NUDGE_ID: fired.nudge_id,
                ATTR_KIND: fired.kind.value,
                ATTR_LEVEL: fired.level,
                ATTR_SITTING_BOUT_MINUTES: bout,
                ATTR_STANDING_SPELL_MINUTES: spell,
                ATTR_SEATED_TODAY_MINUTES: seated,
                ATTR_EXERCISE: {
                    "key": exercise.key,
                    "name": words.name,
                    "steps": list(words.steps),
                    "duration_seconds": exercise.duration_seconds,
                    "image": image,
                },
                ATTR_TITLE: title,
                ATTR_MESSAGE: message,
            },
        )
        if fired.kind is NudgeKind.POSTURE and not self.posture_cue_notify:
            # A cue is for a lamp or a speaker (the event): not a notification.
            return
        self.home_notification.show(title, message, answer_hint(language))
        self.entry.async_create_task(
            self.hass,
            self.notifier.async_send(
                fired.nudge_id,
                title,
                message,
                snooze_title=text(language, "snooze"),
                desk=_desk_button(language, fired.kind),
                done_title=text(language, "done"),
                image=image,
                routine_title=text(language, "start_routine")
                if fired.kind in NUDGE_ROUTINES
                else None,
            ),
            "backcare notify",
        )
        if (
            self.desk_moves.get(fired.kind)
            and fired.level >= self.auto_raise_level
            and self.desk.configured
        ):
            self.entry.async_create_task(
                self.hass,
                self._auto_move(situation, stand=fired.kind is NudgeKind.STAND),
                "backcare desk",
            )

    async def _auto_move(self, situation: Situation, *, stand: bool) -> None:
        try:
            await self.async_move_desk(situation, stand=stand)
        except ServiceValidationError as err:
            if err.translation_key != "desk_unavailable":
                LOGGER.debug(
                    "%s: not moving the desk: %s", self.entry.title, err.translation_key
                )
            elif not self._desk_unavailable_logged:
                # Once per stretch, not once per nudge.
                self._desk_unavailable_logged = True
                LOGGER.info(
                    "%s: not moving the desk: %s is unavailable",
                    self.entry.title,
                    (err.translation_placeholders or {}).get("entity"),
                )
        else:
            self._desk_unavailable_logged = False

    def _resolved(self, resolved: Resolved) -> None:
        self.hass.bus.async_fire(
            EVENT_NUDGE_RESOLVED,
            {
                **event_base(self.hass, self.entry),
                ATTR_NUDGE_ID: resolved.nudge_id,
                ATTR_KIND: resolved.kind.value,
                ATTR_HOW: resolved.how.value,
                ATTR_RESPONSE_SECONDS: round(resolved.response_seconds),
            },
        )

    # Desk -------------------------------------------------------------------------

    async def async_move_desk(self, situation: Situation, *, stand: bool) -> None:
        """Move the desk, but never while nobody is there, off schedule or already moving."""
        if not self.desk.can_move(stand=stand):
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="no_desk"
            )
        if situation.posture not in (Posture.SITTING, Posture.STANDING):
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="desk_unoccupied"
            )
        if not situation.active:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="desk_off_schedule"
            )
        if (entity_id := self.desk.unavailable(stand=stand)) is not None:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="desk_unavailable",
                translation_placeholders={"entity": entity_id},
            )
        if self.desk.moving:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="desk_moving"
            )
        await self.desk.async_move(stand=stand)
