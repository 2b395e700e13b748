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
        while due := [
            handle
            for handle in get_scheduled_timer_handles(hass.loop)
            if isinstance(handle, asyncio.TimerHandle)
            and not handle.cancelled()
            and timestamp - time.time()
            >= handle.when() - (hass.loop.time() + _RESOLUTION)
        ]:
            for handle in due:
                if not handle.cancelled():
                    handle._run()
                    handle.cancel()
