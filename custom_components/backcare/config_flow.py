"""Flows: add a workstation, reconfigure its sources, set its nudges in the options."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlow,
)
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import entity_registry as er, selector

from .compat import probatio
from .const import (
    CONF_AWAY_GRACE_SECONDS,
    CONF_BREAK_MINUTES,
    CONF_DESK_ENTITY,
    CONF_HEIGHT_ENTITY,
    CONF_HEIGHT_HYSTERESIS,
    CONF_HEIGHT_UNIT,
    CONF_PERSONAL_EXERCISES,
    CONF_PRESENCE_ENTITIES,
    CONF_SLOUCH_ENTITY,
    CONF_SLOUCH_GRACE_SECONDS,
    CONF_SOURCE_LOST_MINUTES,
    CONF_STANDING_ENTITY,
    CONF_STANDING_HEIGHT,
    DOMAIN,
)
from .exercise_options import (
    PICK,
    as_form,
    choose_schema,
    exercise_schema,
    exercises_menu,
    new_exercise,
    personal_of,
    pick_schema,
    store_choice,
    validate_choice,
    validate_exercise,
    validate_removal,
)
from .height import (
    HEIGHT_ENTITY_SELECTOR,
    HeightRange,
    convert_height,
    format_height,
    format_range,
    height_range,
    read_height,
    suggested_threshold,
)
from .nudge_options import (
    apply_preset,
    delivery_schema,
    desk_limits,
    desk_schema,
    flatten_sections,
    number_selector,
    required,
    schedule_schema,
    store_answer,
    timing_schema,
    validate_delivery,
    validate_desk,
    validate_schedule,
    validate_timing,
)
from .options import DEFAULTS, ENTITY_OPTIONS
from .texts import text_language

_PRESENCE_SELECTOR = selector.EntitySelector(
    selector.EntitySelectorConfig(
        domain=ENTITY_OPTIONS[CONF_PRESENCE_ENTITIES][0], multiple=True
    )
)
_STANDING_SELECTOR = selector.EntitySelector(
    selector.EntitySelectorConfig(domain=ENTITY_OPTIONS[CONF_STANDING_ENTITY][0])
)
_SLOUCH_SELECTOR = selector.EntitySelector(
    selector.EntitySelectorConfig(domain=ENTITY_OPTIONS[CONF_SLOUCH_ENTITY][0])
)
# The optional sources: left empty, they are absent from an answer (cleared).
_OPTIONAL_SOURCES = (CONF_HEIGHT_ENTITY, CONF_STANDING_ENTITY, CONF_SLOUCH_ENTITY)


def _optional_source(key: str, defaults: Mapping[str, Any]) -> probatio.Optional:
    """Return an optional source's field, showing the entity chosen so far."""
    return probatio.Optional(key, description={"suggested_value": defaults.get(key)})


def _sources_schema(defaults: Mapping[str, Any]) -> probatio.Schema:
    """Presence, posture and slouch sources and timing: everything but the name."""
    return probatio.Schema(
        {
            probatio.Required(
                CONF_PRESENCE_ENTITIES, default=defaults.get(CONF_PRESENCE_ENTITIES, [])
            ): _PRESENCE_SELECTOR,
            _optional_source(CONF_HEIGHT_ENTITY, defaults): HEIGHT_ENTITY_SELECTOR,
            _optional_source(CONF_STANDING_ENTITY, defaults): _STANDING_SELECTOR,
            required(CONF_AWAY_GRACE_SECONDS, defaults): number_selector(
                CONF_AWAY_GRACE_SECONDS
            ),
            required(CONF_BREAK_MINUTES, defaults): number_selector(CONF_BREAK_MINUTES),
            required(CONF_SOURCE_LOST_MINUTES, defaults): number_selector(
                CONF_SOURCE_LOST_MINUTES
            ),
            _optional_source(CONF_SLOUCH_ENTITY, defaults): _SLOUCH_SELECTOR,
            required(CONF_SLOUCH_GRACE_SECONDS, defaults): number_selector(
                CONF_SLOUCH_GRACE_SECONDS
            ),
        }
    )


def _threshold_in(options: Mapping[str, Any], unit: str) -> dict[str, float]:
    """Return the standing height and hysteresis chosen before, in the entity's `unit`.

    Empty when they cannot be converted (another kind of entity): then the suggestions
    for the entity are shown instead. Without a known unit they are shown as stored.
    """
    chosen = {
        key: float(options[key])
        for key in (CONF_STANDING_HEIGHT, CONF_HEIGHT_HYSTERESIS)
        if key in options
    }
    if (stored := options.get(CONF_HEIGHT_UNIT)) is None:
        return chosen
    converted = {
        key: convert_height(value, stored, unit) for key, value in chosen.items()
    }
    return {
        key: round(value, 3) for key, value in converted.items() if value is not None
    }


def _height_schema(defaults: Mapping[str, Any], limits: HeightRange) -> probatio.Schema:
    threshold, hysteresis = suggested_threshold(limits)
    unit = limits.unit
    number = selector.NumberSelector(
        selector.NumberSelectorConfig(
            step="any", unit_of_measurement=unit, mode=selector.NumberSelectorMode.BOX
        )
    )
    return probatio.Schema(
        {
            probatio.Required(
                CONF_STANDING_HEIGHT,
                default=defaults.get(CONF_STANDING_HEIGHT, threshold),
            ): number,
            probatio.Required(
                CONF_HEIGHT_HYSTERESIS,
                default=defaults.get(CONF_HEIGHT_HYSTERESIS, hysteresis),
            ): number,
        }
    )


def _height_placeholders(
    hass: HomeAssistant, entity_id: str, limits: HeightRange | None
) -> dict[str, str]:
    """Describe a height entity: its name, its reading now and its range, if it has one.

    An entity that reports no number now reads as a dash.
    """
    state = hass.states.get(entity_id)
    return {
        "name": state.name if state is not None else entity_id,
        "current": "\N{EN DASH}"
        if limits is None
        else format_height(limits.current, limits.unit or None),
        "range": "" if limits is None else format_range(limits),
    }


def _entity_known(hass: HomeAssistant, entity_id: str) -> bool:
    return (
        hass.states.get(entity_id) is not None
        or entity_id in er.async_get(hass).entities
    )


def _validate_sources(
    hass: HomeAssistant, user_input: dict[str, Any]
) -> tuple[dict[str, str], HeightRange | None]:
    """Return field errors for the sources step, and the chosen height entity's range."""
    errors: dict[str, str] = {}
    limits: HeightRange | None = None
    presence = user_input.get(CONF_PRESENCE_ENTITIES) or []
    if not presence:
        errors[CONF_PRESENCE_ENTITIES] = "presence_required"
    elif not all(_entity_known(hass, entity_id) for entity_id in presence):
        errors[CONF_PRESENCE_ENTITIES] = "entity_not_found"
    height_entity = user_input.get(CONF_HEIGHT_ENTITY)
    standing_entity = user_input.get(CONF_STANDING_ENTITY)
    if height_entity and standing_entity:
        errors[CONF_STANDING_ENTITY] = "one_posture_source"
    elif height_entity:
        if (state := hass.states.get(height_entity)) is None:
            errors[CONF_HEIGHT_ENTITY] = "entity_not_found"
        elif read_height(state) is None:
            errors[CONF_HEIGHT_ENTITY] = "height_not_numeric"
        elif (limits := height_range(state)) is None:
            errors[CONF_HEIGHT_ENTITY] = "height_no_unit"
    elif standing_entity and not _entity_known(hass, standing_entity):
        errors[CONF_STANDING_ENTITY] = "entity_not_found"
    if slouch_entity := user_input.get(CONF_SLOUCH_ENTITY):
        if slouch_entity in (*presence, height_entity, standing_entity):
            errors[CONF_SLOUCH_ENTITY] = "slouch_is_other_source"
        elif not _entity_known(hass, slouch_entity):
            errors[CONF_SLOUCH_ENTITY] = "entity_not_found"
    return errors, limits


def _validate_height(user_input: dict[str, Any], limits: HeightRange) -> dict[str, str]:
    """Field errors for the height step."""
    threshold = user_input[CONF_STANDING_HEIGHT]
    if (limits.minimum is not None and threshold < limits.minimum) or (
        limits.maximum is not None and threshold > limits.maximum
    ):
        return {CONF_STANDING_HEIGHT: "threshold_out_of_range"}
    if user_input[CONF_HEIGHT_HYSTERESIS] < 0:
        return {CONF_HEIGHT_HYSTERESIS: "hysteresis_negative"}
    return {}


def _without_unused_posture_keys(options: dict[str, Any]) -> dict[str, Any]:
    """Drop keys of a posture or slouch source that is no longer selected."""
    if not options.get(CONF_HEIGHT_ENTITY):
        for key in (
            CONF_HEIGHT_ENTITY,
            CONF_STANDING_HEIGHT,
            CONF_HEIGHT_HYSTERESIS,
            CONF_HEIGHT_UNIT,
        ):
            options.pop(key, None)
    if not options.get(CONF_STANDING_ENTITY):
        options.pop(CONF_STANDING_ENTITY, None)
    if not options.get(CONF_SLOUCH_ENTITY):
        options.pop(CONF_SLOUCH_ENTITY, None)
        options.pop(CONF_SLOUCH_GRACE_SECONDS, None)
    return options


class BackcareConfigFlow(ConfigFlow, domain=DOMAIN):
    """Add a workstation, or change its sources."""

    VERSION = 1
    MINOR_VERSION = 3

    def __init__(self) -> None:
        """Start with nothing chosen."""
        self._options: dict[str, Any] = {}
        self._name = ""
        self._limits: HeightRange | None = None

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: Any) -> BackcareOptionsFlow:
        """Return the flow that changes the nudges; reconfiguring changes the sources."""
        return BackcareOptionsFlow()

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Name the workstation and choose its sources."""
        errors: dict[str, str] = {}
        if user_input is not None:
            name = user_input[CONF_NAME].strip()
            sources = {
                key: value for key, value in user_input.items() if key != CONF_NAME
            }
            errors, self._limits = _validate_sources(self.hass, sources)
            if not name:
                errors[CONF_NAME] = "name_required"
            elif any(
                entry.title.casefold() == name.casefold()
                for entry in self._async_current_entries(include_ignore=False)
            ):
                errors[CONF_NAME] = "name_exists"
            if not errors:
                self._name = name
                self._options = _without_unused_posture_keys(sources)
                return await self._async_height_or_finish()
        schema = probatio.Schema(
            {
                probatio.Required(
                    CONF_NAME, default=(user_input or {}).get(CONF_NAME, "")
                ): str
            }
        ).extend(_sources_schema(user_input or {}).schema)
        return self.async_show_form(step_id="user", data_schema=schema, errors=errors)

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose the sources again; the nudge options stay as they are."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            errors, self._limits = _validate_sources(self.hass, user_input)
            if not errors:
                # An optional source left empty is absent from user_input: it was cleared.
                kept = {
                    key: value
                    for key, value in entry.options.items()
                    if key not in _OPTIONAL_SOURCES
                }
                self._options = _without_unused_posture_keys({**kept, **user_input})
                return await self._async_height_or_finish()
        defaults = user_input if user_input is not None else entry.options
        return self.async_show_form(
            step_id="reconfigure", data_schema=_sources_schema(defaults), errors=errors
        )

    async def async_step_height(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Set the standing height in the height entity's unit, which is stored with it."""
        limits = self._limits
        assert limits is not None  # set by the sources step
        errors: dict[str, str] = {}
        if user_input is not None:
            errors = _validate_height(user_input, limits)
            if not errors:
                self._options.update(user_input)
                self._options[CONF_HEIGHT_UNIT] = limits.unit
                return self._async_finish()
        return self.async_show_form(
            step_id="height",
            data_schema=_height_schema(
                user_input or _threshold_in(self._options, limits.unit), limits
            ),
            errors=errors,
            description_placeholders=_height_placeholders(
                self.hass, self._options[CONF_HEIGHT_ENTITY], limits
            ),
        )

    async def _async_height_or_finish(self) -> ConfigFlowResult:
        """Ask for the standing height when a height entity was chosen."""
        if self._limits is not None:
            return await self.async_step_height()
        return self._async_finish()

    def _async_finish(self) -> ConfigFlowResult:
        """Create the workstation, or update the one reconfigured.

        The workstation takes the new options in place: today's totals carry on.
        """
        if self.source == SOURCE_RECONFIGURE:
            return self.async_update_and_abort(
                self._get_reconfigure_entry(),
                options=self._options,
                # backcare's own message, which says that today's totals are kept.
                reason="reconfigure_successful",
            )
        return self.async_create_entry(title=self._name, data={}, options=self._options)


class BackcareOptionsFlow(OptionsFlow):
    """Change the nudges or the exercises of a workstation; it takes them in place."""

    _options: dict[str, Any]
    _desk: HeightRange | None
    _editing: str

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Start from the workstation's options: the nudges, or the exercises."""
        self._options = dict(self.config_entry.options)
        return self.async_show_menu(
            step_id="init", menu_options=["timing", "exercises"]
        )

    async def async_step_timing(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose a preset and the limits; each other nudge has a collapsed section."""
        errors: dict[str, str] = {}
        values = self._options
        if user_input is not None:
            answer = flatten_sections(user_input)
            preset_chosen = apply_preset(self._options, answer)
            values = {**self._options, **answer}
            if preset_chosen:
                # Show the preset's numbers, so they can be edited before going on.
                self._options = values
            elif not (errors := validate_timing({**DEFAULTS, **values})):
                self._options = values
                return await self.async_step_schedule()
        return self.async_show_form(
            step_id="timing", data_schema=timing_schema(values), errors=errors
        )

    async def async_step_schedule(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose when stand and move nudges may fire."""
        errors: dict[str, str] = {}
        if user_input is not None and not (
            errors := validate_schedule(self.hass, user_input)
        ):
            store_answer(self._options, "schedule", user_input)
            return await self.async_step_delivery()
        return self.async_show_form(
            step_id="schedule",
            data_schema=schedule_schema(user_input or self._options),
            errors=errors,
        )

    async def async_step_delivery(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose where nudges are shown and the desk; its heights come next."""
        errors: dict[str, str] = {}
        if user_input is not None and not (
            errors := validate_delivery(self.hass, user_input)
        ):
            store_answer(self._options, "delivery", user_input)
            if desk := self._options.get(CONF_DESK_ENTITY):
                self._desk = desk_limits(self.hass.states.get(desk))
                return await self.async_step_desk()
            return self.async_create_entry(data=self._options)
        return self.async_show_form(
            step_id="delivery",
            data_schema=delivery_schema(self.hass, user_input or self._options),
            errors=errors,
        )

    async def async_step_desk(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose the heights the desk is moved to, in its own unit."""
        errors: dict[str, str] = {}
        if user_input is not None and not (
            errors := validate_desk(user_input, self._desk)
        ):
            self._options.update(user_input)
            return self.async_create_entry(data=self._options)
        return self.async_show_form(
            step_id="desk",
            data_schema=desk_schema(user_input or self._options, self._desk),
            errors=errors,
            description_placeholders=_height_placeholders(
                self.hass, self._options[CONF_DESK_ENTITY], self._desk
            ),
        )

    # Exercises -----------------------------------------------------------------

    async def async_step_exercises(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Offer what can be done with the exercises; nothing is kept until saved."""
        return self.async_show_menu(
            step_id="exercises", menu_options=exercises_menu(self._options)
        )

    async def async_step_choose_exercises(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose the focus and which built-in exercises each nudge may suggest."""
        errors: dict[str, str] = {}
        if user_input is not None and not (
            errors := validate_choice(self._options, user_input)
        ):
            store_choice(self._options, user_input)
            return await self.async_step_exercises()
        return self.async_show_form(
            step_id="choose_exercises",
            data_schema=choose_schema(user_input or self._options),
            errors=errors,
        )

    async def async_step_add_exercise(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Add a personal exercise, in your own words."""
        errors: dict[str, str] = {}
        if user_input is not None and not (
            errors := validate_exercise(self._language, self._options, user_input)
        ):
            self._options[CONF_PERSONAL_EXERCISES] = [
                *personal_of(self._options),
                new_exercise(user_input),
            ]
            return await self.async_step_exercises()
        return self.async_show_form(
            step_id="add_exercise",
            data_schema=exercise_schema(user_input or {}),
            errors=errors,
        )

    async def async_step_edit_exercise(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Pick the personal exercise to change."""
        if user_input is not None:
            self._editing = user_input[PICK]
            return await self.async_step_change_exercise()
        return self.async_show_form(
            step_id="edit_exercise",
            data_schema=pick_schema(self._options, multiple=False),
        )

    async def async_step_change_exercise(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the personal exercise picked; it keeps its place in the rotation."""
        errors: dict[str, str] = {}
        if user_input is not None and not (
            errors := validate_exercise(
                self._language, self._options, user_input, editing=self._editing
            )
        ):
            self._options[CONF_PERSONAL_EXERCISES] = [
                new_exercise(user_input, self._editing)
                if item["key"] == self._editing
                else item
                for item in personal_of(self._options)
            ]
            return await self.async_step_exercises()
        stored = next(
            item for item in personal_of(self._options) if item["key"] == self._editing
        )
        return self.async_show_form(
            step_id="change_exercise",
            data_schema=exercise_schema(user_input or as_form(stored)),
            errors=errors,
            description_placeholders={"name": stored["name"]},
        )

    async def async_step_remove_exercise(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Remove personal exercises."""
        errors: dict[str, str] = {}
        if user_input is not None and not (
            errors := validate_removal(self._options, user_input[PICK])
        ):
            self._options[CONF_PERSONAL_EXERCISES] = [
                item
                for item in personal_of(self._options)
                if item["key"] not in user_input[PICK]
            ]
            return await self.async_step_exercises()
        return self.async_show_form(
            step_id="remove_exercise",
            data_schema=pick_schema(self._options, multiple=True),
            errors=errors,
        )

    async def async_step_save_exercises(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Keep the exercises chosen; the workstation takes them in place."""
        return self.async_create_entry(data=self._options)

    @property
    def _language(self) -> str:
        """The language nudges speak: built-in names in it are taken."""
        return text_language(self.hass.config.language)
