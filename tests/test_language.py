"""Nudges in Home Assistant's language, read when each nudge is made."""

from __future__ import annotations

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import async_mock_service

from custom_components.backcare.texts import exercise_words

from .helpers import HEIGHT, PRESENCE, STAND_ONLY, Day


def titles(call) -> list[str]:
    return [action["title"] for action in call.data["data"]["actions"]]


async def test_each_nudge_speaks_the_language_of_its_moment(
    hass: HomeAssistant, day: Day
) -> None:
    calls = async_mock_service(hass, "notify", "mobile_app_phone")
    entry = await day.start(
        "09:00",
        notify_services=["notify.mobile_app_phone"],
        desk_entity="cover.desk",
        **STAND_ONLY,
    )
    notification_id = f"backcare_{entry.entry_id}"
    notifications = persistent_notification._async_get_or_create_notifications(hass)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    first = day.nudges[0].data
    key = first["exercise"]["key"]
    english = exercise_words("en", key)
    assert first["title"] == "Time to stand up"
    assert first["message"].startswith(
        f"You have been sitting for 30 min. Stand up and move for a minute: "
        f"{english.name}. {english.steps[0]}"
    )
    assert first["exercise"]["name"] == english.name
    assert first["exercise"]["steps"] == list(english.steps)
    assert calls[0].data["title"] == "Time to stand up"
    assert titles(calls[0]) == ["Snooze", "Raise desk", "Done"]
    assert notifications[notification_id]["message"].endswith(
        "Answer with **Done** or **Snooze** on the workstation's device page, or with "
        "the buttons on your dashboard."
    )

    # Swiss German: German words from the next nudge on, no restart.
    hass.config.language = "de-CH"
    await day.set(HEIGHT, "110")
    await day.travel("09:34")
    assert day.how() == [("stand", "stood")]
    await day.set(HEIGHT, "70")
    await day.travel("10:05")
    assert day.fired() == [("09:30", "stand", 1), ("10:04", "stand", 1)]
    second = day.nudges[1].data
    # The key stays the same in every language; the rotation moved on.
    assert second["exercise"]["key"] != key
    assert second["exercise"]["key"].startswith("stand_")
    german = exercise_words("de", second["exercise"]["key"])
    assert second["title"] == "Zeit zum Aufstehen"
    assert second["message"].startswith(
        f"Du sitzt seit 30 min. Steh auf und beweg dich eine Minute: {german.name}. "
        f"{german.steps[0]}"
    )
    assert second["exercise"]["name"] == german.name
    assert second["exercise"]["steps"] == list(german.steps)
    assert calls[-1].data["title"] == "Zeit zum Aufstehen"
    assert calls[-1].data["message"] == second["message"]
    assert titles(calls[-1]) == ["Schlummern", "Schreibtisch hochfahren", "Erledigt"]
    shown = notifications[notification_id]
    assert shown["title"] == "Zeit zum Aufstehen"
    assert shown["message"].endswith(
        "Antworte mit **Erledigt** oder **Schlummern** auf der Geräteseite des "
        "Arbeitsplatzes oder mit den Schaltflächen auf deinem Dashboard."
    )
    state = hass.states.get("sensor.office_desk_nudge")
    assert state is not None
    assert state.attributes["exercise"] == second["exercise"]["key"]
    assert state.attributes["exercise_name"] == german.name
    assert state.attributes["steps"] == list(german.steps)


async def test_a_sit_nudge_offers_to_lower_the_desk_in_spanish(
    hass: HomeAssistant, day: Day
) -> None:
    hass.config.language = "es"
    calls = async_mock_service(hass, "notify", "mobile_app_phone")
    await day.start(
        "09:00",
        notify_services=["notify.mobile_app_phone"],
        desk_entity="cover.desk",
        **STAND_ONLY,
    )
    await day.set(HEIGHT, "110")
    await day.set(PRESENCE, "on")
    await day.travel("09:46")
    assert day.fired() == [("09:45", "sit", 1)]
    assert day.nudges[0].data["title"] == "Hora de sentarse o moverse"
    assert day.nudges[0].data["message"].startswith("Llevas 45 min de pie.")
    assert titles(calls[0]) == ["Posponer", "Bajar el escritorio", "Hecho"]


async def test_the_nudge_sensor_follows_a_change_of_language(
    hass: HomeAssistant, day: Day
) -> None:
    await day.start("09:00", **STAND_ONLY)
    await day.set(PRESENCE, "on")
    await day.travel("09:31")
    state = hass.states.get("sensor.office_desk_nudge")
    assert state is not None
    key = state.attributes["exercise"]
    assert state.attributes["exercise_name"] == exercise_words("en", key).name

    await hass.config.async_update(language="fr")
    await hass.async_block_till_done()
    state = hass.states.get("sensor.office_desk_nudge")
    assert state is not None
    french = exercise_words("fr", key)
    assert state.attributes["exercise"] == key
    assert state.attributes["exercise_name"] == french.name
    assert state.attributes["steps"] == list(french.steps)
    # A language backcare does not speak: English.
    await hass.config.async_update(language="pt-BR")
    await hass.async_block_till_done()
    state = hass.states.get("sensor.office_desk_nudge")
    assert state is not None
    assert state.attributes["exercise_name"] == exercise_words("en", key).name
