"""A workday at the desk as the sensors show it, with time travelled, not slept through."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.recorder import Recorder
from homeassistant.const import EVENT_STATE_CHANGED
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
)
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from .bench.clock import fire_due
from .helpers import (
    CHAIR,
    HEIGHT,
    PRESENCE,
    ZONE,
    Day,
    add_workstation,
    travel,
)

DESK = "office_desk"


def at(day: str, clock: str) -> datetime:
    """A local wall-clock time in the test's time zone."""
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZONE)


class Desk:
    """Drives the desk's source entities and the clock, and reads backcare's sensors."""

    def __init__(self, hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
        self.hass = hass
        self.freezer = freezer

    async def travel(self, to: datetime) -> None:
        await travel(self.hass, self.freezer, to)

    async def set(self, entity_id: str, state: str, **attributes: object) -> None:
        old = self.hass.states.get(entity_id)
        self.hass.states.async_set(
            entity_id, state, {**(old.attributes if old else {}), **attributes}
        )
        await self.hass.async_block_till_done()

    async def presence(self, state: str) -> None:
        await self.set(PRESENCE, state)

    async def height(self, centimetres: float | str) -> None:
        await self.set(HEIGHT, str(centimetres))

    def state(self, key: str, platform: str = "sensor") -> str:
        state = self.hass.states.get(f"{platform}.{DESK}_{key}")
        assert state is not None
        return state.state

    async def minutes(self, key: str) -> float:
        """A figure in minutes as an automation reads it at a time of its own.

        Running figures are written at milestones, so it first asks for them as of now,
        as the README says to (`homeassistant.update_entity`).
        """
        await self.hass.services.async_call(
            "homeassistant",
            "update_entity",
            {"entity_id": f"sensor.{DESK}_{key}"},
            blocking=True,
        )
        return float(self.state(key))

    def shown(self, key: str) -> float:
        """A figure in minutes as it was last written."""
        return float(self.state(key))


@pytest.fixture
async def desk(day: Day) -> Desk:
    """The desk on a day in Amsterdam, driven sensor by sensor."""
    assert await async_setup_component(day.hass, "homeassistant", {})
    return Desk(day.hass, day.freezer)


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_scripted_workday(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, desk: Desk
) -> None:
    day = "2026-11-23"
    freezer.move_to(at(day, "07:00"))
    await add_workstation(hass)
    assert desk.state("posture") == "away"
    assert desk.state("occupied", "binary_sensor") == "off"

    await desk.travel(at(day, "08:55"))
    await desk.presence("on")
    assert desk.state("posture") == "sitting"
    assert desk.state("occupied", "binary_sensor") == "on"

    # A 30-second presence flicker is not leaving: the time stays seated.
    await desk.travel(at(day, "09:40"))
    await desk.presence("off")
    assert desk.state("posture") == "sitting"
    await desk.travel(at(day, "09:40:30"))
    await desk.presence("on")
    await desk.travel(at(day, "10:00"))
    assert await desk.minutes("seated_time_today") == 65
    assert await desk.minutes("sitting_bout") == 65

    # Standing for 20 minutes ends the bout after the 2-minute break length.
    await desk.height(105)
    assert desk.state("posture") == "standing"
    await desk.travel(at(day, "10:01"))
    assert await desk.minutes("sitting_bout") == 65
    await desk.travel(at(day, "10:02"))
    assert await desk.minutes("sitting_bout") == 0
    # Height noise near the threshold stays standing (hysteresis 2 cm below 95).
    await desk.height(93.5)
    assert desk.state("posture") == "standing"
    await desk.travel(at(day, "10:20"))
    await desk.height(72)
    assert desk.state("posture") == "sitting"
    assert await desk.minutes("standing_time_today") == 20
    assert desk.state("posture_changes_today") == "2"

    # Lunch: away counts from the moment presence went off, once grace is over.
    await desk.travel(at(day, "12:00"))
    await desk.presence("off")
    await desk.travel(at(day, "12:01"))
    assert desk.state("posture") == "away"
    assert await desk.minutes("seated_time_today") == 165
    assert desk.state("breaks_today") == "0"
    await desk.travel(at(day, "12:02"))
    assert desk.state("breaks_today") == "1"
    assert await desk.minutes("sitting_bout") == 0
    assert desk.state("last_break") == at(day, "12:00").astimezone(UTC).isoformat()
    await desk.travel(at(day, "12:45"))
    await desk.presence("on")

    # Both presence sources unavailable: tracking pauses, nothing is counted.
    await desk.travel(at(day, "14:00"))
    await desk.set(PRESENCE, "unavailable")
    await desk.set(CHAIR, "unavailable")
    assert desk.state("occupied", "binary_sensor") == "unavailable"
    assert desk.state("posture") == "unavailable"
    await desk.travel(at(day, "14:10"))
    assert await desk.minutes("seated_time_today") == 240
    await desk.set(CHAIR, "on")
    assert desk.state("posture") == "sitting"

    # A height sensor sending garbage keeps the posture.
    await desk.height("error")
    assert desk.state("posture") == "sitting"

    await desk.travel(at(day, "17:30"))
    await desk.presence("off")
    await desk.set(CHAIR, "off")
    await desk.travel(at(day, "18:00"))

    assert await desk.minutes("seated_time_today") == 440
    assert await desk.minutes("standing_time_today") == 20
    assert await desk.minutes("longest_sitting_bout_today") == 275
    assert await desk.minutes("sitting_bout") == 0
    assert desk.state("breaks_today") == "2"
    assert desk.state("posture_changes_today") == "2"
    assert await desk.minutes("standing_ratio_today") == round(100 * 20 / 460, 1)
    assert desk.state("last_break") == at(day, "17:30").astimezone(UTC).isoformat()


def _history(hass: HomeAssistant, key: str, *, float_value: bool = True) -> list[Any]:
    """The values a sensor is written with from now on, as the recorder sees them."""
    written: list[Any] = []
    entity_id = f"sensor.{DESK}_{key}"

    @callback
    def record(event: Event[EventStateChangedData]) -> None:
        if (
            event.data["entity_id"] == entity_id
            and (state := event.data["new_state"]) is not None
        ):
            written.append(float(state.state) if float_value else state.state)

    # On the bus, like the recorder: 2026.3's async_track_state_change_event calls its
    # listeners one loop iteration later (2026.10 at once).
    hass.bus.async_listen(EVENT_STATE_CHANGED, record)
    return written


async def test_midnight_splits_the_day_but_not_the_bout(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, desk: Desk
) -> None:
    freezer.move_to(at("2026-11-23", "23:00"))
    await add_workstation(hass)
    await desk.presence("on")
    seated = _history(hass, "seated_time_today")
    await desk.travel(at("2026-11-23", "23:59:59"))
    # Between milestones only the bout is written, on each whole five minutes.
    assert seated == []
    assert desk.shown("sitting_bout") == 55
    await desk.travel(at("2026-11-24", "00:00"))
    # The day's last value is written just before midnight, then the new day's.
    assert seated == [60, 0]
    assert desk.shown("sitting_bout") == 60
    await desk.travel(at("2026-11-24", "00:30"))
    assert await desk.minutes("seated_time_today") == 30
    assert await desk.minutes("longest_sitting_bout_today") == 30
    assert await desk.minutes("sitting_bout") == 90


@pytest.mark.parametrize(
    ("date", "hours"), [("2026-03-29", 23), ("2026-10-25", 25), ("2026-11-23", 24)]
)
async def test_a_day_at_the_desk_lasts_as_long_as_the_local_day(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    desk: Desk,
    date: str,
    hours: int,
) -> None:
    freezer.move_to(at(date, "00:00"))
    await add_workstation(hass)
    await desk.presence("on")
    seated = _history(hass, "seated_time_today")
    next_day = (datetime.fromisoformat(date) + timedelta(days=1)).date().isoformat()
    await desk.travel(at(next_day, "00:00"))
    assert seated[-2:] == [hours * 60, 0]
    assert await desk.minutes("seated_time_today") == 0


async def test_restart_mid_bout_keeps_today_and_counts_the_downtime_nowhere(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, desk: Desk
) -> None:
    day = "2026-11-23"
    freezer.move_to(at(day, "09:00"))
    entry = await add_workstation(hass)
    await desk.presence("on")
    await desk.travel(at(day, "09:40"))
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()

    # Down for a minute, shorter than the break length (2 min): the bout carries on.
    freezer.move_to(at(day, "09:41"))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert await desk.minutes("seated_time_today") == 40
    assert await desk.minutes("sitting_bout") == 40
    await desk.travel(at(day, "10:00"))
    # The minute it was down is counted nowhere.
    assert await desk.minutes("seated_time_today") == 59
    assert await desk.minutes("sitting_bout") == 59


async def test_a_restart_longer_than_the_break_length_ends_the_bout(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, desk: Desk
) -> None:
    day = "2026-11-23"
    freezer.move_to(at(day, "09:00"))
    entry = await add_workstation(hass)
    await desk.presence("on")
    await desk.travel(at(day, "09:40"))
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()

    freezer.move_to(at(day, "10:40"))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert await desk.minutes("seated_time_today") == 40
    assert await desk.minutes("sitting_bout") == 0
    await desk.travel(at(day, "10:50"))
    assert await desk.minutes("seated_time_today") == 50
    assert await desk.minutes("sitting_bout") == 10
    assert await desk.minutes("longest_sitting_bout_today") == 40


async def test_restart_on_a_later_day_starts_fresh(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, desk: Desk
) -> None:
    freezer.move_to(at("2026-11-23", "16:00"))
    entry = await add_workstation(hass)
    await desk.presence("on")
    await desk.travel(at("2026-11-23", "17:00"))
    assert await hass.config_entries.async_unload(entry.entry_id)

    freezer.move_to(at("2026-11-24", "09:00"))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert await desk.minutes("seated_time_today") == 0
    assert await desk.minutes("sitting_bout") == 0
    await desk.travel(at("2026-11-24", "09:05"))
    assert await desk.minutes("sitting_bout") == 5


async def test_running_figures_are_written_at_milestones_the_bout_every_five_minutes(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, desk: Desk
) -> None:
    day = "2026-11-23"
    freezer.move_to(at(day, "09:00"))
    await add_workstation(hass)
    await desk.presence("on")
    seated = _history(hass, "seated_time_today")
    ratio = _history(hass, "standing_ratio_today")
    bout = _history(hass, "sitting_bout")
    since = _history(hass, "sitting_since", float_value=False)
    for second in range(5, 605, 5):  # desk height noise every 5 s for 10 minutes
        freezer.move_to(at(day, "09:00") + timedelta(seconds=second))
        await desk.height(72 + (second % 3) / 10)
        fire_due(hass, at(day, "09:00") + timedelta(seconds=second))
        await hass.async_block_till_done()
    # Today's totals wait for a milestone; the bout, which automations trigger on,
    # is written on each whole five minutes.
    assert seated == []
    assert ratio == []
    assert bout == [5, 10]
    # What runs live on screen is a timestamp: written once, as someone sat down.
    assert since == []
    assert desk.state("sitting_since") == at(day, "09:00").astimezone(UTC).isoformat()
    # A change of posture writes the exact figures at once.
    freezer.move_to(at(day, "09:10:30"))
    await desk.height(105)
    assert seated == [10.5]
    assert ratio == [0]
    assert desk.shown("sitting_bout") == 10.5
    assert desk.state("sitting_since") == "unknown"
    # Asked for at a time of its own, a figure is written as of that second.
    freezer.move_to(at(day, "09:15:00"))
    assert await desk.minutes("standing_time_today") == 4.5
    assert ratio == [0, round(4.5 / 15 * 100, 1)]


# An mmWave sensor losing a still sitter for 20 to 40 s now and then, within its grace.
FLICKERS = [("09:03:00", "09:03:20"), ("09:07:10", "09:07:50")] + [
    (f"09:{minute}:00", f"09:{minute}:20") for minute in (13, 18, 23, 28)
]


@pytest.mark.parametrize(
    ("flickers", "marks"),
    [([], [5, 10, 15, 20, 25, 30]), (FLICKERS, [5.33, 10, 15, 20, 25, 30])],
    ids=["still", "flickering"],
)
async def test_the_bout_is_written_on_its_own_five_minute_marks(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    desk: Desk,
    flickers: list[tuple[str, str]],
    marks: list[float],
) -> None:
    """Sat down at 09:02:30: the bout shows 5, 10 ... 30 at 09:07:30, 09:12:30 ... 09:32:30.

    So a numeric_state trigger on 30 minutes fires at the second the bout reaches it.
    Seconds without presence within its grace count as sat; a mark that passes in them
    is written as presence comes back, with the bout reached by then.
    """
    day = "2026-11-23"
    freezer.move_to(at(day, "09:00"))
    await add_workstation(hass)
    bout = _history(hass, "sitting_bout")
    freezer.move_to(at(day, "09:02:30"))
    await desk.presence("on")
    for off, on in flickers:
        await desk.travel(at(day, off))
        await desk.presence("off")
        await desk.travel(at(day, on))
        await desk.presence("on")
    await desk.travel(at(day, "09:32:29"))
    assert bout[-1] == 25
    await desk.travel(at(day, "09:32:30"))
    assert bout == marks
    assert await desk.minutes("seated_time_today") == 30.0


async def test_sitting_since_holds_while_presence_flickers_within_its_grace(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, desk: Desk
) -> None:
    """The timestamp the frontend runs as a duration does not jump by the held time.

    Even when something else is written in the middle of the flicker: here the desk's
    height going unavailable.
    """
    day = "2026-11-23"
    freezer.move_to(at(day, "09:00"))
    await add_workstation(hass)
    await desk.height(72)
    await desk.presence("on")
    since = at(day, "09:00").astimezone(UTC).isoformat()
    await desk.travel(at(day, "09:30"))
    await desk.presence("off")
    await desk.travel(at(day, "09:30:20"))
    await desk.height("unavailable")
    assert desk.state("posture") == "sitting"
    assert desk.state("sitting_since") == since
    await desk.presence("on")
    await desk.travel(at(day, "09:40"))
    assert desk.state("sitting_since") == since


async def test_seated_time_agrees_with_history_stats_to_the_second(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    desk: Desk,
) -> None:
    """Core history_stats, run on backcare's own posture history, counts the same time.

    With no grace period the posture history is exactly the ledger's classification
    (with grace, a departure is only known as such when grace ends, after the fact).
    """
    day = "2026-11-23"
    freezer.move_to(at(day, "08:00"))
    await add_workstation(hass, away_grace_seconds=0)
    assert await async_setup_component(hass, "history_stats", {})
    stats = {}
    for posture in ("sitting", "standing"):
        stats[posture] = MockConfigEntry(
            domain="history_stats",
            title=f"{posture} today",
            options={
                "name": f"{posture} today",
                "entity_id": f"sensor.{DESK}_posture",
                "state": [posture],
                "type": "time",
                "start": "{{ today_at() }}",
                "end": "{{ now() }}",
            },
        )
        stats[posture].add_to_hass(hass)
        assert await hass.config_entries.async_setup(stats[posture].entry_id)
    await hass.async_block_till_done()

    script = [
        ("08:07:13", desk.presence, "on"),
        ("09:31:41", desk.height, 110),
        ("09:58:02", desk.height, 70),
        ("11:00:59", desk.presence, "off"),
        ("11:03:30", desk.presence, "on"),
        ("12:44:44", desk.height, 101.5),
        ("13:01:01", desk.presence, "off"),
        ("13:20:00", desk.presence, "on"),
        ("13:20:30", desk.height, 72),
        ("16:16:16", desk.presence, "off"),
    ]
    for clock, action, value in script:
        await desk.travel(at(day, clock))
        await action(value)  # type: ignore[operator]
    await desk.travel(at(day, "17:00"))
    await async_wait_recording_done(hass)

    for posture, sensor in (
        ("sitting", "seated_time_today"),
        ("standing", "standing_time_today"),
    ):
        coordinator = stats[posture].runtime_data
        await coordinator.async_refresh()
        assert coordinator.data.seconds_matched is not None
        assert round(coordinator.data.seconds_matched / 60, 2) == await desk.minutes(
            sensor
        )
    assert await desk.minutes("seated_time_today") == pytest.approx(
        (84 * 60 + 28 + 62 * 60 + 57 + 101 * 60 + 14 + 175 * 60 + 46) / 60, abs=0.01
    )


async def test_the_bout_and_standing_time_carry_what_they_are_held_against(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, desk: Desk
) -> None:
    freezer.move_to(at("2026-11-23", "09:00"))
    await add_workstation(hass, sit_limit_minutes=25, standing_goal_minutes=90)
    bout = hass.states.get(f"sensor.{DESK}_sitting_bout")
    assert bout.attributes["sit_limit_minutes"] == 25
    standing = hass.states.get(f"sensor.{DESK}_standing_time_today")
    assert standing.attributes["standing_goal_minutes"] == 90
