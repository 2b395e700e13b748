"""Reading a desk height from a sensor, number, input_number or cover state."""

from __future__ import annotations

from dataclasses import dataclass
import math

from homeassistant.components.cover import ATTR_CURRENT_POSITION
from homeassistant.const import ATTR_UNIT_OF_MEASUREMENT, PERCENTAGE
from homeassistant.core import HomeAssistant, State
from homeassistant.helpers import entity_registry as er, selector
from homeassistant.util.unit_conversion import DistanceConverter

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


class HeightUnitError(ValueError):
    """A height in a unit that cannot be converted to the standing height's."""


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


def height_unit(state: State) -> str | None:
    """Return the unit a state reports its height in: percent for a cover's position."""
    if state.domain == "cover":
        return PERCENTAGE
    unit = state.attributes.get(ATTR_UNIT_OF_MEASUREMENT)
    return str(unit) if unit else None


def convert_height(value: float, unit: str | None, to_unit: str) -> float | None:
    """Return a height in another unit; None when one of the units is not a length.

    The same unit needs no conversion: a cover's or a number's percent stays as it is.
    """
    if unit == to_unit:
        return value
    if (
        unit in DistanceConverter.VALID_UNITS
        and to_unit in DistanceConverter.VALID_UNITS
    ):
        return DistanceConverter.convert(value, unit, to_unit)
    return None


def height_in(state: State, unit: str | None) -> float | None:
    """Return the height a state reports, in `unit`; None when it reports no number.

    When either unit is not known (a state without one, or a workstation whose standing
    height's unit is not known) the number is taken as reported. Raise HeightUnitError
    when the state's unit cannot be converted to `unit`.
    """
    if (
        (height := read_height(state)) is None
        or unit is None
        or (reported := height_unit(state)) is None
    ):
        return height
    if (converted := convert_height(height, reported, unit)) is None:
        raise HeightUnitError(
            f"it reports {reported}, which cannot be converted to {unit}"
        )
    return converted


def current_height_unit(hass: HomeAssistant, entity_id: str) -> str | None:
    """Return the unit an entity reports heights in: by its state, else as registered.

    The entity registry knows the unit an entity had when it was last added, before
    its integration sets it up again at start-up.
    """
    if (state := hass.states.get(entity_id)) is not None:
        return height_unit(state)
    if entity_id.startswith("cover."):
        return PERCENTAGE
    entry = er.async_get(hass).async_get(entity_id)
    return entry.unit_of_measurement if entry is not None else None


def height_range(state: State) -> HeightRange | None:
    """Return the unit and range of a usable height entity; None when it has no number or unit."""
    if (current := read_height(state)) is None:
        return None
    if state.domain == "cover":
        return HeightRange(PERCENTAGE, current, 0.0, 100.0)
    if (unit := height_unit(state)) is None:
        return None
    return HeightRange(
        unit,
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


def format_height(value: float, unit: str | None) -> str:
    """Return a height for a form's description, e.g. "72 cm" or "30 %"."""
    return f"{value:g} {unit}" if unit else f"{value:g}"


def format_range(limits: HeightRange) -> str:
    """Return the range an entity reports, for a form's description, e.g. " (62-127 cm)".

    Empty when the entity reports no range; written in symbols, so that it reads the
    same in every language.
    """
    low, high = limits.minimum, limits.maximum
    if low is not None and high is not None:
        text = f"{low:g}\N{EN DASH}{format_height(high, limits.unit)}"
    elif low is not None:
        text = f"≥ {format_height(low, limits.unit)}"
    elif high is not None:
        text = f"≤ {format_height(high, limits.unit)}"
    else:
        return ""
    return f" ({text})"


def _as_float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except TypeError, ValueError:
        return None
