"""The options' exercises: built-ins per nudge, the focus, and personal exercises."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from homeassistant.components.diagnostics import REDACTED
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_mock_service,
)
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.backcare.engine.exercises import EXERCISES, NudgeKind
from custom_components.backcare.engine.focus import Focus
from custom_components.backcare.engine.menu import TAILORED_KINDS
from custom_components.backcare.texts import EXERCISE_WORDS

from .helpers import (
    PRESENCE,
    STAND_ONLY,
    Day,
    open_options,
    translations,
    workstation_entry,
)

CLAMSHELLS = {
    "name": "Clamshells",
    "kind": "move",
    "steps": "Lie on your side, knees bent.\n\n  Open the top knee, ten times.  ",
    "duration_seconds": 90,
}
# A personal exercise as the options store it.
STORED = {
    "key": "personal_1",
    "name": "Wall sit",
    "kind": "sit",
    "steps": ["Back against the wall.", "Slide down; hold."],
    "duration_seconds": 45,
}


async def _menu(hass: HomeAssistant, result: Any, step: str) -> Any:
    assert result["type"] is FlowResultType.MENU, result
    assert result["step_id"] == "exercises"
    return await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": step}
    )


async def _add(hass: HomeAssistant, result: Any, answer: dict[str, Any]) -> Any:
    result = await _menu(hass, result, "add_exercise")
    return await hass.config_entries.options.async_configure(result["flow_id"], answer)


async def _save(hass: HomeAssistant, result: Any) -> None:
    result = await _menu(hass, result, "save_exercises")
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()


async def test_a_personal_exercise_is_added_in_its_own_words(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    result = await open_options(hass, entry, "exercises")
    # Nothing to edit or remove yet.
    assert result["menu_options"] == [
        "choose_exercises",
        "add_exercise",
        "save_exercises",
    ]
    result = await _add(
        hass, result, {**CLAMSHELLS, "image": " /local/physio/clam.png "}
    )
    assert "edit_exercise" in result["menu_options"]
    await _save(hass, result)
    (stored,) = entry.options["personal_exercises"]
    assert stored["key"].startswith("personal_")
    assert {key: value for key, value in stored.items() if key != "key"} == {
        "name": "Clamshells",
        "kind": "move",
        "steps": ["Lie on your side, knees bent.", "Open the top knee, ten times."],
        "duration_seconds": 90,
        "image": "/local/physio/clam.png",
    }
    assert entry.options["presence_entities"]  # the rest stays
    menu = entry.runtime_data.options.nudges.exercises
    assert [exercise.name for exercise in menu.personal] == ["Clamshells"]


@pytest.mark.parametrize(
    ("answer", "field", "error"),
    [
        ({"name": "   "}, "name", "name_required"),
        ({"name": "clamshells"}, "name", "exercise_name_exists"),
        ({"name": "katze-kuh "}, "name", "exercise_name_exists"),  # German cat-cow
        ({"steps": " \n \n"}, "steps", "steps_required"),
        ({"duration_seconds": 9}, "duration_seconds", "duration_out_of_range"),
        ({"duration_seconds": 1801}, "duration_seconds", "duration_out_of_range"),
        ({"image": "https://example.com/a.png"}, "image", "image_not_local"),
        ({"image": "/local/../secrets.yaml"}, "image", "image_not_local"),
    ],
)
async def test_every_invalid_exercise_gets_its_field_error(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    answer: dict[str, Any],
    field: str,
    error: str,
) -> None:
    hass.config.language = "de"
    result = await open_options(hass, entry, "exercises")
    result = await _add(hass, result, CLAMSHELLS)
    result = await _add(hass, result, {**CLAMSHELLS, "name": "Other", **answer})
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {field: error}
    # The message exists in every language.
    for language in ("en", "de", "nl", "fr", "es"):
        assert translations(language)["options"]["error"][error]
    # The answer stays on the form to correct.
    shown = result["data_schema"]({})
    assert shown["kind"] == "move"


async def test_the_built_in_names_are_taken_in_the_nudges_language(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """In English, the German name of a built-in is free; its English one is not."""
    result = await open_options(hass, entry, "exercises")
    result = await _add(hass, result, {**CLAMSHELLS, "name": "Cat-cow"})
    assert result["errors"] == {"name": "exercise_name_exists"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**CLAMSHELLS, "name": "Katze-Kuh"}
    )
    assert result["type"] is FlowResultType.MENU


async def test_choosing_the_built_ins_and_the_focus(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    result = await open_options(hass, entry, "exercises")
    result = await _menu(hass, result, "choose_exercises")
    shown = result["data_schema"]({})
    assert shown["focus"] == "general"
    # Every built-in is ticked until chosen otherwise.
    assert shown["move_exercises"] == [
        exercise.key for exercise in EXERCISES if exercise.kind is NudgeKind.MOVE
    ]
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {**shown, "focus": "low_back", "stretch_exercises": []},
    )
    assert result["errors"] == {"stretch_exercises": "no_exercise_for_kind"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {**shown, "focus": "low_back", "move_exercises": ["bird_dog", "cat_cow"]},
    )
    await _save(hass, result)
    assert entry.options["focus"] == "low_back"
    # Only what differs from all the built-ins is stored.
    assert entry.options["builtin_exercises"] == {"move": ["bird_dog", "cat_cow"]}
    menu = entry.runtime_data.options.nudges.exercises
    assert menu.focus is Focus.LOW_BACK
    assert [e.key for e, _ in menu.choices(NudgeKind.MOVE)] == ["bird_dog", "cat_cow"]


async def test_a_nudge_may_have_only_personal_exercises(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    result = await open_options(hass, entry, "exercises")
    result = await _add(hass, result, {**CLAMSHELLS, "kind": "stretch"})
    result = await _menu(hass, result, "choose_exercises")
    shown = result["data_schema"]({})
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**shown, "stretch_exercises": []}
    )
    assert result["type"] is FlowResultType.MENU
    # ...and then that one cannot go, nor move to another nudge.
    result = await _menu(hass, result, "remove_exercise")
    key = result["data_schema"].schema["exercise"].config["options"][0]["value"]
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"exercise": [key]}
    )
    assert result["errors"] == {"exercise": "no_exercise_for_kind"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"exercise": []}
    )
    assert result["errors"] == {"exercise": "nothing_picked"}
    flow_id = result["flow_id"]
    result = await open_options(hass, entry, "exercises")
    hass.config_entries.options.async_abort(flow_id)
    assert result["type"] is FlowResultType.MENU


async def test_editing_keeps_the_exercise_and_its_place(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    result = await open_options(hass, entry, "exercises")
    result = await _add(hass, result, CLAMSHELLS)
    result = await _add(hass, result, {**CLAMSHELLS, "name": "Side plank"})
    result = await _menu(hass, result, "edit_exercise")
    options = result["data_schema"].schema["exercise"].config["options"]
    assert [option["label"] for option in options] == ["Clamshells", "Side plank"]
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"exercise": options[0]["value"]}
    )
    assert result["step_id"] == "change_exercise"
    assert result["description_placeholders"] == {"name": "Clamshells"}
    shown = result["data_schema"]({})
    assert shown["steps"] == (
        "Lie on your side, knees bent.\nOpen the top knee, ten times."
    )
    # Its own name is not taken by itself; another one's is.
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**shown, "name": "side plank"}
    )
    assert result["errors"] == {"name": "exercise_name_exists"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**shown, "name": "Clamshells", "duration_seconds": 120}
    )
    result = await _menu(hass, result, "remove_exercise")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"exercise": [options[1]["value"]]}
    )
    await _save(hass, result)
    (stored,) = entry.options["personal_exercises"]
    assert (stored["key"], stored["name"], stored["duration_seconds"]) == (
        options[0]["value"],
        "Clamshells",
        120,
    )


async def test_an_edit_may_not_leave_a_nudge_without_exercises(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    result = await open_options(hass, entry, "exercises")
    result = await _add(hass, result, {**CLAMSHELLS, "kind": "core"})
    result = await _menu(hass, result, "choose_exercises")
    shown = result["data_schema"]({})
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**shown, "core_exercises": []}
    )
    result = await _menu(hass, result, "edit_exercise")
    options = result["data_schema"].schema["exercise"].config["options"]
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"exercise": options[0]["value"]}
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**result["data_schema"]({}), "kind": "move"}
    )
    assert result["errors"] == {"kind": "no_exercise_for_kind"}


def test_the_built_in_labels_are_the_catalogues_names() -> None:
    catalogue = {exercise.key: exercise for exercise in EXERCISES}
    for language, words in EXERCISE_WORDS.items():
        labels = translations(language)["selector"]["exercise"]["options"]
        assert labels == {
            key: name
            for key, (name, _) in words.items()
            if key in catalogue and catalogue[key].kind in TAILORED_KINDS
        }, language


async def test_a_personal_exercise_is_suggested_in_the_nudge_and_on_the_phone(
    hass: HomeAssistant, day: Day
) -> None:
    calls = async_mock_service(hass, "notify", "mobile_app_phone")
    steps = ["Stand behind the chair.", "Ten slow squats."]
    await day.start(
        "09:00",
        notify_services=["notify.mobile_app_phone"],
        builtin_exercises={"stand": []},
        personal_exercises=[
            {
                "key": "personal_1",
                "name": "Chair squats",
                "kind": "stand",
                "steps": steps,
                "duration_seconds": 60,
                "image": "/local/squat.png",
            }
        ],
        **STAND_ONLY,
    )
    # Nudges in French from now on (the entity ids were made in English).
    hass.config.language = "fr"
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    fired = day.nudges[0].data
    # The user's own words, not translated; the rest of the nudge in French.
    assert fired["exercise"] == {
        "key": "personal_1",
        "name": "Chair squats",
        "steps": steps,
        "duration_seconds": 60,
        "image": "/local/squat.png",
    }
    assert fired["title"] == "Il est temps de se lever"
    assert "Chair squats. Stand behind the chair. Ten slow squats." in fired["message"]
    assert calls[0].data["message"] == fired["message"]
    # The companion apps fetch the picture from Home Assistant (/local/ is served).
    assert calls[0].data["data"]["image"] == "/local/squat.png"
    nudge = hass.states.get("sensor.office_desk_nudge")
    assert nudge.attributes["exercise_name"] == "Chair squats"
    assert nudge.attributes["steps"] == steps


@pytest.mark.parametrize(
    ("focus", "expected"),
    [
        ("general", ["bird_dog", "cat_cow", "hip_hinge", "bird_dog", "cat_cow"]),
        ("low_back", ["bird_dog", "cat_cow", "bird_dog", "hip_hinge", "bird_dog"]),
        ("hips", ["hip_hinge", "bird_dog", "hip_hinge", "cat_cow", "hip_hinge"]),
    ],
)
async def test_the_focus_decides_how_often_each_mobility_break_comes_up(
    day: Day, focus: str, expected: list[str]
) -> None:
    await day.start(
        "09:00",
        sit_limit_minutes=240,
        move_interval_minutes=5,
        core_enabled=False,
        focus=focus,
        builtin_exercises={"move": ["bird_dog", "cat_cow", "hip_hinge"]},
    )
    for _ in expected:
        await day.set(PRESENCE, "on")
        await day.travel(_later(day, 6))
        # A break: away for longer than the break length.
        await day.set(PRESENCE, "off")
        await day.travel(_later(day, 4))
    assert [kind for _, kind, _ in day.fired()] == ["move"] * len(expected)
    assert [event.data["exercise"]["key"] for event in day.nudges] == expected


def _later(day: Day, minutes: int) -> str:
    """The local clock `minutes` from now."""
    return (dt_util.now() + timedelta(minutes=minutes)).strftime("%H:%M")


async def test_diagnostics_keep_the_shape_of_personal_exercises_not_their_words(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    entry: MockConfigEntry,
) -> None:
    result = await open_options(hass, entry, "exercises")
    result = await _add(hass, result, {**CLAMSHELLS, "name": "After my hernia"})
    await _save(hass, result)
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    (shown,) = diagnostics["entry"]["options"]["personal_exercises"]
    assert shown["name"] == shown["steps"] == REDACTED
    assert (shown["kind"], shown["duration_seconds"]) == ("move", 90)
    assert diagnostics["nudging"]["progress"]["core"]["level"] == 1


async def test_stored_exercise_options_set_up(
    hass: HomeAssistant, desk_states: None
) -> None:
    entry = workstation_entry(
        focus="hips", builtin_exercises={"sit": []}, personal_exercises=[STORED]
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    menu = entry.runtime_data.options.nudges.exercises
    assert [e.key for e, _ in menu.choices(NudgeKind.SIT)] == ["personal_1"]


async def test_a_nudge_showing_an_exercise_removed_since_stays_with_another(
    hass: HomeAssistant, day: Day
) -> None:
    second = {**STORED, "key": "personal_2", "name": "Calf stretch", "kind": "stand"}
    entry = await day.start(
        "09:00",
        builtin_exercises={"stand": []},
        personal_exercises=[{**STORED, "kind": "stand"}, second],
        **STAND_ONLY,
    )
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert day.nudges[0].data["exercise"]["name"] == "Wall sit"
    result = await open_options(hass, entry, "exercises")
    result = await _menu(hass, result, "remove_exercise")
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"exercise": ["personal_1"]}
    )
    await _save(hass, result)
    nudge = hass.states.get("sensor.office_desk_nudge")
    assert (nudge.state, nudge.attributes["exercise_name"]) == ("stand", "Calf stretch")
    assert nudge.attributes["nudge_id"] == day.nudges[0].data["nudge_id"]
    assert day.how() == []
