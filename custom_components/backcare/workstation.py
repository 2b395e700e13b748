"""The adapter between a workstation's source entities, its tracker and its entities."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import STATE_HOME, STATE_ON, STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    State,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.event import (
    async_track_point_in_utc_time,
    async_track_state_change_event,
    async_track_utc_time_change,
)
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import (
    CONF_AWAY_GRACE_SECONDS,
    CONF_BREAK_MINUTES,
    CONF_HEIGHT_ENTITY,
    CONF_HEIGHT_HYSTERESIS,
    CONF_PRESENCE_ENTITIES,
    CONF_STANDING_ENTITY,
    CONF_STANDING_HEIGHT,
    DEFAULT_AWAY_GRACE_SECONDS,
    DEFAULT_BREAK_LENGTH_MINUTES,
    DEFAULT_BREAK_MINUTES,
    DEFAULT_HEIGHT_HYSTERESIS,
    DOMAIN,
    LOGGER,
    SAVE_DELAY_SECONDS,
    STORAGE_VERSION,
)
from .engine.exercises import NudgeKind
from .engine.nudges import Outcome, Situation
from .engine.posture import HeightThreshold, Posture, combine_presence
from .engine.tracker import Tracker, TrackerSettings
from .height import read_height
from .nudging import Nudging

type BackcareConfigEntry = ConfigEntry[Workstation]

_UNUSABLE = (STATE_UNKNOWN, STATE_UNAVAILABLE)


def presence_of(state: State | None) -> bool | None:
    """Present when on or home; None when unknown, unavailable or missing."""
    if state is None or state.state in _UNUSABLE:
        return None
    return state.state in (STATE_ON, STATE_HOME)


def storage_key(entry_id: str) -> str:
    """Return the Store key of a workstation's ledger."""
    return f"{DOMAIN}.{entry_id}"


class Workstation:
    """One desk: listens to its sources, keeps the tracker current and tells entities."""

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry[Any]) -> None:
        """Read the options; nothing runs until `async_start`."""
        self.hass = hass
        self.entry = entry
        options = entry.options
        self.presence_entities: list[str] = list(options[CONF_PRESENCE_ENTITIES])
        self.height_entity: str | None = options.get(CONF_HEIGHT_ENTITY)
        self.standing_entity: str | None = options.get(CONF_STANDING_ENTITY)
        self._threshold = HeightThreshold(
            float(options.get(CONF_STANDING_HEIGHT, 0.0)),
            float(options.get(CONF_HEIGHT_HYSTERESIS, DEFAULT_HEIGHT_HYSTERESIS)),
        )
        self._settings = TrackerSettings(
            away_grace=timedelta(
                seconds=options.get(CONF_AWAY_GRACE_SECONDS, DEFAULT_AWAY_GRACE_SECONDS)
            ),
            break_length=timedelta(
                minutes=options.get(CONF_BREAK_MINUTES, DEFAULT_BREAK_MINUTES)
            ),
        )
        self._store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, storage_key(entry.entry_id)
        )
        self.tracker = Tracker(
            self._settings, dt_util.get_default_time_zone(), dt_util.utcnow()
        )
        self._listeners: list[CALLBACK_TYPE] = []
        self._unsubscribe: list[CALLBACK_TYPE] = []
        self._cancel_deadline: CALLBACK_TYPE | None = None
        self._deadline: datetime | None = None
        self._next_check: datetime | None = None
        self._presence_lost = False
        self._posture_lost = False
        self.nudging = Nudging(hass, entry, self.tracker)
        # Diagnostics: the last posture changes as (time, from, to).
        self.transitions: deque[tuple[datetime, Posture | None, Posture | None]] = (
            deque(maxlen=20)
        )

    # Lifecycle --------------------------------------------------------------

    async def async_start(self) -> None:
        """Restore the ledger, read the sources and start listening."""
        now = dt_util.utcnow()
        if (saved := await self._store.async_load()) is not None:
            self.tracker = Tracker.from_dict(
                saved["tracker"], self._settings, dt_util.get_default_time_zone(), now
            )
            self.nudging.tracker = self.tracker
            try:
                self.nudging.restore(saved["nudging"])
            except KeyError, TypeError, ValueError:
                # The day's account matters more than the nudges' memory: keep going.
                LOGGER.warning(
                    "%s: the saved nudge state could not be read; nudges start afresh",
                    self.entry.title,
                )
        self._read_posture_source(now)
        self._read_presence(now)
        sources = [*self.presence_entities]
        if posture_source := self.height_entity or self.standing_entity:
            sources.append(posture_source)
        self._unsubscribe = [
            async_track_state_change_event(self.hass, sources, self._on_source_change),
            async_track_state_change_event(
                self.hass, self.nudging.gates.entities, self._on_gate_change
            ),
            # Running counters are written on each whole minute.
            async_track_utc_time_change(self.hass, self._on_tick, second=0),
        ]
        self._changed(now, notify=False)

    async def async_stop(self) -> None:
        """Stop listening and write the ledger, so a reload loses nothing."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        if self._cancel_deadline:
            self._cancel_deadline()
            self._cancel_deadline = None
        await self._store.async_save(self._snapshot())

    # Entities ---------------------------------------------------------------

    @callback
    def async_add_listener(self, update: CALLBACK_TYPE) -> Callable[[], None]:
        """Call `update` whenever what the entities show may have changed."""
        self._listeners.append(update)

        @callback
        def remove() -> None:
            self._listeners.remove(update)

        return remove

    @callback
    def _notify(self) -> None:
        for update in list(self._listeners):
            update()

    # Sources ------------------------------------------------------------------

    @callback
    def _on_source_change(self, event: Event[EventStateChangedData]) -> None:
        now = dt_util.utcnow()
        shown = (self.tracker.posture, self.tracker.occupied)
        if event.data["entity_id"] in self.presence_entities:
            self._read_presence(now)
        else:
            self._read_posture_source(now)
        # Readings that change nothing shown (height noise, flicker within grace) change
        # nothing the nudges depend on either: only the tracker needs them.
        changed = shown != (self.tracker.posture, self.tracker.occupied)
        self._changed(now, notify=changed, evaluate=changed)

    def _read_presence(self, now: datetime) -> None:
        present = combine_presence(
            presence_of(self.hass.states.get(entity_id))
            for entity_id in self.presence_entities
        )
        if present is None and not self._presence_lost:
            LOGGER.info(
                "%s: no presence source has a state (%s); tracking paused",
                self.entry.title,
                ", ".join(self.presence_entities),
            )
        elif present is not None and self._presence_lost:
            LOGGER.info(
                "%s: presence is known again; tracking resumed", self.entry.title
            )
        self._presence_lost = present is None
        self.tracker.set_presence(now, present)

    def _read_posture_source(self, now: datetime) -> None:
        source = self.standing_entity or self.height_entity
        if source is None:
            return
        state = self.hass.states.get(source)
        standing = self._standing_from(state)
        if standing is None:
            self._report_posture_problem(source, state)
            return
        if self._posture_lost:
            LOGGER.info("%s: %s is usable again", self.entry.title, source)
            self._posture_lost = False
        self.tracker.set_standing(now, standing)

    def _standing_from(self, state: State | None) -> bool | None:
        """Whether the posture source says standing; None when it says nothing usable."""
        if state is None or state.state in _UNUSABLE:
            return None
        if self.standing_entity:
            return state.state == STATE_ON
        if (height := read_height(state)) is None:
            return None
        return self._threshold.is_standing(
            height, was_standing=self.tracker.standing_signal
        )

    def _report_posture_problem(self, source: str, state: State | None) -> None:
        """Log once per stretch of unusable readings; the last posture is kept meanwhile.

        Info, not warning, as Home Assistant logs unavailable sources: a desk that is
        switched off at the wall is no fault of the user's configuration.
        """
        if not self._posture_lost:
            LOGGER.info(
                "%s: %s is not usable (%s); keeping the last posture",
                self.entry.title,
                source,
                "missing" if state is None else state.state,
            )
        self._posture_lost = True

    # Time -----------------------------------------------------------------------

    @callback
    def _on_gate_change(self, event: Event[EventStateChangedData]) -> None:
        """Re-evaluate when a meeting or do-not-disturb starts or ends."""
        self._changed(dt_util.utcnow(), notify=True)

    @callback
    def _on_tick(self, now: datetime) -> None:
        self._changed(dt_util.utcnow(), notify=True)

    @callback
    def _on_deadline(self, now: datetime) -> None:
        self._cancel_deadline = None
        self._changed(dt_util.utcnow(), notify=True)

    def _changed(self, now: datetime, *, notify: bool, evaluate: bool = True) -> None:
        self.tracker.advance(now)
        previous = self.transitions[-1][2] if self.transitions else None
        if self.tracker.posture != previous:
            self.transitions.append((now, previous, self.tracker.posture))
        if evaluate:
            active_before = dict(self.nudging.planner.active)
            self._next_check = self.nudging.evaluate(now)
            notify = notify or active_before != self.nudging.planner.active
        self._schedule_deadline(now, self._next_check)
        # The Store writes once per delay however often this is called, and always
        # at shutdown: few writes for an SD card, nothing lost on a clean stop.
        self._store.async_delay_save(self._snapshot, SAVE_DELAY_SECONDS)
        if notify:
            self._notify()

    def _schedule_deadline(self, now: datetime, next_check: datetime | None) -> None:
        deadline = self.tracker.next_deadline(now)
        if next_check is not None:
            deadline = min(deadline, next_check)
        if self._cancel_deadline:
            if deadline == self._deadline:
                return
            self._cancel_deadline()
        self._deadline = deadline
        self._cancel_deadline = async_track_point_in_utc_time(
            self.hass, self._on_deadline, deadline
        )

    def _snapshot(self) -> dict[str, Any]:
        self.tracker.advance(dt_util.utcnow())
        return {"tracker": self.tracker.as_dict(), "nudging": self.nudging.as_dict()}

    # Actions --------------------------------------------------------------------

    @property
    def manual_posture(self) -> bool:
        """Whether posture is set by hand: no height or standing entity is configured."""
        return not (self.height_entity or self.standing_entity)

    def set_nudges_enabled(self, enabled: bool) -> None:
        """Turn all nudges of the workstation on or off."""
        self.nudging.enabled = enabled
        self._changed(dt_util.utcnow(), notify=True)

    def snooze(self, minutes: float) -> None:
        """Defer every nudge for `minutes`; active nudges end as snoozed."""
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
        """Resolve a nudge the user says they did."""
        self._answer(lambda situation: self.nudging.planner.complete(situation, kind))

    def _answer(self, decide: Callable[[Situation], list[Outcome]]) -> None:
        """Let the planner act on the user's answer now, deliver it and update."""
        now = dt_util.utcnow()
        self.tracker.advance(now)
        situation = self.nudging.situation(now)
        self.nudging.deliver(situation, decide(situation))
        self._changed(now, notify=True)

    def done(self) -> None:
        """Answer every active nudge: a mobility break counts as a break taken."""
        for kind in list(self.nudging.planner.active):
            if kind is NudgeKind.MOVE:
                self.start_break(DEFAULT_BREAK_LENGTH_MINUTES)
            else:
                self.complete(kind)

    def set_posture(self, posture: Posture) -> None:
        """Set sitting or standing by hand, for desks without a posture source."""
        if not self.manual_posture:
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="posture_source_present"
            )
        now = dt_util.utcnow()
        shown = self.tracker.posture
        self.tracker.set_standing(now, posture is Posture.STANDING)
        self._changed(now, notify=shown != self.tracker.posture)

    async def async_move_desk(self, *, stand: bool) -> None:
        """Raise or lower the desk, within the safety rules."""
        now = dt_util.utcnow()
        self.tracker.advance(now)
        await self.nudging.async_move_desk(self.nudging.situation(now), stand=stand)
