"""Long-term statistics accumulate for the daily counters, across midnight resets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
    do_adhoc_statistics,
    statistics_during_period,
)
import yaml

from custom_components.backcare.workstation import DAY_END

from .bench.clock import fire_due
from .helpers import PRESENCE, workstation_entry

ZONE = ZoneInfo("Europe/Amsterdam")
SEATED = "sensor.office_desk_seated_time_today"


async def test_seated_time_statistics_keep_growing_over_midnight(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    desk_states: None,
) -> None:
    await hass.config.async_set_time_zone("Europe/Amsterdam")
    start = datetime(2026, 11, 23, 22, 0, tzinfo=ZONE)
    freezer.move_to(start)
    entry = workstation_entry()
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    hass.states.async_set(PRESENCE, "on")
    await hass.async_block_till_done()

    now = start
    midnight = datetime(2026, 11, 24, tzinfo=ZONE)
    leaves = datetime(2026, 11, 24, 1, 30, tzinfo=ZONE)
    while now < start + timedelta(hours=4, minutes=10):
        now += timedelta(minutes=1)
        if now == leaves:
            freezer.move_to(now)
            hass.states.async_set(PRESENCE, "off")
        # The day's last value is written just before midnight, at the instant it is due.
        for instant in (midnight - DAY_END, now) if now == midnight else (now,):
            freezer.move_to(instant)
            fire_due(hass, instant)
            await hass.async_block_till_done()
        if now.minute % 5 == 0:
            # Compile the five minutes that just ended, as the recorder does.
            await async_wait_recording_done(hass)
            do_adhoc_statistics(
                hass, start=(now - timedelta(minutes=5)).astimezone(UTC)
            )
    await async_wait_recording_done(hass)

    stats = await recorder_mock.async_add_executor_job(
        statistics_during_period,
        hass,
        start,
        None,
        {SEATED},
        "hour",
        None,
        {"sum", "state"},
    )
    hours = stats[SEATED]
    assert len(hours) == 4
    sums = [row["sum"] for row in hours]
    assert sums == sorted(sums)
    # Today's totals are written at milestones, with their exact value: here the day's
    # last value (120) just before the reset at midnight, so nothing of a bout that
    # crosses midnight is lost, and the 90 minutes after midnight once the desk is left
    # at 01:30. An hour without a milestone holds no change: each day's sum is exact.
    assert sums == [0, 120, 120, 210]
    assert hours[-1]["state"] == 90  # the counter itself restarted at midnight
    state = hass.states.get(SEATED)
    assert state is not None
    assert state.attributes["state_class"] == "total_increasing"
    assert state.attributes["unit_of_measurement"] == "min"


def test_dashboard_uses_only_entities_a_workstation_has() -> None:
    view = yaml.safe_load(
        (Path(__file__).parents[1] / "dashboards" / "backcare-core.yaml").read_text()
    )["views"][0]
    text = yaml.safe_dump(view)
    expected = {
        "sensor.office_desk_posture",
        "sensor.office_desk_sitting_bout",
        "sensor.office_desk_seated_time_today",
        "sensor.office_desk_standing_time_today",
        "switch.office_desk_nudges",
        "button.office_desk_snooze",
    }
    assert all(entity_id in text for entity_id in expected)
    card_types = [card["type"] for card in view["cards"]]
    assert {"gauge", "statistics-graph", "history-graph"} <= set(card_types)
