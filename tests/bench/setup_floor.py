"""The set-up floor: an integration that adds as many entities as backcare and does nothing.

Per config entry it registers one device and adds, on each platform, as many entities
as backcare enables by default, each with a unique id and a fixed state. Timed like
backcare's set-up, it is what Home Assistant itself costs to add that many entities:
the entity registry, the platforms' bookkeeping, each first state and its recorder row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.components.button import ButtonEntity
from homeassistant.components.sensor import SensorEntity
from homeassistant.components.switch import SwitchEntity
from homeassistant.config_entries import ConfigEntry, ConfigFlow
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockModule,
    MockPlatform,
    mock_config_flow,
    mock_integration,
    mock_platform,
)

FLOOR = "setup_floor"


class _Fixed(Entity):
    """An entity of the entry's device with a fixed state, never written again."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, entry_id: str, number: int, device: dr.DeviceEntry) -> None:
        self._attr_unique_id = f"{entry_id}_{number}"
        self._attr_name = f"Entity {number}"
        self.device_entry = device


class _Sensor(_Fixed, SensorEntity):
    _attr_native_value = 0


class _BinarySensor(_Fixed, BinarySensorEntity):
    _attr_is_on = False


class _Switch(_Fixed, SwitchEntity):
    _attr_is_on = True


class _Button(_Fixed, ButtonEntity):
    async def async_press(self) -> None:
        """Nothing."""


_KINDS: dict[str, type[_Fixed]] = {
    "sensor": _Sensor,
    "binary_sensor": _BinarySensor,
    "switch": _Switch,
    "button": _Button,
}


class _NoFlow(ConfigFlow):
    """Config entries need a flow handler; the bench adds its entries itself."""


@contextmanager
def mock_setup_floor(
    hass: HomeAssistant, per_platform: Mapping[str, int]
) -> Iterator[None]:
    """Make the floor integration loadable, with `per_platform` entities per entry."""
    unknown = set(per_platform) - set(_KINDS)
    assert not unknown, f"no floor entity for {unknown}"
    platforms = [platform for platform, count in per_platform.items() if count]

    async def setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
        entry.runtime_data = dr.async_get(hass).async_get_or_create(
            config_entry_id=entry.entry_id,
            identifiers={(FLOOR, entry.entry_id)},
            name=entry.title,
        )
        await hass.config_entries.async_forward_entry_setups(entry, platforms)
        return True

    async def unload_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
        return await hass.config_entries.async_unload_platforms(entry, platforms)

    mock_integration(
        hass,
        MockModule(
            FLOOR, async_setup_entry=setup_entry, async_unload_entry=unload_entry
        ),
    )
    mock_platform(hass, f"{FLOOR}.config_flow")
    for platform in platforms:
        mock_platform(
            hass,
            f"{FLOOR}.{platform}",
            MockPlatform(
                async_setup_entry=_adder(_KINDS[platform], per_platform[platform])
            ),
        )
    with mock_config_flow(FLOOR, _NoFlow):
        yield


def _adder(
    kind: type[_Fixed], count: int
) -> Callable[[HomeAssistant, ConfigEntry, AddConfigEntryEntitiesCallback], object]:
    async def setup_platform(
        hass: HomeAssistant,
        entry: ConfigEntry,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        async_add_entities(
            kind(entry.entry_id, number, entry.runtime_data) for number in range(count)
        )

    return setup_platform


def floor_entry(index: int) -> MockConfigEntry:
    """The floor's config entry for workstation `index`."""
    return MockConfigEntry(domain=FLOOR, title=f"Workstation {index}", data={})
