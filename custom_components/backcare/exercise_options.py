"""The exercise steps of the options flow: built-ins per kind, focus, personal exercises.

The forms and their checks; the rules of a personal exercise are the engine's.
"""

from __future__ import annotations

from collections.abc import Mapping
import secrets
from typing import Any, Final

from homeassistant.helpers import selector

from .compat import probatio
from .const import CONF_BUILTIN_EXERCISES, CONF_FOCUS, CONF_PERSONAL_EXERCISES
from .engine.exercises import EXERCISES, NudgeKind, nudge_exercises
from .engine.focus import Focus
from .engine.menu import TAILORED_KINDS, kinds_without_exercises
from .engine.personal import PersonalExercise, problems, split_steps
from .options import DEFAULTS
from .texts import exercise_words

# The fields of a personal exercise.
NAME: Final = "name"
KIND: Final = "kind"
STEPS: Final = "steps"
DURATION: Final = "duration_seconds"
IMAGE: Final = "image"
# The field that picks personal exercises to edit or remove.
PICK: Final = "exercise"
# The exercises' menu; editing and removing are offered once there are personal ones.
MENU_EXERCISES: Final = (
    "choose_exercises",
    "add_exercise",
    "edit_exercise",
    "remove_exercise",
    "save_exercises",
)
_NEEDS_PERSONAL: Final = ("edit_exercise", "remove_exercise")
# A new personal exercise is suggested at a minute until changed.
DEFAULT_DURATION_SECONDS: Final = 60


def kind_field(kind: NudgeKind) -> str:
    """Return the field that chooses the built-ins of `kind`."""
    return f"{kind.value}_exercises"


def builtin_keys(kind: NudgeKind) -> list[str]:
    """Return the built-in exercises of `kind`, in catalogue order."""
    return [exercise.key for exercise in nudge_exercises(kind)]


def personal_of(options: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return the personal exercises stored in `options`."""
    return list(options.get(CONF_PERSONAL_EXERCISES, []))


def _chosen(options: Mapping[str, Any], kind: NudgeKind) -> list[str]:
    """Return the built-ins `kind` may suggest: all of them unless chosen otherwise."""
    return list(
        options.get(CONF_BUILTIN_EXERCISES, {}).get(kind.value, builtin_keys(kind))
    )


def choose_schema(values: Mapping[str, Any]) -> probatio.Schema:
    """Return the form for the focus and the built-ins each kind may suggest."""
    fields: dict[Any, Any] = {
        probatio.Required(
            CONF_FOCUS, default=values.get(CONF_FOCUS, DEFAULTS[CONF_FOCUS])
        ): selector.SelectSelector(
            selector.SelectSelectorConfig(
                options=[focus.value for focus in Focus], translation_key=CONF_FOCUS
            )
        )
    }
    for kind in TAILORED_KINDS:
        field = kind_field(kind)
        fields[
            probatio.Optional(field, default=values.get(field, _chosen(values, kind)))
        ] = selector.SelectSelector(
            selector.SelectSelectorConfig(
                options=builtin_keys(kind),
                multiple=True,
                translation_key="exercise",
                mode=selector.SelectSelectorMode.LIST,
            )
        )
    return probatio.Schema(fields)


def validate_choice(
    options: Mapping[str, Any], answer: Mapping[str, Any]
) -> dict[str, str]:
    """Every kind keeps at least one exercise: a built-in or a personal one."""
    chosen = {kind: answer.get(kind_field(kind), []) for kind in TAILORED_KINDS}
    if empty := kinds_without_exercises(chosen, _kinds(personal_of(options))):
        return {kind_field(empty[0]): "no_exercise_for_kind"}
    return {}


def store_choice(options: dict[str, Any], answer: Mapping[str, Any]) -> None:
    """Store the focus and, for each kind not left at all its built-ins, the choice."""
    options[CONF_FOCUS] = answer[CONF_FOCUS]
    chosen = {
        kind.value: [
            key for key in builtin_keys(kind) if key in answer.get(kind_field(kind), [])
        ]
        for kind in TAILORED_KINDS
    }
    options[CONF_BUILTIN_EXERCISES] = {
        kind: keys
        for kind, keys in chosen.items()
        if keys != builtin_keys(NudgeKind(kind))
    }


def exercise_schema(values: Mapping[str, Any]) -> probatio.Schema:
    """Return the form of a personal exercise: name, kind, steps, duration, picture."""
    steps = values.get(STEPS, "")
    return probatio.Schema(
        {
            probatio.Required(
                NAME, default=values.get(NAME, "")
            ): selector.TextSelector(),
            probatio.Required(
                KIND, default=values.get(KIND, NudgeKind.MOVE.value)
            ): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=[kind.value for kind in TAILORED_KINDS],
                    translation_key="exercise_kind",
                )
            ),
            probatio.Required(
                STEPS, default=steps if isinstance(steps, str) else "\n".join(steps)
            ): selector.TextSelector(selector.TextSelectorConfig(multiline=True)),
            # No range in the box: a number outside it gets the field's own message.
            probatio.Required(
                DURATION, default=values.get(DURATION, DEFAULT_DURATION_SECONDS)
            ): selector.NumberSelector(
                selector.NumberSelectorConfig(
                    step=1,
                    unit_of_measurement="s",
                    mode=selector.NumberSelectorMode.BOX,
                )
            ),
            probatio.Optional(
                IMAGE, description={"suggested_value": values.get(IMAGE)}
            ): selector.TextSelector(),
        }
    )


def validate_exercise(
    language: str,
    options: Mapping[str, Any],
    answer: Mapping[str, Any],
    editing: str | None = None,
) -> dict[str, str]:
    """Return the field errors of a personal exercise (`editing`: the key of the one edited).

    A name may not be one of the built-ins' in `language` nor another personal one's;
    the kind an edited exercise leaves must keep an exercise.
    """
    taken = [exercise_words(language, exercise.key).name for exercise in EXERCISES]
    taken += [item[NAME] for item in personal_of(options) if item["key"] != editing]
    errors = problems(
        answer[NAME],
        split_steps(answer[STEPS]),
        answer[DURATION],
        (answer.get(IMAGE) or "").strip() or None,
        taken,
    )
    if not errors and editing is not None:
        edited = [
            {**item, KIND: answer[KIND]} if item["key"] == editing else item
            for item in personal_of(options)
        ]
        errors = _left_empty(options, edited, KIND)
    return errors


def new_exercise(answer: Mapping[str, Any], key: str | None = None) -> dict[str, Any]:
    """Return a personal exercise as stored, from the form (a new key unless edited)."""
    return PersonalExercise(
        key=key or f"personal_{secrets.token_hex(4)}",
        kind=NudgeKind(answer[KIND]),
        duration_seconds=int(answer[DURATION]),
        name=answer[NAME].strip(),
        steps=split_steps(answer[STEPS]),
        image=(answer.get(IMAGE) or "").strip() or None,
    ).as_dict()


def as_form(stored: Mapping[str, Any]) -> dict[str, Any]:
    """Return a stored personal exercise as its form shows it: steps one per line."""
    return {**stored, STEPS: "\n".join(stored[STEPS])}


def pick_schema(options: Mapping[str, Any], *, multiple: bool) -> probatio.Schema:
    """Return the form that picks personal exercises by their names."""
    return probatio.Schema(
        {
            probatio.Required(PICK): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=[
                        selector.SelectOptionDict(value=item["key"], label=item[NAME])
                        for item in personal_of(options)
                    ],
                    multiple=multiple,
                    mode=selector.SelectSelectorMode.LIST,
                )
            )
        }
    )


def _kinds(personal: list[dict[str, Any]]) -> set[NudgeKind]:
    return {NudgeKind(item[KIND]) for item in personal}


def _left_empty(
    options: Mapping[str, Any], personal: list[dict[str, Any]], field: str
) -> dict[str, str]:
    """Return an error on `field` when `personal`, instead, would leave a kind empty."""
    chosen = {kind: _chosen(options, kind) for kind in TAILORED_KINDS}
    if kinds_without_exercises(chosen, _kinds(personal)):
        return {field: "no_exercise_for_kind"}
    return {}


def validate_removal(options: Mapping[str, Any], keys: list[str]) -> dict[str, str]:
    """Return an error when nothing is picked, or a kind would be left empty."""
    if not keys:
        return {PICK: "nothing_picked"}
    kept = [item for item in personal_of(options) if item["key"] not in keys]
    return _left_empty(options, kept, PICK)


def exercises_menu(options: Mapping[str, Any]) -> list[str]:
    """Return the exercises' menu: editing and removing once there is something to."""
    has_personal = bool(personal_of(options))
    return [
        step for step in MENU_EXERCISES if has_personal or step not in _NEEDS_PERSONAL
    ]
