"""AI agents: backcare's tools for Assist, their schemas, and what calling them does."""

from __future__ import annotations

from datetime import datetime
import importlib.util
import json
from pathlib import Path
import subprocess
import sys
from typing import Any

from homeassistant.components.homeassistant.exposed_entities import (
    async_expose_entity,
)
from homeassistant.components.recorder import Recorder
from homeassistant.components.recorder.models import StatisticMeanType
from homeassistant.components.recorder.statistics import async_import_statistics
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import llm
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_mock_service,
)
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from custom_components.backcare.compat import probatio
from custom_components.backcare.const import DOMAIN

from .helpers import PRESENCE, STAND_ONLY, ZONE, Day
from .test_permissions import user_controlling

# The tools platform and the `llm` integration it needs are Home Assistant 2026.10+;
# on older releases the integration must load without them (the last test).
requires_llm = pytest.mark.skipif(
    importlib.util.find_spec("homeassistant.components.llm") is None,
    reason="this Home Assistant has no llm integration",
)

TOOLS = {
    "backcare__get_today",
    "backcare__get_last_7_days",
    "backcare__start_break",
    "backcare__snooze",
    "backcare__done",
    "backcare__move_desk",
    "backcare__start_routine",
    "backcare__stop_routine",
}
POSTURE = "sensor.office_desk_posture"
REPO_ROOT = Path(__file__).parent.parent


def llm_context(language: str = "en", user_id: str | None = None) -> llm.LLMContext:
    return llm.LLMContext(
        platform="test",
        context=Context(user_id=user_id),
        language=language,
        assistant="conversation",
        device_id=None,
    )


@pytest.fixture
async def assist_api(hass: HomeAssistant) -> None:
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "llm", {})


async def api(
    hass: HomeAssistant, language: str = "en", user_id: str | None = None
) -> llm.APIInstance:
    return await llm.async_get_api(
        hass, llm.LLM_API_ASSIST, llm_context(language, user_id)
    )


async def call(instance: llm.APIInstance, name: str, **args: Any) -> llm.ToolResult:
    result = await instance.async_call_tool(llm.ToolInput(name, args))
    # Small JSON: it survives a round trip and stays short.
    assert len(json.dumps(result.data)) < 1000
    return result


def backcare_tools(instance: llm.APIInstance) -> dict[str, llm.Tool]:
    return {tool.name: tool for tool in instance.tools if tool.name.startswith(DOMAIN)}


async def at_the_desk(day: Day, **options: Any) -> MockConfigEntry:
    """The Office desk, exposed to Assist: sat down at 09:00, now 09:35."""
    entry = await day.start("09:00", **(STAND_ONLY | options))
    async_expose_entity(day.hass, "conversation", POSTURE, True)
    await day.set(PRESENCE, "on")
    await day.travel("09:35")
    return entry


@requires_llm
async def test_no_tools_until_a_workstation_is_exposed(
    hass: HomeAssistant, day: Day, assist_api: None
) -> None:
    await day.start("09:00")
    assert backcare_tools(await api(hass)) == {}
    async_expose_entity(hass, "conversation", POSTURE, True)
    instance = await api(hass)
    assert set(backcare_tools(instance)) == TOOLS
    assert "Office desk" in instance.api_prompt
    assert "never give medical diagnoses" in instance.api_prompt


@requires_llm
async def test_tools_follow_the_rules_and_their_schemas_convert(
    hass: HomeAssistant, day: Day, assist_api: None
) -> None:
    await at_the_desk(day)
    tools = backcare_tools(await api(hass))
    for name, tool in tools.items():
        assert tool.integration == DOMAIN
        assert tool.description
        assert tool.title
        schema = probatio.to_openapi(
            tool.parameters,
            custom_serializer=llm.selector_serializer,
            openapi_version="3.1.0",
        )
        assert schema["type"] == "object", name
        assert schema["properties"]["workstation"]["enum"] == ["Office desk"], name
        # Every argument is optional but the desk's position and the routine.
        required = {"backcare__move_desk": ["position"]}
        required["backcare__start_routine"] = ["routine"]
        assert schema.get("required", []) == required.get(name, []), name
    assert tools["backcare__get_today"].annotations.read_only
    assert not tools["backcare__snooze"].annotations.read_only
    tools["backcare__snooze"].parameters({"minutes": 10})
    with pytest.raises(probatio.Invalid):
        tools["backcare__snooze"].parameters({"minutes": 0})
    with pytest.raises(probatio.Invalid):
        tools["backcare__get_today"].parameters({"workstation": "Kitchen"})
    with pytest.raises(probatio.Invalid):
        tools["backcare__move_desk"].parameters({"position": "up"})


@requires_llm
async def test_get_today_returns_the_figures(
    hass: HomeAssistant, day: Day, assist_api: None
) -> None:
    await at_the_desk(day)
    result = await call(await api(hass), "backcare__get_today")
    assert not result.error
    next_nudge = dt_util.parse_datetime(day.sensor("next_nudge"))
    assert next_nudge is not None
    assert result.data == {
        "workstation": "Office desk",
        "posture": "sitting",
        "seated_minutes": 35,
        "standing_minutes": 0,
        "sitting_bout_minutes": 35,
        "breaks": 0,
        "standing_goal_minutes": 120,
        "next_nudge": next_nudge.astimezone(ZONE).strftime("%H:%M"),
    }


@requires_llm
async def test_actions_act(hass: HomeAssistant, day: Day, assist_api: None) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    await at_the_desk(day, desk_entity="cover.desk")
    instance = await api(hass)
    assert day.fired() == [("09:30", "stand", 1)]

    result = await call(instance, "backcare__done")
    assert result.data == {"workstation": "Office desk", "result": "done"}
    assert day.how() == [("stand", "done")]

    result = await call(instance, "backcare__move_desk", position="standing")
    assert result.data == {"workstation": "Office desk", "result": "raising"}
    await call(instance, "backcare__move_desk", position="sitting")
    assert [c.data["position"] for c in calls] == [105, 72]

    result = await call(instance, "backcare__snooze", minutes=20)
    assert result.data == {
        "workstation": "Office desk",
        "result": "snoozed",
        "minutes": 20,
    }
    assert day.sensor("snoozed_until") == "2026-11-23T08:55:00+00:00"

    result = await call(instance, "backcare__start_break", workstation="Office desk")
    assert result.data == {
        "workstation": "Office desk",
        "result": "break_started",
        "minutes": 5,
    }
    assert day.sensor("breaks_today") == "1"

    result = await call(instance, "backcare__start_routine", routine="core")
    assert result.data == {
        "workstation": "Office desk",
        "result": "routine_started",
        "routine": "core",
    }
    assert day.sensor("routine_step") == "Belly breathing"
    result = await call(instance, "backcare__stop_routine")
    assert result.data == {"workstation": "Office desk", "result": "routine_stopped"}
    assert day.sensor("routine_step") == "No routine"


@requires_llm
async def test_refusals_are_small_json_in_the_language_asked(
    hass: HomeAssistant, day: Day, assist_api: None
) -> None:
    entry = await at_the_desk(day)
    result = await call(
        await api(hass, "de"), "backcare__move_desk", position="standing"
    )
    assert result.error
    assert result.data == {
        "error": "no_desk",
        "message": "Office desk hat keinen Schreibtisch zum Bewegen.",
    }
    # Two exposed workstations and none named: the question back.
    studio = MockConfigEntry(domain=DOMAIN, title="Studio", options=dict(entry.options))
    studio.add_to_hass(hass)
    assert await hass.config_entries.async_setup(studio.entry_id)
    await hass.async_block_till_done()
    async_expose_entity(hass, "conversation", "sensor.studio_posture", True)
    result = await call(await api(hass, "nl"), "backcare__snooze")
    assert result.data == {
        "error": "which_workstation",
        "message": "Welke werkplek bedoel je: Office desk of Studio?",
    }
    # A user without control of the workstation.
    user = user_controlling(hass, {"entity_ids": {POSTURE: True}})
    result = await call(
        await api(hass, user_id=user.id), "backcare__start_break", workstation="Studio"
    )
    assert result.data["error"] == "not_allowed"
    assert day.sensor("breaks_today") == "0"


@requires_llm
async def test_last_7_days_come_from_long_term_statistics(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    day: Day,
    assist_api: None,
) -> None:
    await at_the_desk(day)
    await async_wait_recording_done(hass)
    seated = {16: 300, 17: 240, 19: 180, 20: 200, 21: 0, 22: 0}
    total = 0.0
    rows = [{"start": datetime(2026, 11, 14, 12, tzinfo=ZONE), "state": 0, "sum": 0}]
    for date in range(15, 23):
        total += seated.get(date, 0)
        rows.append(
            {
                "start": datetime(2026, 11, date, 12, tzinfo=ZONE),
                "state": seated.get(date, 0),
                "sum": total,
            }
        )
    async_import_statistics(
        hass,
        {
            "mean_type": StatisticMeanType.NONE,
            "has_sum": True,
            "name": None,
            "source": "recorder",
            "statistic_id": "sensor.office_desk_seated_time_today",
            "unit_class": "duration",
            "unit_of_measurement": "min",
        },
        rows,
    )
    await async_wait_recording_done(hass)
    result = await call(await api(hass), "backcare__get_last_7_days")
    days = result.data["days"]
    assert [entry["date"] for entry in days] == [
        f"2026-11-{date}" for date in range(16, 23)
    ]
    assert [entry["seated_minutes"] for entry in days] == [300, 240, 0, 180, 200, 0, 0]
    # Nothing recorded for the others: null, not 0.
    assert {entry["breaks"] for entry in days} == {None}


@requires_llm
async def test_last_7_days_without_a_recorder(
    hass: HomeAssistant, day: Day, assist_api: None
) -> None:
    await at_the_desk(day)
    result = await call(await api(hass, "fr"), "backcare__get_last_7_days")
    assert result.data == {
        "error": "no_history",
        "message": "Home Assistant ne conserve aucun historique pour Office desk.",
    }


def test_the_integration_loads_without_the_llm_integration() -> None:
    """Home Assistant 2026.3 has no `llm` integration: backcare must not import it."""
    code = (
        "import sys\n"
        "import custom_components.backcare\n"
        "from custom_components.backcare import intent, voice\n"
        "assert 'homeassistant.components.llm' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, check=True)  # noqa: S603
