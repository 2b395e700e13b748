"""Reading a desk height from a sensor, number, input_number or cover state."""

from __future__ import annotations

from dataclasses import dataclass
import math

from homeassistant.components.cover import ATTR_CURRENT_POSITION
from homeassistant.const import ATTR_UNIT_OF_MEASUREMENT, PERCENTAGE
from homeassistant.core import State
from homeassistant.helpers import selector

# The entities a height can be read from: distance sensors, numbers and covers. Plain
# dicts: Home Assistant 2026.3 has no EntityWithDeviceFilterSelectorConfig.
HEIGHT_ENTITY_SELECTOR = selector.EntitySelector(
    selector.EntitySelectorConfig(
        filter=[
            {"domain": "sensor", "device_class": "distance"},
            {"domain": ["number", "input_number", "cover"]},
        ]
    )
)

# Threshold and hysteresis to suggest per unit when the entity has no range.
_SUGGESTIONS: dict[str, tuple[float, float]] = {
    "cm": (100.0, 2.0),
    "mm": (1000.0, 20.0),
    "m": (1.0, 0.02),
    "in": (40.0, 1.0),
    PERCENTAGE: (50.0, 2.0),
}


@dataclass(frozen=True, slots=True)
class HeightRange:
    """A height entity's unit, current value and the range it reports, if any."""

    unit: str
    current: float
    minimum: float | None
    maximum: float | None


def read_height(state: State) -> float | None:
    """Return the height a state reports (a cover's current position), or None if not a number."""
    raw = (
        state.attributes.get(ATTR_CURRENT_POSITION)
        if state.domain == "cover"
        else state.state
    )
    try:
        value = float(raw)  # type: ignore[arg-type]
    except TypeError, ValueError:
        return None
    return value if math.isfinite(value) else None


def height_range(state: State) -> HeightRange | None:
    """Return the unit and range of a usable height entity; None when it has no number or unit."""
    if (current := read_height(state)) is None:
        return None
    if state.domain == "cover":
        return HeightRange(PERCENTAGE, current, 0.0, 100.0)
    unit = state.attributes.get(ATTR_UNIT_OF_MEASUREMENT)
    if not unit:
        return None
    return HeightRange(
        str(unit),
        current,
        _as_float(state.attributes.get("min")),
        _as_float(state.attributes.get("max")),
    )


def suggested_threshold(limits: HeightRange) -> tuple[float, float]:
    """Suggest a standing threshold and hysteresis: mid-range, or typical for the unit."""
    _, hysteresis = _SUGGESTIONS.get(limits.unit, (0.0, 2.0))
    if limits.minimum is not None and limits.maximum is not None:
        return round((limits.minimum + limits.maximum) / 2, 1), hysteresis
    return _SUGGESTIONS.get(limits.unit, (limits.current, hysteresis))


def _as_float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except TypeError, ValueError:
        return None
