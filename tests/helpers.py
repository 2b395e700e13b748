"""What the tests share besides fixtures: the desk's sources, a workstation, a day at the desk."""

from __future__ import annotations

from datetime import datetime, timedelta
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.backcare.const import (
    CONF_AWAY_GRACE_SECONDS,
    CONF_BREAK_MINUTES,
    CONF_HEIGHT_ENTITY,
    CONF_HEIGHT_HYSTERESIS,
    CONF_PRESENCE_ENTITIES,
    CONF_STANDING_HEIGHT,
    DOMAIN,
)
from custom_components.backcare.device import (
    workstation_device as find_workstation_device,
)

from .bench.clock import fire_due

PRESENCE = "binary_sensor.desk_presence"
CHAIR = "binary_sensor.chair"
HEIGHT = "sensor.desk_height"


TRANSLATIONS = (
    Path(__file__).parents[1] / "custom_components" / "backcare" / "translations"
)


def translations(language: str = "en") -> dict[str, Any]:
    """The integration's strings in `language`, as Home Assistant reads them."""
    strings: dict[str, Any] = json.loads(
        (TRANSLATIONS / f"{language}.json").read_text("utf-8")
    )
    return strings


def workstation_entry(**options: Any) -> MockConfigEntry:
    """A config entry for "Office desk" with the desk's presence sensors and height."""
    merged = {
        CONF_PRESENCE_ENTITIES: [PRESENCE, CHAIR],
        CONF_HEIGHT_ENTITY: HEIGHT,
        CONF_STANDING_HEIGHT: 95.0,
        CONF_HEIGHT_HYSTERESIS: 2.0,
        CONF_AWAY_GRACE_SECONDS: 60,
        CONF_BREAK_MINUTES: 2,
    } | options
    # None drops a default option, as the flows drop cleared ones.
    return MockConfigEntry(
        domain=DOMAIN,
        title="Office desk",
        data={},
        options={key: value for key, value in merged.items() if value is not None},
    )


async def add_workstation(hass: HomeAssistant, **options: Any) -> MockConfigEntry:
    """Add the Office desk workstation with these options, and set it up."""
    config_entry = workstation_entry(**options)
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await hass.async_block_till_done()
    return config_entry


def workstation_device(hass: HomeAssistant, entry: MockConfigEntry) -> dr.DeviceEntry:
    """The workstation's device, found as backcare finds it on every supported release."""
    device = find_workstation_device(hass, entry.entry_id)
    assert device is not None
    return device


async def open_options(
    hass: HomeAssistant, entry: MockConfigEntry, menu: str = "timing"
) -> Any:
    """Open the options flow and pick `menu` from its first menu: nudges or exercises."""
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["step_id"] == "init"
    return await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": menu}
    )


async def travel(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, to: datetime
) -> None:
    """Move the clock forward minute by minute, firing timers as Home Assistant would."""
    now = datetime.now(to.tzinfo)
    while now < to:
        now = min(to, now.replace(second=0, microsecond=0) + timedelta(minutes=1))
        freezer.move_to(now)
        fire_due(hass, now)
        await hass.async_block_till_done()


# A week at the desk in Amsterdam, for tests that live through days.
ZONE = ZoneInfo("Europe/Amsterdam")
MONDAY = "2026-11-23"
SATURDAY = "2026-11-28"
# Only the stand nudge, for tests about it.
STAND_ONLY = {"move_interval_minutes": 480, "core_enabled": False}


def at(clock: str, day: str = MONDAY) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZONE)


class Day:
    """A day at the desk: the clock, the sources, and what backcare said."""

    def __init__(self, hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
        self.hass = hass
        self.freezer = freezer
        self.nudges = async_capture_events(hass, "backcare_nudge")
        self.resolved = async_capture_events(hass, "backcare_nudge_resolved")
        self.entry: MockConfigEntry | None = None

    async def start(
        self, clock: str, day: str = MONDAY, **options: Any
    ) -> MockConfigEntry:
        self.freezer.move_to(at(clock, day))
        self.entry = await add_workstation(self.hass, **options)
        return self.entry

    async def travel(self, clock: str, day: str = MONDAY) -> None:
        await travel(self.hass, self.freezer, at(clock, day))

    async def set(self, entity_id: str, state: str, **attributes: Any) -> None:
        self.hass.states.async_set(entity_id, state, attributes)
        await self.hass.async_block_till_done()

    async def action(self, name: str, **data: Any) -> None:
        await self.hass.services.async_call("backcare", name, data, blocking=True)
        await self.hass.async_block_till_done()

    def fired(self) -> list[tuple[str, str, int]]:
        """(local time, kind, level) of each nudge so far."""
        return [
            (
                event.time_fired.astimezone(ZONE).strftime("%H:%M"),
                event.data["kind"],
                event.data["level"],
            )
            for event in self.nudges
        ]

    def how(self) -> list[tuple[str, str]]:
        return [(event.data["kind"], event.data["how"]) for event in self.resolved]

    def sensor(self, key: str) -> str:
        """A sensor as read now: running figures asked for as of now first.

        Between steps of the day backcare does not write its running figures; asking
        writes them, as `homeassistant.update_entity` does.
        """
        for entry in self.hass.config_entries.async_loaded_entries(DOMAIN):
            entry.runtime_data.refresh_running()
        state = self.hass.states.get(f"sensor.office_desk_{key}")
        assert state is not None
        return state.state
