"""Posture classification: who is at the desk, and are they sitting or standing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Posture(StrEnum):
    """What the person at a workstation is doing."""

    AWAY = "away"
    SITTING = "sitting"
    STANDING = "standing"


def combine_presence(readings: Iterable[bool | None]) -> bool | None:
    """
    Present when any source says so; unknown only when no source knows.

    `None` stands for a source that is unknown or unavailable: it is ignored, so a
    dead mmWave sensor does not hide a working chair sensor. A loop rather than a list
    of the known readings: it runs for every presence reading.
    """
    present: bool | None = None
    for reading in readings:
        if reading:
            return True
        if reading is False:
            present = False
    return present


@dataclass(frozen=True, slots=True)
class HeightThreshold:
    """Standing at or above a desk height, with hysteresis against sensor noise."""

    standing_height: float
    hysteresis: float

    def is_standing(self, height: float, *, was_standing: bool) -> bool:
        """Classify a height; once standing, sitting again only below threshold - hysteresis."""
        if height >= self.standing_height:
            return True
        return was_standing and height >= self.standing_height - self.hysteresis
