"""Assist: the intents, their answers in five languages, and who may use them."""

from __future__ import annotations

import re
from typing import Any

from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    async_mock_service,
)

from custom_components.backcare.const import DOMAIN
from custom_components.backcare.intent import INTENTS
from custom_components.backcare.speech import (
    SPEECH,
    duration,
    either,
    say,
    speech_language,
)

from .helpers import PRESENCE, STAND_ONLY, Day, add_workstation
from .test_permissions import user_controlling

LANGUAGES = ["en", "de", "nl", "fr", "es"]
PLACEHOLDER = re.compile(r"\{(\w*)\}")

# The Office desk at 10:05 after sitting down at 09:00, in each language.
DAY_AT_TEN = {
    "en": "Today at Office desk: seated 1 hour and 5 minutes, standing 0 minutes, "
    "0 breaks. You have been sitting for 1 hour and 5 minutes. Standing goal: 0 of "
    "120 minutes.",
    "de": "Heute an Office desk: 1 Stunde und 5 Minuten gesessen, 0 Minuten "
    "gestanden, 0 Pausen. Du sitzt seit 1 Stunde und 5 Minuten. Stehziel: 0 von 120 "
    "Minuten.",
    "nl": "Vandaag aan Office desk: 1 uur en 5 minuten gezeten, 0 minuten gestaan, "
    "0 pauzes. Je zit nu 1 uur en 5 minuten. Stadoel: 0 van 120 minuten.",
    "fr": "Aujourd'hui à Office desk : assis 1 heure et 5 minutes, debout 0 minute, "
    "0 pause. Vous êtes assis depuis 1 heure et 5 minutes. Objectif debout : 0 sur "
    "120 minutes.",
    "es": "Hoy en Office desk: sentado 1 hora y 5 minutos, de pie 0 minutos, 0 "
    "pausas. Llevas sentado 1 hora y 5 minutos. Objetivo de pie: 0 de 120 minutos.",
}


# The catalogue ----------------------------------------------------------------------


def test_every_language_has_every_sentence_with_the_same_placeholders() -> None:
    assert sorted(SPEECH) == sorted(LANGUAGES)
    english = SPEECH["en"]
    for language in LANGUAGES:
        assert set(SPEECH[language]) == set(english), language
        for key, text in SPEECH[language].items():
            assert text.strip(), (language, key)
            assert set(PLACEHOLDER.findall(text)) == set(
                PLACEHOLDER.findall(english[key])
            ), (language, key)
    # The catalogue's own use of each other's keys stays within it.
    for key in ("minute", "hour", "break"):
        assert {f"{key}_one", f"{key}_other"} <= set(english)


@pytest.mark.parametrize(
    ("tag", "language"),
    [("de", "de"), ("de-CH", "de"), ("nl_BE", "nl"), ("pt-BR", "en"), (None, "en")],
)
def test_speech_language_falls_back_to_english(tag: str | None, language: str) -> None:
    assert speech_language(tag) == language


@pytest.mark.parametrize(
    ("language", "minutes", "spoken"),
    [
        ("en", 1, "1 minute"),
        ("en", 60, "1 hour"),
        ("en", 125, "2 hours and 5 minutes"),
        ("de", 61, "1 Stunde und 1 Minute"),
        ("nl", 120, "2 uur"),
        ("fr", 0, "0 minute"),
        ("es", 90, "1 hora y 30 minutos"),
    ],
)
def test_durations_are_spoken(language: str, minutes: int, spoken: str) -> None:
    assert duration(language, minutes) == spoken


def test_choices_are_joined() -> None:
    assert either("en", ["A", "B", "C"]) == "A, B or C"
    assert say("de", "which_workstation", names=either("de", ["A", "B"])) == (
        "Welchen Arbeitsplatz meinst du: A oder B?"
    )


# The intents ------------------------------------------------------------------------


@pytest.fixture
async def assist(hass: HomeAssistant) -> None:
    """Home Assistant's intent integration, which sets up backcare's intents."""
    assert await async_setup_component(hass, "intent", {})


async def ask(
    hass: HomeAssistant,
    intent_type: str,
    language: str = "en",
    context: Context | None = None,
    **slots: Any,
) -> intent.IntentResponse:
    return await intent.async_handle(
        hass,
        "test",
        intent_type,
        {key: {"value": value} for key, value in slots.items()},
        language=language,
        context=context,
    )


def speech(response: intent.IntentResponse) -> str:
    text: str = response.speech["plain"]["speech"]
    return text


async def sitting_since_nine(day: Day, **options: Any) -> MockConfigEntry:
    """The Office desk: sat down at 09:00, now 10:05."""
    entry = await day.start("09:00", **options)
    await day.set(PRESENCE, "on")
    await day.travel("10:05")
    return entry


def test_intents_have_descriptions_and_slots(hass: HomeAssistant) -> None:
    assert set(INTENTS) == {
        "BackcareGetDay",
        "BackcareStartBreak",
        "BackcareSnooze",
        "BackcareDone",
        "BackcareRaiseDesk",
        "BackcareLowerDesk",
        "BackcareStartRoutine",
        "BackcareStopRoutine",
    }


async def test_intents_are_registered_with_their_slots(
    hass: HomeAssistant, assist: None
) -> None:
    await add_workstation(hass)
    handlers = {
        handler.intent_type: handler
        for handler in intent.async_get(hass)
        if handler.intent_type in INTENTS
    }
    assert set(handlers) == set(INTENTS)
    for intent_type, handler in handlers.items():
        assert handler.description
        slots = {str(key) for key in handler.slot_schema or {}}
        if intent_type in ("BackcareStartBreak", "BackcareSnooze"):
            assert slots == {"name", "minutes"}
        elif intent_type == "BackcareStartRoutine":
            assert slots == {"name", "routine"}
        else:
            assert slots == {"name"}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_get_day_in_each_language(
    hass: HomeAssistant, day: Day, assist: None, language: str
) -> None:
    await sitting_since_nine(day)
    response = await ask(hass, "BackcareGetDay", language)
    assert response.response_type is intent.IntentResponseType.QUERY_ANSWER
    # The figures the sensors show, and the next nudge when there is one.
    assert day.sensor("seated_time_today") == "65.0"
    assert speech(response).startswith(DAY_AT_TEN[language])


async def test_get_day_names_the_next_nudge_and_a_met_goal(
    hass: HomeAssistant, day: Day, assist: None
) -> None:
    await day.start("09:00", standing_goal_minutes=0)
    await day.set(PRESENCE, "on")
    await day.travel("09:10")
    text = speech(await ask(hass, "BackcareGetDay"))
    assert "Standing goal of 0 minutes reached." in text
    assert text.endswith("Next nudge at 09:30.")


async def test_get_day_when_nobody_is_there(
    hass: HomeAssistant, day: Day, assist: None
) -> None:
    await day.start("09:00")
    assert "Nobody is at the desk now." in speech(
        await ask(hass, "BackcareGetDay", name="office DESK")
    )


@pytest.mark.parametrize("language", LANGUAGES)
async def test_start_break_and_snooze_in_each_language(
    hass: HomeAssistant, day: Day, assist: None, language: str
) -> None:
    await sitting_since_nine(day)
    response = await ask(hass, "BackcareStartBreak", language, minutes=10)
    assert speech(response) == say(
        language, "break_started", minutes=duration(language, 10)
    )
    assert day.sensor("breaks_today") == "1"
    assert day.sensor("sitting_bout") == "0.0"
    response = await ask(hass, "BackcareSnooze", language)
    assert speech(response) == say(language, "snoozed", minutes=duration(language, 15))
    assert day.sensor("snoozed_until") == "2026-11-23T09:20:00+00:00"


async def test_done_answers_the_nudge_showing(
    hass: HomeAssistant, day: Day, assist: None
) -> None:
    await day.start("09:00", **STAND_ONLY)
    assert speech(await ask(hass, "BackcareDone", "fr")) == (
        "Il n'y a aucun rappel à traiter pour le moment."
    )
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    assert day.fired() == [("09:30", "stand", 1)]
    assert speech(await ask(hass, "BackcareDone", "nl")) == (
        "Gemarkeerd als gedaan. Goed bezig!"
    )
    assert day.how() == [("stand", "done")]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_start_and_stop_a_routine_in_each_language(
    hass: HomeAssistant, day: Day, assist: None, language: str
) -> None:
    entry = await day.start("09:00")
    steps = async_capture_events(hass, "backcare_routine_step")
    response = await ask(hass, "BackcareStartRoutine", language, routine="mobility")
    assert speech(response) == say(
        language, "routine_started", routine=say(language, "routine_mobility")
    )
    assert [event.data["exercise"] for event in steps] == ["cat_cow"]
    response = await ask(hass, "BackcareStopRoutine", language)
    assert speech(response) == say(language, "routine_stopped")
    assert entry.runtime_data.routine.player.run is None
    response = await ask(hass, "BackcareStopRoutine", language)
    assert speech(response) == say(language, "no_routine")


async def test_an_unknown_routine_is_refused(
    hass: HomeAssistant, day: Day, assist: None
) -> None:
    await day.start("09:00")
    with pytest.raises(intent.InvalidSlotInfo):
        await ask(hass, "BackcareStartRoutine", routine="yoga")


async def test_ask_without_a_routine_asks_which(hass: HomeAssistant, day: Day) -> None:
    await day.start("09:00")
    answer = await hass.services.async_call(
        DOMAIN,
        "ask",
        {"request": "start_routine", "language": "es"},
        blocking=True,
        return_response=True,
    )
    assert answer == {
        "speech": "¿Qué rutina: los estiramientos de la noche, el core de la mañana "
        "o la rutina de movilidad?",
        "error": True,
    }


@pytest.mark.parametrize("language", LANGUAGES)
async def test_raise_and_lower_the_desk_in_each_language(
    hass: HomeAssistant, day: Day, assist: None, language: str
) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    await sitting_since_nine(day, desk_entity="cover.desk")
    response = await ask(hass, "BackcareRaiseDesk", language)
    assert speech(response) == SPEECH[language]["raising"]
    response = await ask(hass, "BackcareLowerDesk", language)
    assert speech(response) == SPEECH[language]["lowering"]
    # The desk's default standing and sitting heights.
    assert [call.data["position"] for call in calls] == [105, 72]


@pytest.mark.parametrize(
    ("setup", "key"),
    [
        ("no desk", "no_desk"),
        ("away", "desk_unoccupied"),
        ("evening", "desk_off_schedule"),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_desk_says_why_it_does_not_move(
    hass: HomeAssistant,
    day: Day,
    assist: None,
    setup: str,
    key: str,
    language: str,
) -> None:
    calls = async_mock_service(hass, "cover", "set_cover_position")
    hass.states.async_set("cover.desk", "open", {"current_position": 20})
    desk = {} if setup == "no desk" else {"desk_entity": "cover.desk"}
    await day.start("09:00", **desk)
    if setup != "away":
        await day.set(PRESENCE, "on")
    if setup == "evening":
        await day.travel("18:30")
    response = await ask(hass, "BackcareRaiseDesk", language)
    assert response.response_type is intent.IntentResponseType.ERROR
    assert speech(response) == say(language, key, workstation="Office desk")
    assert calls == []


async def test_desk_moving_is_said(hass: HomeAssistant, day: Day, assist: None) -> None:
    hass.states.async_set("cover.desk", "opening", {"current_position": 40})
    await day.start("09:00", desk_entity="cover.desk")
    await day.set(PRESENCE, "on")
    assert speech(await ask(hass, "BackcareLowerDesk", "de")) == (
        "Der Schreibtisch bewegt sich schon."
    )


@pytest.mark.parametrize("language", LANGUAGES)
async def test_several_workstations_and_none_named_is_a_question(
    hass: HomeAssistant, day: Day, assist: None, language: str
) -> None:
    await day.start("09:00")
    studio = MockConfigEntry(
        domain=DOMAIN,
        title="Studio",
        options=dict(day.entry.options),  # type: ignore[union-attr]
    )
    studio.add_to_hass(hass)
    assert await hass.config_entries.async_setup(studio.entry_id)
    await hass.async_block_till_done()

    response = await ask(hass, "BackcareSnooze", language)
    assert response.response_type is intent.IntentResponseType.ERROR
    assert speech(response) == say(
        language, "which_workstation", names=either(language, ["Office desk", "Studio"])
    )
    assert day.sensor("snoozed_until") == "unknown"
    # Named, it acts on that one only.
    response = await ask(hass, "BackcareSnooze", language, name="studio")
    assert response.response_type is intent.IntentResponseType.ACTION_DONE
    assert response.success_results[0].id == studio.entry_id
    assert hass.states.get("sensor.studio_snoozed_until").state != "unknown"  # type: ignore[union-attr]
    assert day.sensor("snoozed_until") == "unknown"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_unknown_workstation_is_said(
    hass: HomeAssistant, day: Day, assist: None, language: str
) -> None:
    await day.start("09:00")
    response = await ask(hass, "BackcareStartBreak", language, name="Kitchen")
    assert response.error_code is intent.IntentResponseErrorCode.NO_VALID_TARGETS
    assert speech(response) == say(language, "unknown_workstation", name="Kitchen")
    assert day.sensor("breaks_today") == "0"


async def test_no_workstation_is_said(hass: HomeAssistant, assist: None) -> None:
    assert await async_setup_component(hass, DOMAIN, {})
    response = await ask(hass, "BackcareGetDay", "es")
    assert speech(response) == (
        "No hay ningún puesto de trabajo de backcare configurado."
    )


async def test_slots_are_validated(hass: HomeAssistant, day: Day, assist: None) -> None:
    await day.start("09:00")
    with pytest.raises(intent.InvalidSlotInfo):
        await ask(hass, "BackcareSnooze", minutes=0)
    with pytest.raises(intent.InvalidSlotInfo):
        await ask(hass, "BackcareSnooze", minutes="soon")


async def test_users_need_control_as_for_the_actions(
    hass: HomeAssistant, day: Day, assist: None
) -> None:
    await sitting_since_nine(day)
    reader = user_controlling(
        hass, {"entity_ids": {"sensor.office_desk_posture": True}}
    )
    context = Context(user_id=reader.id)
    response = await ask(hass, "BackcareStartBreak", context=context)
    assert speech(response) == "You are not allowed to control Office desk."
    assert day.sensor("breaks_today") == "0"
    # Reading needs read access to every entity of the workstation.
    response = await ask(hass, "BackcareGetDay", context=context)
    assert response.response_type is intent.IntentResponseType.ERROR
    allowed = user_controlling(hass, {"all": True})
    response = await ask(
        hass, "BackcareStartBreak", context=Context(user_id=allowed.id)
    )
    assert response.response_type is intent.IntentResponseType.ACTION_DONE
    assert day.sensor("breaks_today") == "1"
