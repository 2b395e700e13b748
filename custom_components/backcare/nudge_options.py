"""The nudge steps of the options flow: timing, schedule and delivery, with their checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import selector

from .compat import probatio
from .const import (
    CONF_ACTIVE_DAYS,
    CONF_ACTIVE_END,
    CONF_ACTIVE_START,
    CONF_AUTO_RAISE,
    CONF_AUTO_RAISE_LEVEL,
    CONF_CALENDAR_ENTITIES,
    CONF_CORE_ENABLED,
    CONF_CORE_END,
    CONF_CORE_START,
    CONF_DESK_ENTITY,
    CONF_DESK_SIT_BUTTON,
    CONF_DESK_SIT_HEIGHT,
    CONF_DESK_STAND_BUTTON,
    CONF_DESK_STAND_HEIGHT,
    CONF_DND_ENTITIES,
    CONF_GOAL_PROGRESSION,
    CONF_MOVE_INTERVAL_MINUTES,
    CONF_NOTIFY_HOME_ASSISTANT,
    CONF_NOTIFY_SERVICES,
    CONF_PREMEETING_MINUTES,
    CONF_PRESET,
    CONF_REPEAT_MINUTES,
    CONF_SIT_LIMIT_MINUTES,
    CONF_STANDING_GOAL_MAX_MINUTES,
    CONF_STANDING_GOAL_MINUTES,
    CONF_STRETCH_MIN_SEATED_MINUTES,
    CONF_STRETCH_TIME,
    CONF_WORKDAY_ENTITY,
    PRESET_CUSTOM,
    PRESETS,
    WEEKDAYS,
)
from .options import DEFAULTS, NUMBERS, parse_time

# The notify actions of the companion apps.
PHONE_PREFIX = "mobile_app_"

# Keys of optional entities: absent from the form's answer when cleared.
OPTIONAL_ENTITY_KEYS = (
    CONF_WORKDAY_ENTITY,
    CONF_DESK_ENTITY,
    CONF_DESK_STAND_BUTTON,
    CONF_DESK_SIT_BUTTON,
)


def number_selector(key: str) -> selector.NumberSelector:
    """Return the box for a number option, with its unit and range from the table."""
    number = NUMBERS[key]
    return selector.NumberSelector(
        selector.NumberSelectorConfig(
            min=number.minimum,
            max=number.maximum,
            step=1,
            unit_of_measurement=number.unit,
            mode=selector.NumberSelectorMode.BOX,
        )
    )


def required(key: str, values: Mapping[str, Any]) -> probatio.Required:
    """Return a required field, filled in with the value so far or the default."""
    return probatio.Required(key, default=values.get(key, DEFAULTS[key]))


def _optional_entity(key: str, values: Mapping[str, Any]) -> probatio.Optional:
    return probatio.Optional(key, description={"suggested_value": values.get(key)})


def timing_schema(values: Mapping[str, Any]) -> probatio.Schema:
    """Return the form for what fires when."""
    return probatio.Schema(
        {
            required(CONF_PRESET, values): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=[*PRESETS, PRESET_CUSTOM], translation_key=CONF_PRESET
                )
            ),
            required(CONF_SIT_LIMIT_MINUTES, values): number_selector(
                CONF_SIT_LIMIT_MINUTES
            ),
            required(CONF_MOVE_INTERVAL_MINUTES, values): number_selector(
                CONF_MOVE_INTERVAL_MINUTES
            ),
            required(CONF_REPEAT_MINUTES, values): number_selector(CONF_REPEAT_MINUTES),
            required(CONF_STRETCH_TIME, values): selector.TimeSelector(),
            required(CONF_STRETCH_MIN_SEATED_MINUTES, values): number_selector(
                CONF_STRETCH_MIN_SEATED_MINUTES
            ),
            required(CONF_CORE_ENABLED, values): selector.BooleanSelector(),
            required(CONF_CORE_START, values): selector.TimeSelector(),
            required(CONF_CORE_END, values): selector.TimeSelector(),
            required(CONF_STANDING_GOAL_MINUTES, values): number_selector(
                CONF_STANDING_GOAL_MINUTES
            ),
            required(CONF_GOAL_PROGRESSION, values): selector.BooleanSelector(),
            required(CONF_STANDING_GOAL_MAX_MINUTES, values): number_selector(
                CONF_STANDING_GOAL_MAX_MINUTES
            ),
        }
    )


def schedule_schema(values: Mapping[str, Any]) -> probatio.Schema:
    """Return the form for when stand and move nudges may fire."""
    return probatio.Schema(
        {
            required(CONF_ACTIVE_DAYS, values): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=WEEKDAYS, multiple=True, translation_key="weekday"
                )
            ),
            _optional_entity(CONF_WORKDAY_ENTITY, values): selector.EntitySelector(
                selector.EntitySelectorConfig(domain="binary_sensor")
            ),
            required(CONF_ACTIVE_START, values): selector.TimeSelector(),
            required(CONF_ACTIVE_END, values): selector.TimeSelector(),
            required(CONF_DND_ENTITIES, values): selector.EntitySelector(
                selector.EntitySelectorConfig(
                    domain=["binary_sensor", "input_boolean"], multiple=True
                )
            ),
            required(CONF_CALENDAR_ENTITIES, values): selector.EntitySelector(
                selector.EntitySelectorConfig(domain="calendar", multiple=True)
            ),
            required(CONF_PREMEETING_MINUTES, values): number_selector(
                CONF_PREMEETING_MINUTES
            ),
        }
    )


def delivery_schema(hass: HomeAssistant, values: Mapping[str, Any]) -> probatio.Schema:
    """Return the form for phone notifications and the desk."""
    # Companion apps only: their notifications take the buttons and clear by tag.
    phones = sorted(
        {
            *(
                service
                for service in hass.services.async_services_for_domain("notify")
                if service.startswith(PHONE_PREFIX)
            ),
            *values.get(CONF_NOTIFY_SERVICES, []),
        }
    )
    height = selector.NumberSelector(
        selector.NumberSelectorConfig(step="any", mode=selector.NumberSelectorMode.BOX)
    )
    return probatio.Schema(
        {
            required(CONF_NOTIFY_HOME_ASSISTANT, values): selector.BooleanSelector(),
            required(CONF_NOTIFY_SERVICES, values): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=phones, multiple=True, custom_value=True
                )
            ),
            _optional_entity(CONF_DESK_ENTITY, values): selector.EntitySelector(
                selector.EntitySelectorConfig(
                    domain=["cover", "number", "input_number"]
                )
            ),
            _optional_entity(CONF_DESK_STAND_BUTTON, values): selector.EntitySelector(
                selector.EntitySelectorConfig(domain=["button", "input_button"])
            ),
            _optional_entity(CONF_DESK_SIT_BUTTON, values): selector.EntitySelector(
                selector.EntitySelectorConfig(domain=["button", "input_button"])
            ),
            required(CONF_DESK_STAND_HEIGHT, values): height,
            required(CONF_DESK_SIT_HEIGHT, values): height,
            required(CONF_AUTO_RAISE, values): selector.BooleanSelector(),
            required(CONF_AUTO_RAISE_LEVEL, values): selector.NumberSelector(
                selector.NumberSelectorConfig(
                    min=1, max=3, step=1, mode=selector.NumberSelectorMode.SLIDER
                )
            ),
        }
    )


def apply_preset(previous: Mapping[str, Any], user_input: dict[str, Any]) -> bool:
    """Fill in a newly chosen preset's numbers; return True when that happened.

    A preset is a starting point: numbers edited away from it make the preset custom.
    """
    preset = user_input[CONF_PRESET]
    if preset == PRESET_CUSTOM:
        return False
    numbers = PRESETS[preset]
    if preset != previous.get(CONF_PRESET, DEFAULTS[CONF_PRESET]):
        user_input[CONF_SIT_LIMIT_MINUTES], user_input[CONF_MOVE_INTERVAL_MINUTES] = (
            numbers
        )
        return True
    if (
        user_input[CONF_SIT_LIMIT_MINUTES],
        user_input[CONF_MOVE_INTERVAL_MINUTES],
    ) != numbers:
        user_input[CONF_PRESET] = PRESET_CUSTOM
    return False


def validate_timing(user_input: Mapping[str, Any]) -> dict[str, str]:
    """Return field errors of the timing step."""
    if parse_time(user_input[CONF_CORE_START]) >= parse_time(user_input[CONF_CORE_END]):
        return {CONF_CORE_END: "end_before_start"}
    if (
        user_input[CONF_STANDING_GOAL_MAX_MINUTES]
        < user_input[CONF_STANDING_GOAL_MINUTES]
    ):
        return {CONF_STANDING_GOAL_MAX_MINUTES: "goal_max_below_goal"}
    return {}


def validate_schedule(
    hass: HomeAssistant, user_input: Mapping[str, Any]
) -> dict[str, str]:
    """Return field errors of the schedule step."""
    if parse_time(user_input[CONF_ACTIVE_START]) >= parse_time(
        user_input[CONF_ACTIVE_END]
    ):
        return {CONF_ACTIVE_END: "end_before_start"}
    if not user_input[CONF_ACTIVE_DAYS] and not user_input.get(CONF_WORKDAY_ENTITY):
        return {CONF_ACTIVE_DAYS: "no_active_days"}
    for key in (CONF_DND_ENTITIES, CONF_CALENDAR_ENTITIES):
        if any(hass.states.get(entity_id) is None for entity_id in user_input[key]):
            return {key: "entity_not_found"}
    return {}


def validate_delivery(
    hass: HomeAssistant, user_input: Mapping[str, Any]
) -> dict[str, str]:
    """Return field errors of the delivery step."""
    for service in user_input[CONF_NOTIFY_SERVICES]:
        name = service.removeprefix("notify.")
        if not name.startswith(PHONE_PREFIX):
            return {CONF_NOTIFY_SERVICES: "notify_service_not_phone"}
        if not hass.services.has_service("notify", name):
            return {CONF_NOTIFY_SERVICES: "notify_service_unknown"}
    for key in (CONF_DESK_ENTITY, CONF_DESK_STAND_BUTTON, CONF_DESK_SIT_BUTTON):
        if (entity_id := user_input.get(key)) and hass.states.get(entity_id) is None:
            return {key: "entity_not_found"}
    desk = user_input.get(CONF_DESK_ENTITY)
    if desk and desk.startswith("cover."):
        for key in (CONF_DESK_STAND_HEIGHT, CONF_DESK_SIT_HEIGHT):
            if not 0 <= user_input[key] <= 100:
                return {key: "cover_position_out_of_range"}
    if user_input[CONF_DESK_SIT_HEIGHT] >= user_input[CONF_DESK_STAND_HEIGHT]:
        return {CONF_DESK_SIT_HEIGHT: "sit_above_stand"}
    return {}
