"""The nudge steps of the options flow: timing, schedule and delivery, with their checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from homeassistant.core import HomeAssistant, State
from homeassistant.data_entry_flow import section
from homeassistant.helpers import selector

from .compat import probatio
from .const import (
    CONF_ACTIVE_DAYS,
    CONF_ACTIVE_END,
    CONF_ACTIVE_START,
    CONF_AUTO_LOWER,
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
    CONF_POSTURE_CUE_GAP_MINUTES,
    CONF_POSTURE_CUE_NOTIFY,
    CONF_PREMEETING_MINUTES,
    CONF_PRESET,
    CONF_REPEAT_MINUTES,
    CONF_SIT_LIMIT_MINUTES,
    CONF_SLOUCH_ENTITY,
    CONF_SLOUCH_LIMIT_SECONDS,
    CONF_STAND_LIMIT_MINUTES,
    CONF_STANDING_GOAL_MAX_MINUTES,
    CONF_STANDING_GOAL_MINUTES,
    CONF_STRETCH_MIN_SEATED_MINUTES,
    CONF_STRETCH_TIME,
    CONF_WORKDAY_ENTITY,
    PRESET_CUSTOM,
    PRESETS,
    WEEKDAYS,
)
from .height import HeightRange, height_range, read_height
from .options import DEFAULTS, ENTITY_OPTIONS, NUMBERS, parse_time

# The notify actions of the companion apps.
PHONE_PREFIX = "mobile_app_"

# The timing step's collapsible sections. They nest the form's answer; the options are
# stored flat, as before there were sections.
SECTION_STRETCH: Final = "evening_stretch"
SECTION_CORE: Final = "morning_core"
SECTION_GOAL: Final = "standing_goal"
SECTION_POSTURE_CUE: Final = "posture_cue"
TIMING_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    SECTION_STRETCH: (CONF_STRETCH_TIME, CONF_STRETCH_MIN_SEATED_MINUTES),
    SECTION_CORE: (CONF_CORE_ENABLED, CONF_CORE_START, CONF_CORE_END),
    SECTION_GOAL: (
        CONF_STANDING_GOAL_MINUTES,
        CONF_GOAL_PROGRESSION,
        CONF_STANDING_GOAL_MAX_MINUTES,
    ),
    # Shown only with a slouch source (chosen with the other sources).
    SECTION_POSTURE_CUE: (
        CONF_SLOUCH_LIMIT_SECONDS,
        CONF_POSTURE_CUE_GAP_MINUTES,
        CONF_POSTURE_CUE_NOTIFY,
    ),
}
# The timing fields shown above the sections.
_TIMING_FIELDS = (
    CONF_PRESET,
    CONF_SIT_LIMIT_MINUTES,
    CONF_MOVE_INTERVAL_MINUTES,
    CONF_STAND_LIMIT_MINUTES,
    CONF_REPEAT_MINUTES,
)
# The numbers a preset sets, in the order of PRESETS' tuples.
PRESET_KEYS = (
    CONF_SIT_LIMIT_MINUTES,
    CONF_MOVE_INTERVAL_MINUTES,
    CONF_STAND_LIMIT_MINUTES,
)

# The optional fields of each step, absent from its answer when left empty, and what an
# empty one is stored as (None: not stored).
OPTIONAL_FIELDS: Final[dict[str, dict[str, list[str] | None]]] = {
    "schedule": {
        CONF_WORKDAY_ENTITY: None,
        CONF_DND_ENTITIES: [],
        CONF_CALENDAR_ENTITIES: [],
    },
    "delivery": {
        CONF_NOTIFY_SERVICES: [],
        CONF_DESK_ENTITY: None,
        CONF_DESK_STAND_BUTTON: None,
        CONF_DESK_SIT_BUTTON: None,
    },
}


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


def _optional(key: str, values: Mapping[str, Any]) -> probatio.Optional:
    """Return an optional field (no `*`), showing the value so far."""
    return probatio.Optional(key, description={"suggested_value": values.get(key)})


def store_answer(options: dict[str, Any], step: str, answer: Mapping[str, Any]) -> None:
    """Store a step's answer in `options`; an optional field missing from it was emptied."""
    for key, empty in OPTIONAL_FIELDS.get(step, {}).items():
        if key in answer:
            continue
        if empty is None:
            options.pop(key, None)
        else:
            options[key] = list(empty)
    options.update(answer)


def _timing_selector(key: str) -> selector.Selector[Any]:
    if key == CONF_PRESET:
        return selector.SelectSelector(
            selector.SelectSelectorConfig(
                options=[*PRESETS, PRESET_CUSTOM], translation_key=CONF_PRESET
            )
        )
    if key in NUMBERS:
        return number_selector(key)
    if key in (CONF_CORE_ENABLED, CONF_GOAL_PROGRESSION, CONF_POSTURE_CUE_NOTIFY):
        return selector.BooleanSelector()
    # Home Assistant's time selector cannot leave out the seconds (2026.3 to 2026.10).
    return selector.TimeSelector()


def timing_schema(values: Mapping[str, Any]) -> probatio.Schema:
    """Return the form for what fires when: the limits, then a section per nudge.

    A section left out of an answer keeps its options as they are. The posture cue's
    is shown only with a slouch source.
    """
    fields: dict[Any, Any] = {
        required(key, values): _timing_selector(key) for key in _TIMING_FIELDS
    }
    for name, keys in TIMING_SECTIONS.items():
        if name == SECTION_POSTURE_CUE and not values.get(CONF_SLOUCH_ENTITY):
            continue
        fields[probatio.Optional(name)] = section(
            probatio.Schema(
                {required(key, values): _timing_selector(key) for key in keys}
            ),
            {"collapsed": True},
        )
    return probatio.Schema(fields)


def flatten_sections(answer: Mapping[str, Any]) -> dict[str, Any]:
    """Return the timing step's answer with the sections' fields at the top, as stored."""
    flat: dict[str, Any] = {}
    for key, value in answer.items():
        if key in TIMING_SECTIONS:
            flat.update(value)
        else:
            flat[key] = value
    return flat


def schedule_schema(values: Mapping[str, Any]) -> probatio.Schema:
    """Return the form for when stand and move nudges may fire."""
    return probatio.Schema(
        {
            required(CONF_ACTIVE_DAYS, values): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=WEEKDAYS, multiple=True, translation_key="weekday"
                )
            ),
            _optional(CONF_WORKDAY_ENTITY, values): selector.EntitySelector(
                selector.EntitySelectorConfig(
                    domain=ENTITY_OPTIONS[CONF_WORKDAY_ENTITY][0]
                )
            ),
            required(CONF_ACTIVE_START, values): selector.TimeSelector(),
            required(CONF_ACTIVE_END, values): selector.TimeSelector(),
            _optional(CONF_DND_ENTITIES, values): selector.EntitySelector(
                selector.EntitySelectorConfig(
                    domain=ENTITY_OPTIONS[CONF_DND_ENTITIES][0], multiple=True
                )
            ),
            _optional(CONF_CALENDAR_ENTITIES, values): selector.EntitySelector(
                selector.EntitySelectorConfig(
                    domain=ENTITY_OPTIONS[CONF_CALENDAR_ENTITIES][0], multiple=True
                )
            ),
            required(CONF_PREMEETING_MINUTES, values): number_selector(
                CONF_PREMEETING_MINUTES
            ),
        }
    )


def delivery_schema(hass: HomeAssistant, values: Mapping[str, Any]) -> probatio.Schema:
    """Return the form for notifications and the desk; its heights come next, with a desk."""
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
    button = selector.EntitySelector(
        selector.EntitySelectorConfig(domain=ENTITY_OPTIONS[CONF_DESK_STAND_BUTTON][0])
    )
    return probatio.Schema(
        {
            required(CONF_NOTIFY_HOME_ASSISTANT, values): selector.BooleanSelector(),
            _optional(CONF_NOTIFY_SERVICES, values): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=phones, multiple=True, custom_value=True
                )
            ),
            _optional(CONF_DESK_ENTITY, values): selector.EntitySelector(
                selector.EntitySelectorConfig(
                    domain=ENTITY_OPTIONS[CONF_DESK_ENTITY][0]
                )
            ),
            _optional(CONF_DESK_STAND_BUTTON, values): button,
            _optional(CONF_DESK_SIT_BUTTON, values): button,
            required(CONF_AUTO_RAISE, values): selector.BooleanSelector(),
            required(CONF_AUTO_LOWER, values): selector.BooleanSelector(),
            required(CONF_AUTO_RAISE_LEVEL, values): selector.NumberSelector(
                selector.NumberSelectorConfig(
                    min=1, max=3, step=1, mode=selector.NumberSelectorMode.SLIDER
                )
            ),
        }
    )


def desk_limits(state: State | None) -> HeightRange | None:
    """Return the desk's unit, position and range; None when it reports no number."""
    if state is None:
        return None
    if (limits := height_range(state)) is not None:
        return limits
    # A number without a unit still moves to a value.
    if (current := read_height(state)) is None:
        return None
    return HeightRange("", current, None, None)


def _desk_suggestions(
    values: Mapping[str, Any], limits: HeightRange | None
) -> tuple[float, float]:
    """Suggest the heights so far (or the defaults), within the desk's range if any."""
    stand, sit = (
        values.get(key, DEFAULTS[key])
        for key in (CONF_DESK_STAND_HEIGHT, CONF_DESK_SIT_HEIGHT)
    )
    heights = (float(stand), float(sit))
    if limits is None or limits.minimum is None or limits.maximum is None:
        return heights
    low, high = limits.minimum, limits.maximum
    if all(low <= height <= high for height in heights):
        return heights
    # Say a cover's 75 % and 25 %: three quarters up to stand, one quarter to sit.
    return round(low + (high - low) * 0.75, 1), round(low + (high - low) * 0.25, 1)


def desk_schema(
    values: Mapping[str, Any], limits: HeightRange | None
) -> probatio.Schema:
    """Return the form for the heights the desk is moved to, in the desk's unit."""
    stand, sit = _desk_suggestions(values, limits)
    config = selector.NumberSelectorConfig(
        step="any", mode=selector.NumberSelectorMode.BOX
    )
    if limits is not None and limits.unit:
        config["unit_of_measurement"] = limits.unit
    height = selector.NumberSelector(config)
    return probatio.Schema(
        {
            probatio.Required(CONF_DESK_STAND_HEIGHT, default=stand): height,
            probatio.Required(CONF_DESK_SIT_HEIGHT, default=sit): height,
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
        user_input.update(zip(PRESET_KEYS, numbers, strict=True))
        return True
    if tuple(user_input[key] for key in PRESET_KEYS) != numbers:
        user_input[CONF_PRESET] = PRESET_CUSTOM
    return False


def validate_timing(values: Mapping[str, Any]) -> dict[str, str]:
    """Return errors of the timing step, by section: their fields show no errors.

    `values` are all the options with the answer: a section left out keeps its own.
    The morning window and the largest goal are checked only when they are used.
    """
    if values[CONF_CORE_ENABLED] and parse_time(values[CONF_CORE_START]) >= parse_time(
        values[CONF_CORE_END]
    ):
        return {SECTION_CORE: "end_before_start"}
    if (
        values[CONF_GOAL_PROGRESSION]
        and values[CONF_STANDING_GOAL_MAX_MINUTES] < values[CONF_STANDING_GOAL_MINUTES]
    ):
        return {SECTION_GOAL: "goal_max_below_goal"}
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
        if any(
            hass.states.get(entity_id) is None for entity_id in user_input.get(key, [])
        ):
            return {key: "entity_not_found"}
    return {}


def validate_delivery(
    hass: HomeAssistant, user_input: Mapping[str, Any]
) -> dict[str, str]:
    """Return field errors of the delivery step."""
    for service in user_input.get(CONF_NOTIFY_SERVICES, []):
        name = service.removeprefix("notify.")
        if not name.startswith(PHONE_PREFIX):
            return {CONF_NOTIFY_SERVICES: "notify_service_not_phone"}
        if not hass.services.has_service("notify", name):
            return {CONF_NOTIFY_SERVICES: "notify_service_unknown"}
    for key in (CONF_DESK_ENTITY, CONF_DESK_STAND_BUTTON, CONF_DESK_SIT_BUTTON):
        if (entity_id := user_input.get(key)) and hass.states.get(entity_id) is None:
            return {key: "entity_not_found"}
    return {}


def validate_desk(
    user_input: Mapping[str, Any], limits: HeightRange | None
) -> dict[str, str]:
    """Return field errors of the desk heights: within the desk's range, sitting lower."""
    for key in (CONF_DESK_STAND_HEIGHT, CONF_DESK_SIT_HEIGHT):
        height = user_input[key]
        if limits is not None and (
            (limits.minimum is not None and height < limits.minimum)
            or (limits.maximum is not None and height > limits.maximum)
        ):
            return {key: "desk_height_out_of_range"}
    if user_input[CONF_DESK_SIT_HEIGHT] >= user_input[CONF_DESK_STAND_HEIGHT]:
        return {CONF_DESK_SIT_HEIGHT: "sit_above_stand"}
    return {}
