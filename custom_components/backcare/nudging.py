"""Nudge delivery: the planner's decisions as events, phone notifications and desk moves."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import device_registry as dr
from homeassistant.util import dt as dt_util

from .const import (
    ATTR_DEVICE_ID,
    ATTR_ENTRY_ID,
    ATTR_EXERCISE,
    ATTR_HOW,
    ATTR_KIND,
    ATTR_LEVEL,
    ATTR_MESSAGE,
    ATTR_RESPONSE_SECONDS,
    ATTR_SEATED_TODAY_MINUTES,
    ATTR_SITTING_BOUT_MINUTES,
    ATTR_TITLE,
    ATTR_WORKSTATION,
    CONF_AUTO_RAISE,
    CONF_AUTO_RAISE_LEVEL,
    CONF_CORE_ENABLED,
    CONF_CORE_END,
    CONF_CORE_START,
    CONF_GOAL_PROGRESSION,
    CONF_MOVE_INTERVAL_MINUTES,
    CONF_NOTIFY_SERVICES,
    CONF_PREMEETING_MINUTES,
    CONF_REPEAT_MINUTES,
    CONF_SIT_LIMIT_MINUTES,
    CONF_STANDING_GOAL_MAX_MINUTES,
    CONF_STANDING_GOAL_MINUTES,
    CONF_STRETCH_MIN_SEATED_MINUTES,
    CONF_STRETCH_TIME,
    DOMAIN,
    EVENT_NUDGE,
    EVENT_NUDGE_RESOLVED,
    LOGGER,
    NUDGE_DEFAULTS,
)
from .desk import Desk
from .engine.exercises import NudgeKind
from .engine.habits import StandingGoal
from .engine.nudges import (
    Fired,
    NudgePlanner,
    NudgeSettings,
    Outcome,
    Resolved,
    Situation,
)
from .engine.posture import Posture
from .engine.tracker import Tracker
from .gates import GateReader, Gates, next_clock_time, parse_time
from .messages import nudge_text
from .notify_actions import PhoneNotifier


def nudge_settings(options: Mapping[str, Any]) -> NudgeSettings:
    """Return the planner's settings from a workstation's options."""
    option = {**NUDGE_DEFAULTS, **options}
    return NudgeSettings(
        sit_limit=timedelta(minutes=option[CONF_SIT_LIMIT_MINUTES]),
        move_interval=timedelta(minutes=option[CONF_MOVE_INTERVAL_MINUTES]),
        repeat=timedelta(minutes=option[CONF_REPEAT_MINUTES]),
        stretch_at=parse_time(option[CONF_STRETCH_TIME]),
        stretch_min_seated=timedelta(minutes=option[CONF_STRETCH_MIN_SEATED_MINUTES]),
        core_enabled=bool(option[CONF_CORE_ENABLED]),
        core_start=parse_time(option[CONF_CORE_START]),
        core_end=parse_time(option[CONF_CORE_END]),
        premeeting=timedelta(minutes=option[CONF_PREMEETING_MINUTES]),
    )


class Nudging:
    """Runs the planner for a workstation and delivers what it decides."""

    def __init__(
        self, hass: HomeAssistant, entry: ConfigEntry[Any], tracker: Tracker
    ) -> None:
        """Take the nudge options of a workstation."""
        self.hass = hass
        self.entry = entry
        self.tracker = tracker
        option = {**NUDGE_DEFAULTS, **entry.options}
        self.planner = NudgePlanner(nudge_settings(entry.options))
        self.goal = StandingGoal(
            float(option[CONF_STANDING_GOAL_MINUTES]),
            bool(option[CONF_GOAL_PROGRESSION]),
            float(option[CONF_STANDING_GOAL_MAX_MINUTES]),
        )
        self.gates = GateReader(hass, entry.options)
        self.desk = Desk(hass, entry.options)
        self.notifier = PhoneNotifier(
            hass,
            entry.entry_id,
            list(option[CONF_NOTIFY_SERVICES]),
            desk=self.desk.configured,
        )
        self.auto_raise = bool(option[CONF_AUTO_RAISE])
        self.auto_raise_level = int(option[CONF_AUTO_RAISE_LEVEL])
        self.enabled = True
        self.next_due: datetime | None = None

    # State --------------------------------------------------------------------

    def as_dict(self) -> dict[str, Any]:
        """Everything needed to carry on after a restart."""
        return {"planner": self.planner.as_dict(), "goal": self.goal.as_dict()}

    def restore(self, data: dict[str, Any]) -> None:
        """Carry on from a saved state."""
        self.planner = NudgePlanner.from_dict(data["planner"], self.planner.settings)
        self.goal.restore(data["goal"])

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
        )

    # Evaluation -----------------------------------------------------------------

    def evaluate(self, now: datetime) -> datetime:
        """Fire and resolve what is due; return when to evaluate again by itself."""
        gates = self.gates.read(now)
        situation = self._situation(now, gates)
        if gates.active_day:
            self.goal.mark_active(situation.today)
        self.goal.close_days(
            situation.today,
            {
                day: self.tracker.ledger.peek(day).standing / 60
                for day in self._recent_days(situation)
            },
        )
        self.deliver(situation, self.planner.evaluate(situation))
        self.next_due = self.planner.next_due(situation)
        # By the clock: the schedule opens or closes, the evening stretch or the morning
        # core comes due. The day's end is the tracker's deadline.
        settings = self.planner.settings
        clock = next_clock_time(
            now, [*self.gates.clock_times, settings.stretch_at, settings.core_start]
        )
        check = self.planner.next_check(situation)
        return clock if check is None else min(check, clock)

    @staticmethod
    def _recent_days(situation: Situation) -> list[date]:
        return [situation.today - timedelta(days=offset) for offset in (1, 2)]

    def deliver(self, situation: Situation, outcomes: list[Outcome]) -> None:
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
            self.entry.async_create_task(
                self.hass, self.notifier.async_clear(), "backcare clear"
            )

    def _base_event(self) -> dict[str, Any]:
        # Among the entry's devices: async_get_device_by_identifier is 2026.10+, and
        # async_get_device, all that 2026.3 has, is deprecated there.
        identifier = (DOMAIN, self.entry.entry_id)
        device = next(
            (
                device
                for device in dr.async_entries_for_config_entry(
                    dr.async_get(self.hass), self.entry.entry_id
                )
                if identifier in device.identifiers
            ),
            None,
        )
        return {
            ATTR_ENTRY_ID: self.entry.entry_id,
            ATTR_DEVICE_ID: device.id if device else None,
            ATTR_WORKSTATION: self.entry.title,
        }

    def _fire(self, situation: Situation, fired: Fired) -> None:
        bout = round(situation.sitting_bout / 60)
        seated = round(situation.seated_today / 60)
        at_desk = round(situation.occupied_run / 60)
        title, message = nudge_text(fired, bout=bout, seated=seated, at_desk=at_desk)
        exercise = fired.exercise
        self.hass.bus.async_fire(
            EVENT_NUDGE,
            {
                **self._base_event(),
                ATTR_KIND: fired.kind.value,
                ATTR_LEVEL: fired.level,
                ATTR_SITTING_BOUT_MINUTES: bout,
                ATTR_SEATED_TODAY_MINUTES: seated,
                ATTR_EXERCISE: {
                    "key": exercise.key,
                    "name": exercise.name,
                    "steps": list(exercise.steps),
                    "duration_seconds": exercise.duration_seconds,
                },
                ATTR_TITLE: title,
                ATTR_MESSAGE: message,
            },
        )
        self.entry.async_create_task(
            self.hass,
            self.notifier.async_send(
                title,
                message,
                snooze_title="Snooze",
                raise_title="Raise desk",
                done_title="Done",
            ),
            "backcare notify",
        )
        if (
            self.auto_raise
            and fired.kind is NudgeKind.STAND
            and fired.level >= self.auto_raise_level
            and self.desk.configured
        ):
            self.entry.async_create_task(
                self.hass, self._auto_raise(situation), "backcare raise"
            )

    async def _auto_raise(self, situation: Situation) -> None:
        try:
            await self.async_move_desk(situation, stand=True)
        except ServiceValidationError as err:
            LOGGER.debug(
                "%s: not raising the desk: %s", self.entry.title, err.translation_key
            )

    def _resolved(self, resolved: Resolved) -> None:
        self.hass.bus.async_fire(
            EVENT_NUDGE_RESOLVED,
            {
                **self._base_event(),
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
        if self.desk.moving:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="desk_moving"
            )
        await self.desk.async_move(stand=stand)
