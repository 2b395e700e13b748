"""LLM tools for backcare: the day's and the week's figures, breaks, snoozes and the desk.

Home Assistant loads this platform only where its `llm` integration exists (2026.10
and later); nothing else in backcare imports it, so older versions never do.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, override

from homeassistant.components.homeassistant.exposed_entities import async_should_expose
from homeassistant.components.llm import LLMTools
from homeassistant.const import UnitOfTime
from homeassistant.core import Context, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.llm import (
    LLM_API_ASSIST,
    LLMContext,
    Tool,
    ToolAnnotations,
    ToolInput,
    ToolResult,
)
from homeassistant.util import dt as dt_util
import probatio

from .const import DOMAIN
from .engine.routines import Routine
from .speech import speech_language
from .voice import (
    MAX_MINUTES,
    MIN_MINUTES,
    Request,
    VoiceError,
    async_fulfil,
    day_figures,
    find_workstation,
    loaded_workstations,
    which_workstation,
)
from .workstation import Workstation

ATTR_WORKSTATION = "workstation"
ATTR_MINUTES = "minutes"
ATTR_ROUTINE = "routine"
ATTR_POSITION = "position"
POSITION_STANDING = "standing"
POSITION_SITTING = "sitting"
HISTORY_DAYS = 7
# The daily counters whose long-term statistics make the week: (sensor key, result key).
HISTORY_SENSORS = (
    ("seated_time_today", "seated_minutes"),
    ("standing_time_today", "standing_minutes"),
    ("breaks_today", "breaks"),
)

PROMPT = (
    "backcare tracks time sitting and standing at desk workstations ({names}) and "
    "nudges people to stand up and move. Use the backcare tools for questions about "
    "sitting, standing, breaks, nudges and the desk; their figures are in minutes. "
    "backcare is not a medical device: never give medical diagnoses or treatment "
    "advice, and suggest a health professional for pain or other health worries."
)

READ = ToolAnnotations(read_only=True, destructive=False, open_world=False)
ACT = ToolAnnotations(destructive=False, open_world=False)


@callback
def async_get_tools(
    hass: HomeAssistant, llm_context: LLMContext, api_id: str
) -> LLMTools | None:
    """Return backcare's tools for the workstations exposed to the assistant."""
    if api_id != LLM_API_ASSIST or not llm_context.assistant:
        return None
    workstations = exposed_workstations(hass, llm_context.assistant)
    if not workstations:
        return None
    names = [workstation.entry.title for workstation in workstations]
    tools: list[Tool] = [
        GetTodayTool(names),
        GetLastDaysTool(names),
        ActionTool(
            "start_break",
            "Start break",
            "Start a break at a workstation now: it counts as a break, and nudges "
            "wait for its minutes",
            Request.START_BREAK,
            names,
            minutes=True,
        ),
        ActionTool(
            "snooze",
            "Snooze nudges",
            "Snooze every nudge of a workstation for some minutes",
            Request.SNOOZE,
            names,
            minutes=True,
        ),
        ActionTool(
            "done",
            "Done with the nudge",
            "Mark the nudge showing at a workstation as done",
            Request.DONE,
            names,
        ),
        MoveDeskTool(names),
        ActionTool(
            "start_routine",
            "Start a guided routine",
            "Start a guided routine at a workstation now, step by step: evening (the "
            "evening stretch), core (the morning core) or mobility. One already running "
            "starts over",
            Request.START_ROUTINE,
            names,
            routine=True,
        ),
        ActionTool(
            "stop_routine",
            "Stop the routine",
            "Stop the guided routine running at a workstation",
            Request.STOP_ROUTINE,
            names,
        ),
    ]
    return LLMTools(tools=tools, prompt=PROMPT.format(names=", ".join(names)))


def exposed_workstations(hass: HomeAssistant, assistant: str) -> list[Workstation]:
    """Return the running workstations with an entity exposed to `assistant`."""
    registry = er.async_get(hass)
    return [
        workstation
        for workstation in loaded_workstations(hass)
        if any(
            async_should_expose(hass, assistant, entity.entity_id)
            for entity in er.async_entries_for_config_entry(
                registry, workstation.entry.entry_id
            )
        )
    ]


class BackcareTool(Tool):
    """A tool acting on one of the exposed workstations, named or the only one."""

    annotations = ACT

    def __init__(
        self, name: str, title: str, description: str, names: list[str]
    ) -> None:
        """Name the tool `backcare__<name>`; `names` are the workstations offered."""
        self.name = f"{DOMAIN}__{name}"
        self.title = title
        self.description = description
        self.integration = DOMAIN
        self.names = names
        self.parameters = probatio.Schema(self._schema())

    def _schema(self) -> dict[Any, Any]:
        return {
            probatio.Optional(
                ATTR_WORKSTATION,
                description="The workstation; leave out when there is only one",
            ): probatio.In(self.names)
        }

    @override
    async def async_call(
        self, hass: HomeAssistant, tool_input: ToolInput, llm_context: LLMContext
    ) -> ToolResult:
        """Find the workstation and call `_async_call`; refusals are small JSON too."""
        language = speech_language(llm_context.language)
        args = self.parameters(tool_input.tool_args)
        candidates = exposed_workstations(hass, llm_context.assistant)
        try:
            workstation = find_workstation(hass, args.get(ATTR_WORKSTATION), candidates)
            data = await self._async_call(hass, workstation, args, llm_context)
        except VoiceError as err:
            message = (
                which_workstation(language, candidates)
                if err.key == "which_workstation"
                else err.speech(language)
            )
            return ToolResult(data={"error": err.key, "message": message}, error=True)
        return ToolResult(data={ATTR_WORKSTATION: workstation.entry.title, **data})

    async def _async_call(
        self,
        hass: HomeAssistant,
        workstation: Workstation,
        args: dict[str, Any],
        llm_context: LLMContext,
    ) -> dict[str, Any]:
        raise NotImplementedError


class GetTodayTool(BackcareTool):
    """Today's figures, as the sensors show them."""

    annotations = READ

    def __init__(self, names: list[str]) -> None:
        """Offer today's figures of `names`."""
        super().__init__(
            "get_today",
            "Today at the desk",
            "Get today's figures of a workstation: minutes seated and standing, the "
            "current sitting bout, breaks, the standing goal and the next nudge (local "
            "time)",
            names,
        )

    @override
    async def _async_call(
        self,
        hass: HomeAssistant,
        workstation: Workstation,
        args: dict[str, Any],
        llm_context: LLMContext,
    ) -> dict[str, Any]:
        context = llm_context.context or Context()
        await async_fulfil(hass, workstation, Request.GET_DAY, context)
        figures = day_figures(workstation).as_dict()
        del figures[ATTR_WORKSTATION]
        return figures


class GetLastDaysTool(BackcareTool):
    """The seven days before today, from the sensors' long-term statistics."""

    annotations = READ

    def __init__(self, names: list[str]) -> None:
        """Offer the last days of `names`."""
        super().__init__(
            "get_last_7_days",
            "The last 7 days at the desk",
            "Get the minutes seated and standing and the breaks of a workstation on "
            "each of the 7 days before today (null where nothing was recorded)",
            names,
        )

    @override
    async def _async_call(
        self,
        hass: HomeAssistant,
        workstation: Workstation,
        args: dict[str, Any],
        llm_context: LLMContext,
    ) -> dict[str, Any]:
        context = llm_context.context or Context()
        await async_fulfil(hass, workstation, Request.GET_DAY, context)
        if "recorder" not in hass.config.components:
            raise VoiceError("no_history", workstation=workstation.entry.title)
        return {"days": await async_last_days(hass, workstation)}


async def async_last_days(
    hass: HomeAssistant, workstation: Workstation
) -> list[dict[str, Any]]:
    """Return each of the last 7 days before today with its daily counters' change."""
    from homeassistant.components.recorder.statistics import (  # noqa: PLC0415
        statistics_during_period,
    )
    from homeassistant.helpers.recorder import get_instance  # noqa: PLC0415

    registry = er.async_get(hass)
    statistic_ids = {
        entity_id: result_key
        for key, result_key in HISTORY_SENSORS
        if (
            entity_id := registry.async_get_entity_id(
                "sensor", DOMAIN, f"{workstation.entry.entry_id}_{key}"
            )
        )
    }
    today = dt_util.start_of_local_day()
    start = dt_util.start_of_local_day(today.date() - timedelta(days=HISTORY_DAYS))
    rows = await get_instance(hass).async_add_executor_job(
        statistics_during_period,
        hass,
        start,
        today,
        set(statistic_ids),
        "day",
        {"duration": UnitOfTime.MINUTES},
        {"change"},
    )
    days: dict[str, dict[str, Any]] = {}
    day = start
    while day < today:
        date = day.date().isoformat()
        days[date] = {"date": date} | dict.fromkeys(statistic_ids.values())
        day = dt_util.start_of_local_day(day.date() + timedelta(days=1))
    for statistic_id, result_key in statistic_ids.items():
        for row in rows.get(statistic_id, []):
            date = _local_date(row["start"])
            if date in days and (change := row.get("change")) is not None:
                days[date][result_key] = round(change)
    return list(days.values())


def _local_date(start: float | datetime) -> str:
    moment = (
        dt_util.utc_from_timestamp(start) if isinstance(start, (int, float)) else start
    )
    return dt_util.as_local(moment).date().isoformat()


class ActionTool(BackcareTool):
    """A break, a snooze, a nudge done or a routine."""

    def __init__(
        self,
        name: str,
        title: str,
        description: str,
        request: Request,
        names: list[str],
        *,
        minutes: bool = False,
        routine: bool = False,
    ) -> None:
        """Do `request`, with minutes or a routine if it takes them."""
        self.request = request
        self.minutes = minutes
        self.routine = routine
        super().__init__(name, title, description, names)

    @override
    def _schema(self) -> dict[Any, Any]:
        schema = super()._schema()
        if self.minutes:
            schema[
                probatio.Optional(
                    ATTR_MINUTES, description="How many minutes; leave out for default"
                )
            ] = probatio.All(
                probatio.Coerce(int), probatio.Range(min=MIN_MINUTES, max=MAX_MINUTES)
            )
        if self.routine:
            schema[probatio.Required(ATTR_ROUTINE, description="Which routine")] = (
                probatio.In([routine.value for routine in Routine])
            )
        return schema

    @override
    async def _async_call(
        self,
        hass: HomeAssistant,
        workstation: Workstation,
        args: dict[str, Any],
        llm_context: LLMContext,
    ) -> dict[str, Any]:
        context = llm_context.context or Context()
        routine = args.get(ATTR_ROUTINE)
        key, values = await async_fulfil(
            hass,
            workstation,
            self.request,
            context,
            args.get(ATTR_MINUTES),
            Routine(routine) if routine else None,
        )
        return {"result": key, **values}


class MoveDeskTool(ActionTool):
    """Raise or lower the desk."""

    def __init__(self, names: list[str]) -> None:
        """Move the desk of `names`."""
        super().__init__(
            "move_desk",
            "Move the desk",
            "Raise the desk of a workstation to its standing height or lower it to "
            "its sitting height. It does not move while nobody is at the desk, "
            "outside the workstation's schedule or while it is moving",
            Request.RAISE_DESK,
            names,
        )

    @override
    def _schema(self) -> dict[Any, Any]:
        return super()._schema() | {
            probatio.Required(ATTR_POSITION): probatio.In(
                [POSITION_STANDING, POSITION_SITTING]
            )
        }

    @override
    async def _async_call(
        self,
        hass: HomeAssistant,
        workstation: Workstation,
        args: dict[str, Any],
        llm_context: LLMContext,
    ) -> dict[str, Any]:
        context = llm_context.context or Context()
        request = (
            Request.RAISE_DESK
            if args[ATTR_POSITION] == POSITION_STANDING
            else Request.LOWER_DESK
        )
        key, values = await async_fulfil(hass, workstation, request, context)
        return {"result": key, **values}
