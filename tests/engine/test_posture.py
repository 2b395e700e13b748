"""Who is at the desk, and are they sitting or standing."""

from __future__ import annotations

from itertools import product

import pytest

from custom_components.backcare.engine.posture import (
    HeightThreshold,
    Posture,
    combine_presence,
)


def test_postures_are_shown_as_plain_words() -> None:
    assert [str(posture) for posture in Posture] == ["away", "sitting", "standing"]


@pytest.mark.parametrize(
    ("readings", "present"),
    [
        ([True], True),
        ([False], False),
        ([False, True, False], True),
        ([False, False], False),
    ],
)
def test_present_when_any_presence_source_is_on(
    readings: list[bool | None], present: bool
) -> None:
    assert combine_presence(readings) is present


def test_unknown_presence_source_does_not_hide_a_working_one() -> None:
    assert combine_presence([None, True]) is True
    assert combine_presence([False, None]) is False


def test_presence_unknown_only_when_no_source_knows() -> None:
    assert combine_presence([None, None]) is None
    assert combine_presence([]) is None


@pytest.mark.parametrize("count", [1, 2, 3])
def test_presence_of_every_combination_of_sources(count: int) -> None:
    """Any source on: present; else any source off: away; else unknown."""
    for readings in product([True, False, None], repeat=count):
        expected = True if True in readings else False if False in readings else None
        assert combine_presence(readings) is expected, readings


def test_presence_can_be_combined_from_a_generator() -> None:
    assert combine_presence(reading for reading in (None, False, True)) is True


DESK = HeightThreshold(standing_height=100.0, hysteresis=5.0)


@pytest.mark.parametrize("was_standing", [False, True])
def test_desk_at_or_above_standing_height_is_standing(was_standing: bool) -> None:
    assert DESK.is_standing(100.0, was_standing=was_standing)
    assert DESK.is_standing(120.0, was_standing=was_standing)


def test_desk_below_standing_height_is_sitting_when_sitting_before() -> None:
    assert not DESK.is_standing(99.9, was_standing=False)
    assert not DESK.is_standing(70.0, was_standing=False)


def test_small_dip_below_standing_height_keeps_standing() -> None:
    assert DESK.is_standing(99.0, was_standing=True)
    assert DESK.is_standing(95.0, was_standing=True)


def test_lowering_the_desk_past_the_hysteresis_band_is_sitting() -> None:
    assert not DESK.is_standing(94.9, was_standing=True)


def test_without_hysteresis_the_threshold_is_sharp() -> None:
    sharp = HeightThreshold(standing_height=100.0, hysteresis=0.0)
    assert sharp.is_standing(100.0, was_standing=False)
    assert not sharp.is_standing(99.99, was_standing=True)
