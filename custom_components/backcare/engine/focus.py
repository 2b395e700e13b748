"""What a person focuses on: it weights which exercises are suggested, never excludes any.

`low_back` favours motor-control and core-stability work: in a network meta-analysis of
89 trials (Owen et al., Br J Sports Med 2020), stabilisation/motor-control and resistance
exercise ranked best for physical function, Pilates for pain, and stretching did not
differ from control for pain. `hips` favours hip-flexor and glute mobility for people
who sit long. Personal exercises were chosen for the person, so they weigh as favoured
under either focus.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from .exercises import Exercise

# A favoured exercise comes up about this many times as often as another of its kind.
FAVOURED_WEIGHT: Final = 3


class Focus(StrEnum):
    """The focus option."""

    GENERAL = "general"
    LOW_BACK = "low_back"
    HIPS = "hips"


FAVOURED: Final[dict[Focus, frozenset[str]]] = {
    Focus.GENERAL: frozenset(),
    Focus.LOW_BACK: frozenset(
        {"bird_dog", "dead_bug", "glute_bridge", "morning_core", "core_wake_up"}
    ),
    Focus.HIPS: frozenset(
        {
            "stand_and_march",
            "hip_hinge",
            "hip_circles",
            "glute_bridge",
            "evening_mobility_flow",
        }
    ),
}


def weight(focus: Focus, exercise: Exercise, *, personal: bool) -> int:
    """Return how often `exercise` comes up relative to the others of its kind."""
    if focus is Focus.GENERAL:
        return 1
    return FAVOURED_WEIGHT if personal or exercise.key in FAVOURED[focus] else 1
