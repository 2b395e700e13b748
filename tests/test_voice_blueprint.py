"""The "Talk to backcare" blueprint: Assist's built-in agent answers each sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest.mock import patch

from homeassistant.components import conversation
from homeassistant.components.blueprint import models
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import yaml as yaml_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_mock_service,
)

from custom_components.backcare.const import DOMAIN
from custom_components.backcare.engine.routines import Routine
from custom_components.backcare.speech import SPEECH, duration, either, say
from custom_components.backcare.voice import Request

from .helpers import PRESENCE, STAND_ONLY, Day, workstation_device

REPO = Path(__file__).parent.parent
BLUEPRINT = "backcare/talk_to_backcare.yaml"
LANGUAGES = ["en", "de", "nl", "fr", "es"]


def default_sentences() -> dict[tuple[str, str], list[str]]:
    """The default sentences of each request, by (request, language)."""
    data = yaml_util.load_yaml(REPO / "blueprints" / "automation" / BLUEPRINT)
    assert isinstance(data, dict)
    found: dict[tuple[str, str], list[str]] = {}
    for section in data["blueprint"]["input"].values():
        for key, spec in section["input"].items():
            if key == "workstation":
                continue
            request, _, language = key.rpartition("_")
            found[(request, language)] = spec["default"]
    return found


SENTENCES = default_sentences()


def spoken(template: str, minutes: str = "10") -> str:
    """A sentence as someone says it: the first choice of each, optional words said."""
    text = template.replace("{minutes}", minutes)
    for opening, closing in (("(", ")"), ("[", "]")):
        while opening in text:
            start, end = text.index(opening), text.index(closing)
            choice = text[start + 1 : end].split("|")[0]
            text = text[:start] + choice + text[end + 1 :]
    return text


# Starting a routine has sentences per routine: start_routine_<routine>.
SENTENCE_IDS = {
    *(request.value for request in Request if request is not Request.START_ROUTINE),
    *(f"start_routine_{routine}" for routine in Routine),
}


def test_every_request_has_sentences_in_every_language() -> None:
    assert set(SENTENCES) == {
        (sentence_id, language)
        for sentence_id in SENTENCE_IDS
        for language in LANGUAGES
    }
    every = [sentence for sentences in SENTENCES.values() for sentence in sentences]
    assert all(len(SENTENCES[key]) >= 2 for key in SENTENCES)
    # One sentence, one request: a sentence in two lists would run the automation twice.
    assert len(every) == len(set(every))


@pytest.fixture(autouse=True)
def blueprint_folder() -> Iterator[None]:
    """Load automation blueprints from this repository's blueprints folder."""
    with patch.object(
        models.DomainBlueprints,
        "blueprint_folder",
        property(lambda self: REPO / "blueprints" / self.domain),
    ):
        yield


async def talk_to_backcare(hass: HomeAssistant, **inputs: Any) -> None:
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "use_blueprint": {"path": BLUEPRINT, "input": inputs},
            }
        },
    )
    await hass.async_block_till_done()


async def say_to_assist(hass: HomeAssistant, text: str, language: str) -> str:
    result = await conversation.async_converse(
        hass, text, None, Context(), language=language
    )
    await hass.async_block_till_done()
    answer: str = result.response.speech["plain"]["speech"]
    return answer


@pytest.mark.parametrize("language", LANGUAGES)
async def test_each_default_sentence_is_answered(
    hass: HomeAssistant, day: Day, language: str
) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    await day.start("09:00", desk_entity="cover.desk", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:40")
    await talk_to_backcare(hass)

    for (request, sentence_language), sentences in SENTENCES.items():
        if sentence_language != language:
            continue
        for template in sentences:
            text = spoken(template)
            answer = await say_to_assist(hass, text, language)
            match request:
                case "get_day":
                    assert answer.startswith(
                        say(
                            language,
                            "day",
                            workstation="Office desk",
                            seated=duration(language, 40),
                            standing=duration(language, 0),
                            breaks=answer.split(", ")[-1].split(".")[0],
                        )
                    ), text
                case "start_break":
                    minutes = 10 if "{minutes}" in template else 5
                    assert answer == say(
                        language, "break_started", minutes=duration(language, minutes)
                    ), text
                case "snooze":
                    minutes = 10 if "{minutes}" in template else 15
                    assert answer == say(
                        language, "snoozed", minutes=duration(language, minutes)
                    ), text
                case "done":
                    assert answer in (
                        SPEECH[language]["done"],
                        SPEECH[language]["nothing_to_answer"],
                    ), text
                case "raise_desk":
                    assert answer == SPEECH[language]["raising"], text
                case "lower_desk":
                    assert answer == SPEECH[language]["lowering"], text
                case "stop_routine":
                    assert answer in (
                        SPEECH[language]["routine_stopped"],
                        SPEECH[language]["no_routine"],
                    ), text
                case _:
                    routine = request.removeprefix("start_routine_")
                    assert answer == say(
                        language,
                        "routine_started",
                        routine=SPEECH[language][f"routine_{routine}"],
                    ), text
                    running = day.entry.runtime_data.routine.player.run
                    assert running.routine == routine, text
    assert calls


async def test_done_and_errors_are_answered_as_the_intents_do(
    hass: HomeAssistant, day: Day
) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    await talk_to_backcare(hass)
    assert await say_to_assist(hass, "Hinweis erledigt", "de") == SPEECH["de"]["done"]
    assert day.how() == [("stand", "done")]
    assert await say_to_assist(hass, "raise the desk", "en") == (
        "Office desk has no desk to move."
    )


async def test_no_routine_to_stop_is_said(hass: HomeAssistant, day: Day) -> None:
    await day.start("09:00")
    await talk_to_backcare(hass)
    assert (
        await say_to_assist(hass, "stop de routine", "nl") == SPEECH["nl"]["no_routine"]
    )


async def add_studio(hass: HomeAssistant, entry: MockConfigEntry) -> MockConfigEntry:
    studio = MockConfigEntry(domain=DOMAIN, title="Studio", options=dict(entry.options))
    studio.add_to_hass(hass)
    assert await hass.config_entries.async_setup(studio.entry_id)
    await hass.async_block_till_done()
    return studio


async def test_several_workstations_and_none_chosen_asks_which(
    hass: HomeAssistant, day: Day
) -> None:
    await add_studio(hass, await day.start("09:00"))
    await talk_to_backcare(hass)
    assert await say_to_assist(hass, "reporter les rappels", "fr") == say(
        "fr", "which_workstation", names=either("fr", ["Office desk", "Studio"])
    )
    assert day.sensor("snoozed_until") == "unknown"


async def test_the_chosen_workstation_answers(hass: HomeAssistant, day: Day) -> None:
    studio = await add_studio(hass, await day.start("09:00"))
    await talk_to_backcare(hass, workstation=workstation_device(hass, studio).id)
    assert await say_to_assist(hass, "posponer los avisos", "es") == say(
        "es", "snoozed", minutes=duration("es", 15)
    )
    assert day.sensor("snoozed_until") == "unknown"
    state = hass.states.get("sensor.studio_snoozed_until")
    assert state is not None
    assert state.state != "unknown"
