"""Reading a desk's height from a sensor, number or cover, and suggesting a threshold."""

from __future__ import annotations

from typing import Any

from homeassistant.core import State
import pytest

from custom_components.backcare.height import (
    HeightRange,
    HeightUnitError,
    height_in,
    height_range,
    read_height,
    suggested_threshold,
)


@pytest.mark.parametrize(
    ("entity_id", "state", "attributes", "height"),
    [
        ("sensor.desk_height", "72.5", {}, 72.5),
        ("number.desk_height", "1000", {}, 1000.0),
        ("cover.desk", "open", {"current_position": 30}, 30.0),
        ("cover.desk", "open", {}, None),
        ("sensor.desk_height", "unavailable", {}, None),
        ("sensor.desk_height", "nan", {}, None),
        ("sensor.desk_height", "inf", {}, None),
    ],
)
def test_a_height_is_a_finite_number_or_a_covers_position(
    entity_id: str, state: str, attributes: dict[str, Any], height: float | None
) -> None:
    assert read_height(State(entity_id, state, attributes)) == height


def test_a_cover_ranges_over_percent() -> None:
    state = State("cover.desk", "open", {"current_position": 30})
    assert height_range(state) == HeightRange("%", 30.0, 0.0, 100.0)


def test_a_number_reports_its_unit_and_range() -> None:
    state = State(
        "number.desk_height", "70", {"unit_of_measurement": "cm", "min": 62, "max": "x"}
    )
    assert height_range(state) == HeightRange("cm", 70.0, 62.0, None)


@pytest.mark.parametrize(
    ("state", "attributes"),
    [("80", {}), ("high", {"unit_of_measurement": "cm"})],
    ids=["no unit", "no number"],
)
def test_a_height_without_unit_or_number_has_no_range(
    state: str, attributes: dict[str, Any]
) -> None:
    assert height_range(State("sensor.desk_height", state, attributes)) is None


@pytest.mark.parametrize(
    ("limits", "suggestion"),
    [
        (HeightRange("cm", 70.0, 62.0, 127.0), (94.5, 2.0)),
        (HeightRange("mm", 700.0, None, None), (1000.0, 20.0)),
        (HeightRange("in", 28.0, 25.0, None), (40.0, 1.0)),
        (HeightRange("ft", 2.5, None, None), (2.5, 2.0)),
    ],
    ids=["mid-range", "millimetres", "half a range", "unknown unit"],
)
def test_the_suggested_threshold_is_mid_range_or_typical_for_the_unit(
    limits: HeightRange, suggestion: tuple[float, float]
) -> None:
    assert suggested_threshold(limits) == suggestion


def _sensor(value: str, unit: str | None) -> State:
    attributes = {} if unit is None else {"unit_of_measurement": unit}
    return State("sensor.desk_height", value, attributes)


@pytest.mark.parametrize(
    ("state", "unit", "height"),
    [
        (_sensor("72", "cm"), "cm", 72.0),
        (_sensor("720", "mm"), "cm", 72.0),
        (_sensor("1.05", "m"), "cm", 105.0),
        (_sensor("40", "in"), "cm", 101.6),
        (_sensor("95", "cm"), "mm", 950.0),
        (State("cover.desk", "open", {"current_position": 30}), "%", 30.0),
        (_sensor("30", "%"), "%", 30.0),
        # A state or a workstation without a unit: the number as reported.
        (_sensor("72", None), "cm", 72.0),
        (_sensor("720", "mm"), None, 720.0),
        (_sensor("unavailable", "mm"), "cm", None),
    ],
)
def test_a_height_is_read_in_the_unit_of_the_standing_height(
    state: State, unit: str | None, height: float | None
) -> None:
    assert height_in(state, unit) == pytest.approx(height)


@pytest.mark.parametrize(
    ("state", "unit"),
    [
        (_sensor("3", "furlongs"), "cm"),
        (_sensor("30", "%"), "cm"),
        (State("cover.desk", "open", {"current_position": 30}), "cm"),
        (_sensor("72", "cm"), "%"),
    ],
    ids=["furlongs", "percent sensor", "cover", "length for percent"],
)
def test_a_height_in_a_unit_that_is_no_length_cannot_be_read(
    state: State, unit: str
) -> None:
    with pytest.raises(HeightUnitError, match=f"cannot be converted to {unit}"):
        height_in(state, unit)
