"""What Assist and its AI agents ask of backcare: find the workstation, act, answer.

The intents, the `ask` action of the "Talk to backcare" blueprint and the AI agents'
tools share this: the same choice of workstation, the same permissions as the
actions, and the same figures the sensors show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from homeassistant.auth.permissions.const import POLICY_CONTROL, POLICY_READ
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import (
    Context,
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import ServiceValidationError, Unauthorized
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util

from .compat import probatio
from .const import DEFAULT_BREAK_LENGTH_MINUTES, DEFAULT_SNOOZE_MINUTES, DOMAIN
from .device import workstation_device
from .engine.posture import Posture
from .engine.routines import Routine
from .services import async_check_control
from .speech import counted, duration, either, say, speech_language
from .workstation import BackcareConfigEntry, Workstation

# What moving the desk may refuse, each said as a sentence.
DESK_REFUSALS = ("no_desk", "desk_unoccupied", "desk_off_schedule", "desk_moving")


class Request(StrEnum):
    """What can be asked of a workstation."""

    GET_DAY = "get_day"
    START_BREAK = "start_break"
    SNOOZE = "snooze"
    DONE = "done"
    RAISE_DESK = "raise_desk"
    LOWER_DESK = "lower_desk"
    START_ROUTINE = "start_routine"
    STOP_ROUTINE = "stop_routine"


DEFAULT_MINUTES = {
    Request.START_BREAK: DEFAULT_BREAK_LENGTH_MINUTES,
    Request.SNOOZE: DEFAULT_SNOOZE_MINUTES,
}
MIN_MINUTES = 1
MAX_MINUTES = 480


class VoiceError(Exception):
    """What went wrong, as the key of a sentence in the speech catalogue."""

    def __init__(self, key: str, **values: str) -> None:
        """Take the sentence's key and its values."""
        super().__init__(key)
        self.key = key
        self.values = values

    def speech(self, language: str) -> str:
        """Return the sentence in `language` (a catalogue's)."""
        return say(language, self.key, **self.values)


@dataclass(frozen=True, slots=True)
class DayFigures:
    """Today's figures of a workstation as its sensors show them, in whole minutes."""

    workstation: str
    posture: Posture | None
    seated: int
    standing: int
    sitting_bout: int
    breaks: int
    standing_goal: int
    next_nudge: str | None  # local time, HH:MM

    def as_dict(self) -> dict[str, Any]:
        """Small JSON for an AI agent."""
        return {
            "workstation": self.workstation,
            "posture": self.posture.value if self.posture else None,
            "seated_minutes": self.seated,
            "standing_minutes": self.standing,
            "sitting_bout_minutes": self.sitting_bout,
            "breaks": self.breaks,
            "standing_goal_minutes": self.standing_goal,
            "next_nudge": self.next_nudge,
        }

    def speech(self, language: str) -> str:
        """Return a few short sentences in `language`."""
        sentences = [
            say(
                language,
                "day",
                workstation=self.workstation,
                seated=duration(language, self.seated),
                standing=duration(language, self.standing),
                breaks=counted(language, "break", self.breaks),
            )
        ]
        match self.posture:
            case Posture.SITTING:
                bout = duration(language, self.sitting_bout)
                sentences.append(say(language, "day_sitting", bout=bout))
            case Posture.STANDING:
                sentences.append(say(language, "day_standing"))
            case _:
                sentences.append(say(language, "day_away"))
        if self.standing >= self.standing_goal:
            sentences.append(say(language, "day_goal_met", goal=self.standing_goal))
        else:
            sentences.append(
                say(
                    language,
                    "day_goal",
                    standing=self.standing,
                    goal=self.standing_goal,
                )
            )
        if self.next_nudge is not None:
            sentences.append(say(language, "day_next_nudge", time=self.next_nudge))
        return " ".join(sentences)


def day_figures(workstation: Workstation) -> DayFigures:
    """Return today's figures as of now, rounded to the minute as the sensors are shown.

    The sensors are brought to the same second, so what is said is what they show.
    """
    workstation.refresh_running()
    today = workstation.today
    tracker = workstation.tracker
    next_due = workstation.nudging.next_due
    return DayFigures(
        workstation=workstation.entry.title,
        posture=tracker.posture,
        seated=round(today.sitting / 60),
        standing=round(today.standing / 60),
        sitting_bout=round(tracker.sitting_bout / 60)
        if tracker.posture is Posture.SITTING
        else 0,
        breaks=today.breaks,
        standing_goal=round(workstation.nudging.goal.goal_minutes),
        next_nudge=dt_util.as_local(next_due).strftime("%H:%M") if next_due else None,
    )


def loaded_workstations(hass: HomeAssistant) -> list[Workstation]:
    """Return the workstations that are running, by name."""
    entries: list[BackcareConfigEntry] = hass.config_entries.async_entries(DOMAIN)
    return sorted(
        (
            entry.runtime_data
            for entry in entries
            if entry.state is ConfigEntryState.LOADED
        ),
        key=lambda workstation: workstation.entry.title.casefold(),
    )


def _normalize(name: str) -> str:
    return " ".join(name.casefold().split())


def workstation_names(hass: HomeAssistant, workstation: Workstation) -> set[str]:
    """Return the names a workstation answers to: its title and its device's names."""
    names = {workstation.entry.title}
    device = workstation_device(hass, workstation.entry.entry_id)
    if device is not None:
        names.update(name for name in (device.name, device.name_by_user) if name)
    return {_normalize(name) for name in names}


def find_workstation(
    hass: HomeAssistant,
    name: str | None,
    candidates: Iterable[Workstation] | None = None,
) -> Workstation:
    """Return the workstation `name` means; without a name, the only one there is.

    Several and none named is a question back, never a guess.
    """
    workstations = loaded_workstations(hass) if candidates is None else list(candidates)
    if not workstations:
        raise VoiceError("no_workstation")
    if name is not None and name.strip():
        wanted = _normalize(name)
        for workstation in workstations:
            if wanted in workstation_names(hass, workstation):
                return workstation
        raise VoiceError("unknown_workstation", name=name.strip())
    if len(workstations) == 1:
        return workstations[0]
    raise VoiceError("which_workstation")


def which_workstation(language: str, workstations: list[Workstation]) -> str:
    """Return the question that offers every workstation by name."""
    names = either(language, [workstation.entry.title for workstation in workstations])
    return say(language, "which_workstation", names=names)


async def async_fulfil(
    hass: HomeAssistant,
    workstation: Workstation,
    request: Request,
    context: Context,
    minutes: float | None = None,
    routine: Routine | None = None,
) -> tuple[str, dict[str, Any]]:
    """Do what is asked, as the user of `context` may; return the answer's key and values.

    Refusals raise VoiceError with a sentence that says why.
    """
    title = workstation.entry.title
    desk = request in (Request.RAISE_DESK, Request.LOWER_DESK)
    try:
        await async_check_control(
            hass,
            workstation,
            context,
            desk=desk,
            policy=POLICY_READ if request is Request.GET_DAY else POLICY_CONTROL,
        )
    except Unauthorized as err:
        raise VoiceError("not_allowed", workstation=title) from err
    if minutes is None:
        minutes = DEFAULT_MINUTES.get(request)
    match request:
        case Request.GET_DAY:
            return "day", {}
        case Request.START_BREAK:
            assert minutes is not None
            workstation.start_break(minutes)
            return "break_started", {"minutes": minutes}
        case Request.SNOOZE:
            assert minutes is not None
            workstation.snooze(minutes)
            return "snoozed", {"minutes": minutes}
        case Request.DONE:
            if not workstation.nudging.planner.active:
                return "nothing_to_answer", {}
            workstation.done()
            return "done", {}
        case Request.START_ROUTINE:
            if routine is None:
                raise VoiceError("which_routine")
            workstation.start_routine(routine)
            return "routine_started", {"routine": routine}
        case Request.STOP_ROUTINE:
            if workstation.routine.player.run is None:
                return "no_routine", {}
            workstation.routine.stop()
            return "routine_stopped", {}
    stand = request is Request.RAISE_DESK
    try:
        await workstation.async_move_desk(stand=stand)
    except ServiceValidationError as err:
        key = err.translation_key if err.translation_key in DESK_REFUSALS else None
        raise VoiceError(key or "desk_failed", workstation=title) from err
    return ("raising" if stand else "lowering"), {}


async def async_answer(
    hass: HomeAssistant,
    language: str,
    request: Request,
    name: str | None,
    context: Context,
    minutes: float | None = None,
    routine: Routine | None = None,
) -> tuple[Workstation, str]:
    """Do what is asked and return the workstation and what to say, in `language`.

    Raises VoiceError, whose sentence says what went wrong.
    """
    workstation = find_workstation(hass, name)
    key, values = await async_fulfil(
        hass, workstation, request, context, minutes, routine
    )
    if key == "day":
        return workstation, day_figures(workstation).speech(language)
    if "minutes" in values:
        values["minutes"] = duration(language, round(values["minutes"]))
    if "routine" in values:
        values["routine"] = say(language, f"routine_{values['routine']}")
    return workstation, say(language, key, **values)


def error_speech(hass: HomeAssistant, language: str, err: VoiceError) -> str:
    """Return the sentence for a VoiceError; a question back names the workstations."""
    if err.key == "which_workstation":
        return which_workstation(language, loaded_workstations(hass))
    if err.key == "which_routine":
        names = either(language, [say(language, f"routine_{r}") for r in Routine])
        return say(language, "which_routine", names=names)
    return err.speech(language)


SERVICE_ASK = "ask"
ATTR_REQUEST = "request"
ATTR_WORKSTATION = "workstation"
ATTR_MINUTES = "minutes"
ATTR_LANGUAGE = "language"
ATTR_ROUTINE = "routine"

ASK_SCHEMA = probatio.Schema(
    {
        probatio.Required(ATTR_REQUEST): probatio.In([r.value for r in Request]),
        probatio.Optional(ATTR_WORKSTATION): probatio.Any(None, cv.string),
        probatio.Optional(ATTR_MINUTES): probatio.Any(
            None,
            probatio.All(
                probatio.Coerce(float),
                probatio.Range(min=MIN_MINUTES, max=MAX_MINUTES),
            ),
        ),
        probatio.Optional(ATTR_LANGUAGE): probatio.Any(None, cv.string),
        probatio.Optional(ATTR_ROUTINE): probatio.Any(
            None, probatio.In([r.value for r in Routine])
        ),
    }
)


@callback
def async_setup_ask(hass: HomeAssistant) -> None:
    """Register `backcare.ask`: what the "Talk to backcare" blueprint answers with.

    It asks what an intent asks and returns what the intent would say, so a sentence
    of the blueprint answers as Assist's intents do, errors included.
    """

    async def ask(call: ServiceCall) -> ServiceResponse:
        language = speech_language(
            call.data.get(ATTR_LANGUAGE) or call.hass.config.language
        )
        try:
            workstation, speech = await async_answer(
                call.hass,
                language,
                Request(call.data[ATTR_REQUEST]),
                call.data.get(ATTR_WORKSTATION),
                call.context,
                call.data.get(ATTR_MINUTES),
                Routine(routine) if (routine := call.data.get(ATTR_ROUTINE)) else None,
            )
        except VoiceError as err:
            return {"speech": error_speech(call.hass, language, err), "error": True}
        return {
            "speech": speech,
            "error": False,
            "workstation": workstation.entry.title,
        }

    hass.services.async_register(
        DOMAIN,
        SERVICE_ASK,
        ask,
        schema=ASK_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
