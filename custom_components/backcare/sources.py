"""Reading a workstation's sources: who is there, and sitting or standing.

Presence sources are combined (any one seeing someone is enough; an unknown one is
ignored), and the posture comes from a standing sensor or a desk height. A source that
says nothing usable keeps the last posture, logged once each way. An optional slouch
source says whether the person slouches; while it says nothing usable, only the slouch
figures pause.
"""

from __future__ import annotations

from datetime import datetime

from homeassistant.const import STATE_HOME, STATE_ON, STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import HomeAssistant, State

from .const import LOGGER
from .engine.posture import HeightThreshold, combine_presence
from .engine.tracker import Tracker
from .height import HeightUnitError, height_in
from .options import WorkstationOptions

_UNUSABLE = (STATE_UNKNOWN, STATE_UNAVAILABLE)
_NOT_YET = object()


def presence_of(state: State | None) -> bool | None:
    """Present when on or home; None when unknown, unavailable or missing."""
    if state is None or state.state in _UNUSABLE:
        return None
    return state.state in (STATE_ON, STATE_HOME)


def slouching_of(state: State | None) -> bool | None:
    """Slouching when on; None when unknown, unavailable or missing."""
    if state is None or state.state in _UNUSABLE:
        return None
    return state.state == STATE_ON


class Sources:
    """Turns the source entities' states into the tracker's readings."""

    def __init__(self, title: str, options: WorkstationOptions) -> None:
        """Take the source options of a workstation."""
        self._title = title
        self.presence_entities = options.presence_entities
        self.standing_entity = options.standing_entity
        self.posture_entity = options.posture_source
        self.slouch_entity = options.slouch_entity
        self._slouch_lost = False
        self._threshold = HeightThreshold(
            options.standing_height, options.height_hysteresis
        )
        self._height_unit = options.height_unit
        self._presence: dict[str, bool | None] = {}
        # The combined presence the tracker was last given; a reading that leaves it
        # as it is tells the tracker nothing (see `read`).
        self._present: bool | None | object = _NOT_YET
        self._presence_lost = False
        self._unit_lost = False
        # Since when the posture source has said nothing usable; None while it does.
        self.posture_lost_since: datetime | None = None

    @property
    def entity_ids(self) -> list[str]:
        """Every source entity, presence first."""
        posture = [self.posture_entity] if self.posture_entity else []
        slouch = [self.slouch_entity] if self.slouch_entity else []
        return [*self.presence_entities, *posture, *slouch]

    @property
    def manual_posture(self) -> bool:
        """Whether posture is set by hand: no height or standing entity is configured."""
        return self.posture_entity is None

    def read_all(self, hass: HomeAssistant, tracker: Tracker, now: datetime) -> None:
        """Give the tracker what every source says now."""
        if self.posture_entity:
            self._read_posture(tracker, now, hass.states.get(self.posture_entity))
        if self.slouch_entity:
            self._read_slouch(tracker, now, hass.states.get(self.slouch_entity))
        self._presence = {
            entity_id: presence_of(hass.states.get(entity_id))
            for entity_id in self.presence_entities
        }
        self._apply_presence(tracker, now)

    def read(
        self, tracker: Tracker, now: datetime, entity_id: str, state: State | None
    ) -> bool:
        """Give the tracker what one source says now; False if that changes nothing.

        Most readings change nothing the tracker goes by (a second presence sensor
        agreeing, desk height noise within the hysteresis): the tracker is not told,
        and counts their time with the next reading, deadline or save.
        """
        if entity_id in self._presence:
            self._presence[entity_id] = presence_of(state)
            return self._apply_presence(tracker, now)
        if entity_id == self.slouch_entity:
            self._read_slouch(tracker, now, state)
            return True
        return self._read_posture(tracker, now, state)

    def _read_slouch(
        self, tracker: Tracker, now: datetime, state: State | None
    ) -> None:
        """Give the tracker the slouch reading; an unusable one is logged once."""
        slouching = slouching_of(state)
        if (slouching is None) != self._slouch_lost:
            self._slouch_lost = slouching is None
            LOGGER.info(
                "%s: %s is %s; slouch figures %s",
                self._title,
                self.slouch_entity,
                "not usable" if slouching is None else "usable again",
                "paused" if slouching is None else "resumed",
            )
        tracker.set_slouching(now, slouching)

    def _apply_presence(self, tracker: Tracker, now: datetime) -> bool:
        present = combine_presence(self._presence.values())
        if present is self._present:
            return False
        self._present = present
        if present is None and not self._presence_lost:
            LOGGER.info(
                "%s: no presence source has a state (%s); tracking paused",
                self._title,
                ", ".join(self.presence_entities),
            )
        elif present is not None and self._presence_lost:
            LOGGER.info("%s: presence is known again; tracking resumed", self._title)
        self._presence_lost = present is None
        tracker.set_presence(now, present)
        return True

    def _read_posture(
        self, tracker: Tracker, now: datetime, state: State | None
    ) -> bool:
        source = self.posture_entity
        if source is None:
            return False
        try:
            standing = self._standing_from(state, tracker.standing_signal)
        except HeightUnitError as err:
            self._report_posture_problem(source, state, err)
            return self._lose_posture(tracker, now)
        if standing is None:
            self._report_posture_problem(source, state)
            return self._lose_posture(tracker, now)
        if self.posture_lost_since is not None:
            LOGGER.info("%s: %s is usable again", self._title, source)
            self._unit_lost = False
            self.posture_lost_since = None
            tracker.set_posture_known(now, True)
        elif standing is tracker.standing_signal:
            return False
        tracker.set_standing(now, standing)
        return True

    def _lose_posture(self, tracker: Tracker, now: datetime) -> bool:
        """Hold the last posture, counting its time as uncertain from now on."""
        if self.posture_lost_since is not None:
            return False
        self.posture_lost_since = now
        tracker.set_posture_known(now, False)
        return True

    def _standing_from(self, state: State | None, was_standing: bool) -> bool | None:
        """Whether the posture source says standing; None when it says nothing usable."""
        if state is None or state.state in _UNUSABLE:
            return None
        if self.standing_entity:
            return state.state == STATE_ON
        if (height := height_in(state, self._height_unit)) is None:
            return None
        return self._threshold.is_standing(height, was_standing=was_standing)

    def _report_posture_problem(
        self, source: str, state: State | None, unit: HeightUnitError | None = None
    ) -> None:
        """Log once per stretch of unusable readings; the last posture is kept meanwhile.

        Info, not warning, as Home Assistant logs unavailable sources: a desk that is
        switched off at the wall is no fault of the user's configuration. A height in
        a unit that cannot be compared with the standing height is: a warning, once.
        Called before the posture is taken as lost, so the stretch's first reading is
        the one with no `posture_lost_since` yet.
        """
        if unit is not None and not self._unit_lost:
            LOGGER.warning(
                "%s: %s is not usable: %s; keeping the last posture",
                self._title,
                source,
                unit,
            )
            self._unit_lost = True
        elif unit is None and self.posture_lost_since is None:
            LOGGER.info(
                "%s: %s is not usable (%s); keeping the last posture",
                self._title,
                source,
                "missing" if state is None else state.state,
            )
