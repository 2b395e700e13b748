"""Binary sensor: is someone at the workstation."""

from __future__ import annotations

from homeassistant.components.binary_sensor import (
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import BackcareEntity
from .workstation import BackcareConfigEntry

try:
    from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
except ImportError:  # Home Assistant 2026.3 defines it in the package itself
    from homeassistant.components.binary_sensor import (  # type: ignore[attr-defined]
        BinarySensorDeviceClass,
    )

PARALLEL_UPDATES = 0

OCCUPIED = BinarySensorEntityDescription(
    key="occupied",
    translation_key="occupied",
    device_class=BinarySensorDeviceClass.OCCUPANCY,
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: BackcareConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the occupied sensor of a workstation."""
    async_add_entities([OccupiedBinarySensor(entry.runtime_data, OCCUPIED)])


class OccupiedBinarySensor(BackcareEntity, BinarySensorEntity):
    """On while someone is at the desk, presence flicker within grace included."""

    @property
    def available(self) -> bool:
        """Unavailable while every presence source is."""
        return self.workstation.tracker.occupied is not None

    @property
    def is_on(self) -> bool | None:
        """Whether someone is at the desk."""
        return self.workstation.tracker.occupied
