"""Intents for backcare: the day so far, breaks, snoozes, nudges done, the desk, routines."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from .compat import probatio
from .engine.routines import Routine
from .speech import speech_language
from .voice import (
    MAX_MINUTES,
    MIN_MINUTES,
    Request,
    VoiceError,
    async_answer,
    error_speech,
)

INTENT_GET_DAY = "BackcareGetDay"
INTENT_START_BREAK = "BackcareStartBreak"
INTENT_SNOOZE = "BackcareSnooze"
INTENT_DONE = "BackcareDone"
INTENT_RAISE_DESK = "BackcareRaiseDesk"
INTENT_LOWER_DESK = "BackcareLowerDesk"
INTENT_START_ROUTINE = "BackcareStartRoutine"
INTENT_STOP_ROUTINE = "BackcareStopRoutine"

SLOT_NAME = "name"
SLOT_MINUTES = "minutes"
SLOT_ROUTINE = "routine"

INTENTS: dict[str, tuple[Request, str]] = {
    INTENT_GET_DAY: (
        Request.GET_DAY,
        "Tells how the day at a backcare workstation went so far: time seated and "
        "standing, the current sitting bout, breaks, standing goal and next nudge",
    ),
    INTENT_START_BREAK: (
        Request.START_BREAK,
        "Starts a break at a backcare workstation; nudges wait for its minutes",
    ),
    INTENT_SNOOZE: (
        Request.SNOOZE,
        "Snoozes the nudges of a backcare workstation for some minutes",
    ),
    INTENT_DONE: (
        Request.DONE,
        "Marks the nudge showing at a backcare workstation as done",
    ),
    INTENT_RAISE_DESK: (
        Request.RAISE_DESK,
        "Raises the desk of a backcare workstation to its standing height",
    ),
    INTENT_LOWER_DESK: (
        Request.LOWER_DESK,
        "Lowers the desk of a backcare workstation to its sitting height",
    ),
    INTENT_START_ROUTINE: (
        Request.START_ROUTINE,
        "Starts a guided routine at a backcare workstation, step by step: the evening "
        "stretch, the morning core or the mobility routine",
    ),
    INTENT_STOP_ROUTINE: (
        Request.STOP_ROUTINE,
        "Stops the guided routine running at a backcare workstation",
    ),
}
WITH_MINUTES = {INTENT_START_BREAK, INTENT_SNOOZE}


async def async_setup_intents(hass: HomeAssistant) -> None:
    """Set up the backcare intents."""
    for intent_type in INTENTS:
        intent.async_register(hass, WorkstationIntentHandler(intent_type))


class WorkstationIntentHandler(intent.IntentHandler):
    """Do one thing at a workstation, named or the only one, and say how it went."""

    def __init__(self, intent_type: str) -> None:
        """Handle `intent_type`, one of INTENTS."""
        self.intent_type = intent_type
        self.request, self.description = INTENTS[intent_type]

    @property
    def slot_schema(self) -> dict[Any, Any]:
        """The workstation's name, minutes for breaks and snoozes, a routine to start."""
        schema: dict[Any, Any] = {
            probatio.Optional(
                SLOT_NAME,
                description="The workstation's name; leave out if there is only one",
            ): intent.non_empty_string,
        }
        if self.intent_type in WITH_MINUTES:
            schema[
                probatio.Optional(
                    SLOT_MINUTES, description="How many minutes (1 to 480)"
                )
            ] = probatio.All(
                probatio.Coerce(int), probatio.Range(min=MIN_MINUTES, max=MAX_MINUTES)
            )
        if self.intent_type == INTENT_START_ROUTINE:
            schema[
                probatio.Required(
                    SLOT_ROUTINE,
                    description="The routine: evening, core or mobility",
                )
            ] = probatio.In([routine.value for routine in Routine])
        return schema

    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Act on the workstation and answer in the language of the request."""
        hass = intent_obj.hass
        slots = self.async_validate_slots(intent_obj.slots)
        language = speech_language(intent_obj.language)
        name: str | None = slots.get(SLOT_NAME, {}).get("value")
        minutes: int | None = slots.get(SLOT_MINUTES, {}).get("value")
        routine: str | None = slots.get(SLOT_ROUTINE, {}).get("value")
        response = intent_obj.create_response()
        try:
            workstation, speech = await async_answer(
                hass,
                language,
                self.request,
                name,
                intent_obj.context,
                minutes,
                Routine(routine) if routine else None,
            )
        except VoiceError as err:
            code = (
                intent.IntentResponseErrorCode.NO_VALID_TARGETS
                if err.key in ("no_workstation", "unknown_workstation")
                else intent.IntentResponseErrorCode.FAILED_TO_HANDLE
            )
            response.async_set_error(code, error_speech(hass, language, err))
            return response
        if self.request is Request.GET_DAY:
            response.response_type = intent.IntentResponseType.QUERY_ANSWER
        response.async_set_results(
            [
                intent.IntentResponseTarget(
                    name=workstation.entry.title,
                    type=intent.IntentResponseTargetType.CUSTOM,
                    id=workstation.entry.entry_id,
                )
            ]
        )
        response.async_set_speech(speech)
        return response
