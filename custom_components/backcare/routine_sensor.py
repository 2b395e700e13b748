"""The routine step sensor: the step of a guided routine shown now, in the user's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.components.sensor import SensorEntityDescription

from .const import (
    ATTR_EXERCISE,
    ATTR_ROUTINE,
    ATTR_SIDE,
    ATTR_STEP,
    ATTR_TOTAL,
)
from .entity import BackcareSensorEntity, Figure
from .routine import step_label
from .texts import text, text_language
from .workstation import Cadence, Workstation

ROUTINE_STEP = SensorEntityDescription(
    key="routine_step", translation_key="routine_step"
)


class RoutineStepSensor(BackcareSensorEntity):
    """The step shown: written once per step, with when it ends for a countdown."""

    _unrecorded_attributes = frozenset({"remaining_seconds", "ends_at"})
    # Its routine tells it of each step; the workstation of a new language.
    cadence = Cadence.WORDS

    def __init__(self, workstation: Workstation) -> None:
        """Show the routine of `workstation`."""
        super().__init__(workstation, ROUTINE_STEP)

    async def async_added_to_hass(self) -> None:
        """Follow the routine too (the workstation tells of a change of language)."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self.workstation.routine.async_add_listener(self.async_look)
        )

    def _showing(self) -> Figure:
        """Return the step shown, or that no routine runs, in Home Assistant's language."""
        return Figure(True, self._step(), self._step_attributes())

    def _step(self) -> str:
        language = text_language(self.hass.config.language)
        if (shown := self.workstation.routine.showing) is None:
            return text(language, "routine_idle")
        return step_label(language, shown.step)

    def _step_attributes(self) -> Mapping[str, Any]:
        """Return the step's number, its length and when it ends; all None while idle."""
        run = self.workstation.routine.player.run
        shown = self.workstation.routine.showing
        if run is None or shown is None:
            return dict.fromkeys(
                (
                    ATTR_ROUTINE,
                    ATTR_STEP,
                    ATTR_TOTAL,
                    ATTR_EXERCISE,
                    ATTR_SIDE,
                    "remaining_seconds",
                    "ends_at",
                )
            )
        step = shown.step
        return {
            ATTR_ROUTINE: run.routine.value,
            ATTR_STEP: shown.number,
            ATTR_TOTAL: shown.total,
            ATTR_EXERCISE: step.exercise.key,
            ATTR_SIDE: step.side.value if step.side else None,
            # At the step's start: the frontend counts down to `ends_at`.
            "remaining_seconds": shown.remaining_seconds(shown.starts),
            "ends_at": shown.ends.isoformat(),
        }
