"""Describe backcare's nudges, their resolution and the guided routines in the logbook (in English)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from homeassistant.components.logbook.const import (
    LOGBOOK_ENTRY_MESSAGE,
    LOGBOOK_ENTRY_NAME,
)
from homeassistant.components.logbook.models import LazyEventPartialState
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr

from .const import (
    ATTR_DEVICE_ID,
    ATTR_EXERCISE,
    ATTR_HOW,
    ATTR_KIND,
    ATTR_LEVEL,
    ATTR_NAME,
    ATTR_RESPONSE_SECONDS,
    ATTR_RESULT,
    ATTR_ROUTINE,
    ATTR_SIDE,
    ATTR_STEP,
    ATTR_TOTAL,
    ATTR_WORKSTATION,
    DOMAIN,
    EVENT_NUDGE,
    EVENT_NUDGE_RESOLVED,
    EVENT_ROUTINE_FINISHED,
    EVENT_ROUTINE_STEP,
)

# What each kind of nudge is called, as the subject of a sentence.
NUDGE_NAMES: Final = {
    "stand": "nudge to stand",
    "sit": "nudge to sit or move",
    "move": "mobility break",
    "stretch": "evening stretch",
    "core": "morning core routine",
    "posture": "posture cue",
}
# How a nudge was resolved, as a past-tense phrase.
HOW_TEXTS: Final = {
    "stood": "stood up",
    "sat": "sat down",
    "break": "took a break",
    "left": "left the desk",
    "done": "marked done",
    "snoozed": "snoozed",
    "expired": "expired",
    "off": "ended as nudges were turned off",
    "corrected": "sat up",
}

# What each guided routine is called, as the subject of a sentence.
ROUTINE_NAMES: Final = {
    "evening": "evening stretch routine",
    "core": "morning core routine",
    "mobility": "mobility routine",
}


def _after(seconds: Any) -> str:
    """Say how long it took: " after 4 min", " after 45 s", or nothing."""
    if not isinstance(seconds, int | float) or seconds < 0:
        return ""
    if seconds < 60:
        return f" after {round(seconds)} s"
    return f" after {round(seconds / 60)} min"


def _nudge_message(data: Mapping[str, Any]) -> str:
    kind = str(data.get(ATTR_KIND))
    level = data.get(ATTR_LEVEL)
    exercise = data.get(ATTR_EXERCISE)
    name = exercise.get("name") if isinstance(exercise, Mapping) else None
    if kind == "stand":
        message = "nudged to stand up"
    else:
        message = f"{NUDGE_NAMES.get(kind, f'{kind} nudge')} suggested"
        if name:
            message += f": {name}"
    if level is not None and kind == "stand":
        message += f" (level {level})"
    return message


def _resolved_message(data: Mapping[str, Any]) -> str:
    kind = str(data.get(ATTR_KIND))
    how = str(data.get(ATTR_HOW))
    subject = NUDGE_NAMES.get(kind, f"{kind} nudge")
    outcome = HOW_TEXTS.get(how, how)
    return f"{subject} resolved: {outcome}{_after(data.get(ATTR_RESPONSE_SECONDS))}"


def _routine_name(data: Mapping[str, Any]) -> str:
    routine = str(data.get(ATTR_ROUTINE))
    return ROUTINE_NAMES.get(routine, f"{routine} routine")


def _step_message(data: Mapping[str, Any]) -> str:
    message = (
        f"{_routine_name(data)} step {data.get(ATTR_STEP)} of {data.get(ATTR_TOTAL)}: "
        f"{data.get(ATTR_NAME)}"
    )
    if side := data.get(ATTR_SIDE):
        message += f", {side} side"
    return message


def _finished_message(data: Mapping[str, Any]) -> str:
    return f"{_routine_name(data)} {data.get(ATTR_RESULT)}"


@callback
def async_describe_events(
    hass: HomeAssistant,
    async_describe_event: Callable[
        [str, str, Callable[[LazyEventPartialState], dict[str, str]]], None
    ],
) -> None:
    """Describe backcare's events."""
    device_registry = dr.async_get(hass)

    def _name(data: Mapping[str, Any]) -> str:
        if workstation := data.get(ATTR_WORKSTATION):
            return str(workstation)
        if (device_id := data.get(ATTR_DEVICE_ID)) and (
            device := device_registry.async_get(device_id)
        ):
            return device.name_by_user or device.name or "backcare"
        return "backcare"

    def _describe(
        message: Callable[[Mapping[str, Any]], str],
    ) -> Callable[[LazyEventPartialState], dict[str, str]]:
        @callback
        def async_describe(event: LazyEventPartialState) -> dict[str, str]:
            return {
                LOGBOOK_ENTRY_NAME: _name(event.data),
                LOGBOOK_ENTRY_MESSAGE: message(event.data),
            }

        return async_describe

    async_describe_event(DOMAIN, EVENT_NUDGE, _describe(_nudge_message))
    async_describe_event(DOMAIN, EVENT_NUDGE_RESOLVED, _describe(_resolved_message))
    async_describe_event(DOMAIN, EVENT_ROUTINE_STEP, _describe(_step_message))
    async_describe_event(DOMAIN, EVENT_ROUTINE_FINISHED, _describe(_finished_message))
