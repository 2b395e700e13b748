"""Firing the timers due at a simulated instant, cheaply."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
import time
from unittest.mock import patch

from homeassistant.core import HomeAssistant
from homeassistant.helpers import event as event_helper
from homeassistant.util import dt as dt_util
from homeassistant.util.async_ import get_scheduled_timer_handles

_RESOLUTION = time.get_clock_info("monotonic").resolution


def fire_due(hass: HomeAssistant, when: datetime) -> None:
    """Run the timers due at `when`, as `async_fire_time_changed` does, and the ones they set.

    The same logic, with the clock patched once per call rather than once per timer:
    with hundreds of workstations the patching would cost more than the timers. A timer
    that sets another one due by `when` (a refresh catching up after a jump, a deadline
    right after another) sees it run too: the event loop, whose clock stands still under
    freezegun, would not run one due at exactly this instant.
    """
    utc = dt_util.as_utc(when) + timedelta(
        microseconds=event_helper.RANDOM_MICROSECOND_MAX
    )
    timestamp = utc.timestamp()
    with (
        patch("homeassistant.helpers.event.time_tracker_utcnow", return_value=utc),
        patch(
            "homeassistant.helpers.event.time_tracker_timestamp",
            return_value=timestamp,
        ),
    ):
        while due := _due(hass, timestamp):
            for handle in due:
                if not handle.cancelled():
                    handle._run()
                    handle.cancel()


def _due(hass: HomeAssistant, timestamp: float) -> list[asyncio.TimerHandle]:
    """Return the timers due by `timestamp`, earliest first.

    The loop keeps its timers in a heap: only the due ones and their children are
    looked at, so hundreds of workstations' timers cost the driving of the clock
    nothing while they are not due (the loop itself pays no more for them).
    """
    heap = get_scheduled_timer_handles(hass.loop)
    # A handle is due when its loop time is reached by the simulated clock.
    latest = hass.loop.time() + _RESOLUTION + (timestamp - time.time())
    due: list[tuple[float, int, asyncio.TimerHandle]] = []
    stack = [0]
    while stack:
        index = stack.pop()
        if index >= len(heap) or (handle := heap[index]).when() > latest:
            continue
        if isinstance(handle, asyncio.TimerHandle) and not handle.cancelled():
            due.append((handle.when(), index, handle))
        stack += (2 * index + 1, 2 * index + 2)
    return [handle for _, _, handle in sorted(due)]
