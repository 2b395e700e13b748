"""Where the event loop's time goes, by function: backcare's own work and Home Assistant's.

cProfile cannot tell this: since Python 3.12 it records every thread, and the recorder's
thread is most of a run's CPU. This wraps the functions named below and times each call
in the event loop's thread CPU, less the time of the wrapped calls within it and of the
garbage collector's runs (counted apart), so each function's figure is its own. The
wrappers themselves cost about half a microsecond a call, counted in the callers.
What no wrapped function takes is the rest: Home Assistant dispatching each source
update to its listeners, the recorder's listener, tasks the functions start (a phone
notification is sent from one) and the bench's clock. Of Home Assistant's timer runs,
only those of backcare's timers are counted.
"""

from __future__ import annotations

from collections.abc import Callable
import functools
import gc
import threading
from time import thread_time_ns
from typing import Any, Self

from homeassistant.helpers import entity as ha_entity, event as ha_event, storage

from custom_components.backcare import entity as backcare_entity, nudging, workstation

BACKCARE = "backcare"
HOME_ASSISTANT = "Home Assistant"

# (owner, attribute, what it is, whose): the functions whose own time is counted.
WRAPPED: tuple[tuple[Any, str, str, str], ...] = (
    (workstation.Workstation, "_on_source_change", "each reading", BACKCARE),
    (workstation.Workstation, "_flicker", "presence flickering", BACKCARE),
    (workstation.Workstation, "_update", "bringing the day up to date", BACKCARE),
    (workstation.Workstation, "_on_timer", "timer runs", BACKCARE),
    (workstation.Workstation, "_on_grace_end", "timer runs", BACKCARE),
    (workstation.Workstation, "_schedule", "planning the timer", BACKCARE),
    (workstation.Workstation, "_snapshot", "saves", BACKCARE),
    (workstation.Workstation, "_notify", "telling the entities to look", BACKCARE),
    (backcare_entity.BackcareEntity, "async_look", "entity looks", BACKCARE),
    (nudging.Nudging, "run", "the nudge planner", BACKCARE),
    (
        ha_entity.Entity,
        "async_write_ha_state",
        "state writes (the state, its event, the recorder's queue)",
        HOME_ASSISTANT,
    ),
    (workstation, "async_track_point_in_utc_time", "timers set", HOME_ASSISTANT),
    (ha_event._TrackPointUTCTime, "async_cancel", "timers cancelled", HOME_ASSISTANT),
    (ha_event._TrackPointUTCTime, "__call__", "timer runs", HOME_ASSISTANT),
    (storage.Store, "async_delay_save", "saves", HOME_ASSISTANT),
)
COLLECTOR = "the garbage collector"


def _backcare_timer(track: Any, *_args: Any) -> bool:
    """Whether a timer Home Assistant runs is one of backcare's workstations'."""
    target = track.job.target
    return isinstance(getattr(target, "__self__", None), workstation.Workstation)


# Wrapped functions counted only for some calls: (owner, attribute) -> which.
ONLY: dict[tuple[Any, str], Callable[..., bool]] = {
    (ha_event._TrackPointUTCTime, "__call__"): _backcare_timer,
}


class LoopAccount:
    """Count each wrapped function's own event-loop CPU while the block runs.

    Installed before the set-up, since a workstation binds its callbacks as it starts;
    it counts only inside `with`, and `uninstall` puts the functions back.
    """

    def __init__(self) -> None:
        # (whose, what) -> [calls, own ns]
        self.own: dict[tuple[str, str], list[int]] = {}
        self._thread = threading.get_ident()
        self._counting = False
        # Per open call: [started, ns of the wrapped calls and collections inside it].
        self._open: list[list[int]] = []
        self._collecting_since = 0
        self._originals: list[tuple[Any, str, Any]] = []

    def install(self) -> Self:
        """Wrap the functions of `WRAPPED`; nothing is counted until `with`."""
        for owner, name, what, whose in WRAPPED:
            self._wrap(owner, name, (whose, what))
        return self

    def uninstall(self) -> None:
        """Put the original functions back (callbacks already bound keep the wrapper)."""
        for owner, name, original in reversed(self._originals):
            setattr(owner, name, original)
        self._originals.clear()

    def _wrap(self, owner: Any, name: str, key: tuple[str, str]) -> None:
        original = getattr(owner, name)
        only = ONLY.get((owner, name))
        counts = self.own.setdefault(key, [0, 0])
        opened = self._open
        account = self

        # functools.wraps keeps Home Assistant's callback mark: without it, a callback
        # would be run in the executor instead of the loop.
        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if (
                not account._counting
                or threading.get_ident() != account._thread
                or (only is not None and not only(*args))
            ):
                return original(*args, **kwargs)
            call = [thread_time_ns(), 0]
            opened.append(call)
            try:
                return original(*args, **kwargs)
            finally:
                opened.pop()
                spent = thread_time_ns() - call[0]
                counts[0] += 1
                counts[1] += spent - call[1]
                if opened:
                    opened[-1][1] += spent

        self._originals.append((owner, name, original))
        setattr(owner, name, timed)

    def _collector(self, phase: str, info: dict[str, int]) -> None:
        if threading.get_ident() != self._thread:
            return
        if phase == "start":
            self._collecting_since = thread_time_ns()
            return
        spent = thread_time_ns() - self._collecting_since
        counts = self.own.setdefault((HOME_ASSISTANT, COLLECTOR), [0, 0])
        counts[0] += 1
        counts[1] += spent
        if self._open:
            self._open[-1][1] += spent

    def __enter__(self) -> Self:
        self._counting = True
        gc.callbacks.append(self._collector)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._collector)
        self._counting = False

    def as_dict(self) -> dict[str, dict[str, list[int]]]:
        """{whose: {what: [calls, own ns]}}, for the run's JSON."""
        result: dict[str, dict[str, list[int]]] = {}
        for (whose, what), counts in self.own.items():
            if counts[0]:
                result.setdefault(whose, {})[what] = counts
        return result
