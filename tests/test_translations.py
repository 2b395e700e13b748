"""Translations: every language has en.json's keys, and en.json has every key in use."""

from __future__ import annotations

import ast
from collections.abc import Iterator
import json
import re
from typing import Any
from unittest.mock import MagicMock

from homeassistant.data_entry_flow import section
import pytest
import yaml

from custom_components.backcare import device_trigger
from custom_components.backcare.binary_sensor import OCCUPIED
from custom_components.backcare.button import DONE, SNOOZE
from custom_components.backcare.config_flow import _height_schema, _sources_schema
from custom_components.backcare.exercise_options import (
    MENU_EXERCISES,
    choose_schema,
    exercise_schema,
    pick_schema,
)
from custom_components.backcare.height import HeightRange
from custom_components.backcare.image import EXERCISE
from custom_components.backcare.nudge_options import (
    delivery_schema,
    desk_schema,
    schedule_schema,
    timing_schema,
)
from custom_components.backcare.options import DEFAULTS
from custom_components.backcare.routine_sensor import ROUTINE_STEP
from custom_components.backcare.sensor import SENSORS, SLOUCH_SENSORS
from custom_components.backcare.switch import NUDGES

from .helpers import TRANSLATIONS, translations

PACKAGE = TRANSLATIONS.parent
EN = translations()
LANGUAGES = sorted(
    path.stem for path in TRANSLATIONS.glob("*.json") if path.stem != "en"
)
PLACEHOLDER = re.compile(r"\{(\w+)\}")

ENTITY_DESCRIPTIONS = {
    "sensor": (*SENSORS, *SLOUCH_SENSORS, ROUTINE_STEP),
    "binary_sensor": (OCCUPIED,),
    "switch": (NUDGES,),
    "button": (DONE, SNOOZE),
    "image": (EXERCISE,),
}


def _flatten(tree: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in tree.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            yield from _flatten(value, path)
        else:
            yield path, value


_load = translations


def _source(name: str) -> ast.Module:
    return ast.parse((PACKAGE / name).read_text("utf-8"))


def _str_keywords(tree: ast.AST, call_name: str, keyword: str) -> set[str]:
    """String values of `keyword=` in calls to a function or class named `call_name`."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name != call_name:
            continue
        for kw in node.keywords:
            if kw.arg == keyword and isinstance(kw.value, ast.Constant):
                found.add(str(kw.value.value))
    return found


def _form_errors(tree: ast.AST) -> set[str]:
    """Error keys a flow step or validator sets: `errors[...] = "key"`, `return {...: "key"}`."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "errors"
                    and isinstance(node.value, ast.Constant)
                ):
                    found.add(str(node.value.value))
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Dict):
            found.update(
                value.value
                for value in node.value.values
                if isinstance(value, ast.Constant) and isinstance(value.value, str)
            )
    return found


def _schema_keys(schema: Any) -> set[str]:
    return {str(marker.schema) for marker in schema.schema}


def test_languages_present() -> None:
    assert {"de", "es", "fr", "nl"} <= set(LANGUAGES)


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_no_key_references(language: str) -> None:
    """Custom integrations cannot use `[%key:...]` references: they stay literal."""
    for path, value in _flatten(_load(language)):
        assert isinstance(value, str), path
        assert value.strip(), path
        assert "[%key:" not in value, path


@pytest.mark.parametrize("language", LANGUAGES)
def test_same_keys_as_english(language: str) -> None:
    english = {path for path, _ in _flatten(EN)}
    other = {path for path, _ in _flatten(_load(language))}
    assert not english - other, f"missing in {language}.json"
    assert not other - english, f"not in en.json but in {language}.json"


@pytest.mark.parametrize("language", LANGUAGES)
def test_same_placeholders_as_english(language: str) -> None:
    english = dict(_flatten(EN))
    mismatched = {
        path: (PLACEHOLDER.findall(english[path]), PLACEHOLDER.findall(value))
        for path, value in _flatten(_load(language))
        if path in english
        and set(PLACEHOLDER.findall(value)) != set(PLACEHOLDER.findall(english[path]))
    }
    assert not mismatched


def test_entity_names_and_states() -> None:
    for platform, descriptions in ENTITY_DESCRIPTIONS.items():
        for description in descriptions:
            key = description.translation_key
            assert key is not None, description.key
            strings = EN["entity"][platform][key]
            assert strings["name"], f"{platform}.{key}"
            for option in getattr(description, "options", None) or ():
                assert strings["state"][option], f"{platform}.{key}.state.{option}"
    attributes = EN["entity"]["sensor"]["nudge_compliance_today"]["state_attributes"]
    assert attributes["median_response_seconds"]["name"]


def test_entities_are_all_used() -> None:
    used = {
        platform: {d.translation_key for d in descriptions}
        for platform, descriptions in ENTITY_DESCRIPTIONS.items()
    }
    assert {platform: set(keys) for platform, keys in EN["entity"].items()} == used


def test_services() -> None:
    services = yaml.safe_load((PACKAGE / "services.yaml").read_text("utf-8"))
    assert set(EN["services"]) == set(services)
    for name, spec in services.items():
        strings = EN["services"][name]
        assert strings["name"], name
        assert strings["description"], name
        fields = spec.get("fields") or {}
        assert set(strings.get("fields", {})) == set(fields), name
        for field in fields:
            assert strings["fields"][field]["name"], f"{name}.{field}"
            assert strings["fields"][field]["description"], f"{name}.{field}"


def test_select_selectors() -> None:
    services = yaml.safe_load((PACKAGE / "services.yaml").read_text("utf-8"))
    selectors: dict[str, list[str]] = {}
    for spec in services.values():
        for field in (spec.get("fields") or {}).values():
            select = field["selector"].get("select")
            if select and "translation_key" in select:
                selectors[select["translation_key"]] = select["options"]
    for schema in (
        timing_schema(DEFAULTS),
        schedule_schema(DEFAULTS),
        choose_schema(DEFAULTS),
        exercise_schema({}),
    ):
        for value in schema.schema.values():
            config = getattr(value, "config", {})
            if config.get("translation_key"):
                # One selector may list a part of its options in each field.
                selectors.setdefault(config["translation_key"], []).extend(
                    config["options"]
                )
    assert selectors
    for key, options in selectors.items():
        assert set(EN["selector"][key]["options"]) == set(options), key


def test_service_exceptions() -> None:
    keys: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for call in ("ServiceValidationError", "HomeAssistantError"):
            for key in _str_keywords(tree, call, "translation_key"):
                keys.setdefault(key, set()).add(path.name)
    assert keys
    assert set(EN["exceptions"]) >= set(keys), keys
    for key in keys:
        assert EN["exceptions"][key]["message"], key


def test_exception_placeholders() -> None:
    """Placeholders passed with an exception are the ones its message uses."""
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            kwargs = {kw.arg: kw.value for kw in node.keywords}
            key = kwargs.get("translation_key")
            if not (
                isinstance(key, ast.Constant)
                and key.value in EN["exceptions"]
                and "translation_domain" in kwargs
            ):
                continue
            given: set[str] = set()
            if isinstance(
                placeholders := kwargs.get("translation_placeholders"), ast.Dict
            ):
                given = {
                    str(k.value)
                    for k in placeholders.keys
                    if isinstance(k, ast.Constant)
                }
            message = EN["exceptions"][key.value]["message"]
            assert set(PLACEHOLDER.findall(message)) == given, key.value


def test_config_flow_errors() -> None:
    tree = _source("config_flow.py")
    shared: set[str] = set()  # the sources and height validators
    config: set[str] = set()
    options: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            shared |= _form_errors(node)
        elif isinstance(node, ast.ClassDef) and node.name == "BackcareConfigFlow":
            config |= _form_errors(node)
        elif isinstance(node, ast.ClassDef) and node.name == "BackcareOptionsFlow":
            options |= _form_errors(node)
    options |= _form_errors(_source("nudge_options.py"))
    options |= _form_errors(_source("exercise_options.py"))
    options |= _form_errors(_source("engine/personal.py"))
    assert shared
    assert config
    assert options
    assert set(EN["config"]["error"]) == shared | config
    assert set(EN["options"]["error"]) == options


def test_config_flow_aborts() -> None:
    """backcare words its own aborts, the successful reconfiguration included."""
    tree = _source("config_flow.py")
    aborts = _str_keywords(tree, "async_update_and_abort", "reason")
    assert aborts == set(EN["config"]["abort"]) == {"reconfigure_successful"}


def _form_fields(schema: Any) -> tuple[set[str], dict[str, set[str]]]:
    """The fields of a form, and those of each of its sections."""
    fields: set[str] = set()
    sections: dict[str, set[str]] = {}
    for marker, value in schema.schema.items():
        if isinstance(value, section):
            sections[str(marker)] = {str(inner) for inner in value.schema.schema}
        else:
            fields.add(str(marker))
    return fields, sections


def test_flow_fields() -> None:
    """Every field of every form has a label and a description; sections too."""
    limits = HeightRange(unit="cm", current=72, minimum=60, maximum=125)
    hass = MagicMock()
    hass.services.async_services_for_domain.return_value = {}
    forms = {
        ("config", "user"): _sources_schema({}),
        ("config", "reconfigure"): _sources_schema({}),
        ("config", "height"): _height_schema({}, limits),
        # With a slouch source, so that the posture cue's section is there too.
        ("options", "timing"): timing_schema(
            {**DEFAULTS, "slouch_entity": "binary_sensor.slouch"}
        ),
        ("options", "schedule"): schedule_schema(DEFAULTS),
        ("options", "delivery"): delivery_schema(hass, DEFAULTS),
        ("options", "desk"): desk_schema(DEFAULTS, limits),
        ("options", "choose_exercises"): choose_schema(DEFAULTS),
        ("options", "add_exercise"): exercise_schema({}),
        ("options", "change_exercise"): exercise_schema({}),
        ("options", "edit_exercise"): pick_schema({}, multiple=False),
        ("options", "remove_exercise"): pick_schema({}, multiple=True),
    }
    # The options' menus: the first step, and the exercises'.
    menus = {"init": {"timing", "exercises"}, "exercises": set(MENU_EXERCISES)}
    for language in ["en", *LANGUAGES]:
        strings = _load(language)
        for (flow, step), schema in forms.items():
            fields, sections = _form_fields(schema)
            if step == "user":
                fields.add("name")
            texts = strings[flow]["step"][step]
            where = (language, flow, step)
            assert texts["title"], where
            assert set(texts["data"]) == fields, where
            assert set(texts["data_description"]) == fields, where
            assert set(texts.get("sections", {})) == set(sections), where
            for name, inner in sections.items():
                texts_of = texts["sections"][name]
                assert texts_of["name"], (*where, name)
                assert texts_of["description"], (*where, name)
                assert set(texts_of["data"]) == inner, (*where, name)
                assert set(texts_of["data_description"]) == inner, (*where, name)
        for step, options in menus.items():
            texts = strings["options"]["step"][step]
            assert texts["title"], (language, step)
            assert set(texts["menu_options"]) == options, (language, step)
        for flow in ("config", "options"):
            assert set(strings[flow]["step"]) == {
                step for form_flow, step in forms if form_flow == flow
            } | (set(menus) if flow == "options" else set())


async def test_device_triggers() -> None:
    strings = EN["device_automation"]
    assert set(strings["trigger_type"]) == set(device_trigger.TRIGGER_TYPES)
    extra_fields: set[str] = set()
    for trigger_type in device_trigger.TRIGGER_TYPES:
        capabilities = await device_trigger.async_get_trigger_capabilities(
            MagicMock(), {"type": trigger_type}
        )
        if "extra_fields" in capabilities:
            extra_fields |= _schema_keys(capabilities["extra_fields"])
    assert set(strings.get("extra_fields", {})) == extra_fields


def test_icons() -> None:
    icons = json.loads((PACKAGE / "icons.json").read_text("utf-8"))
    for platform, descriptions in ENTITY_DESCRIPTIONS.items():
        for description in descriptions:
            key = description.translation_key
            assert icons["entity"][platform][key]["default"], f"{platform}.{key}"
            for option in getattr(description, "options", None) or ():
                assert icons["entity"][platform][key]["state"][option], option
    services = yaml.safe_load((PACKAGE / "services.yaml").read_text("utf-8"))
    assert set(icons["services"]) == set(services)
    for name in services:
        assert icons["services"][name]["service"], name


def _constant(node: ast.expr | None, module: Any) -> Any:
    """The value of a literal, or of a module-level name it refers to."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return getattr(module, node.id)
    return None


def test_repair_issues() -> None:
    """Repair issues and their fix flow: titles, steps, fields, errors and aborts."""
    from custom_components.backcare import repairs

    tree = _source("repairs.py")
    issues: dict[str, tuple[bool, set[str]]] = {}
    steps: dict[str, set[str]] = {}
    aborts: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        kwargs = {kw.arg: kw.value for kw in node.keywords}
        if name == "async_create_issue":
            placeholders = kwargs.get("translation_placeholders")
            given = (
                {_constant(k, repairs) for k in placeholders.keys if k is not None}
                if isinstance(placeholders, ast.Dict)
                else set()
            )
            issues[_constant(kwargs["translation_key"], repairs)] = (
                _constant(kwargs.get("is_fixable"), repairs) is True,
                given,
            )
        elif name == "async_show_form":
            placeholders = kwargs.get("description_placeholders")
            steps[_constant(kwargs["step_id"], repairs)] = (
                {_constant(k, repairs) for k in placeholders.keys if k is not None}
                if isinstance(placeholders, ast.Dict)
                else set()
            )
        elif name == "async_abort":
            aborts.add(_constant(kwargs["reason"], repairs))
    assert issues
    strings = EN.get("issues", {})
    for key, (fixable, given) in issues.items():
        assert key in strings, f"issues.{key} missing in en.json"
        issue = strings[key]
        assert issue["title"], key
        used = set(PLACEHOLDER.findall(issue["title"]))
        if fixable:
            flow = issue["fix_flow"]
            assert set(flow["step"]) == set(steps), key
            for step, step_given in steps.items():
                assert flow["step"][step]["description"], (key, step)
                used_in_step = set(
                    PLACEHOLDER.findall(flow["step"][step]["description"])
                )
                assert used_in_step <= step_given, (key, step)
            assert flow["step"]["init"]["data"][repairs.CONF_REPLACEMENT], key
            assert set(flow.get("error", {})) >= _form_errors(tree), key
            assert set(flow.get("abort", {})) >= aborts, key
        else:
            assert issue["description"], key
            used |= set(PLACEHOLDER.findall(issue["description"]))
        assert used <= given, key
