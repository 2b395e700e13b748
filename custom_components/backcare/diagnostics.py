"""Diagnostics: what a workstation's engine believes, and what its sources say."""

from __future__ import annotations

from typing import Any

from homeassistant.components.diagnostics import REDACTED, async_redact_data
from homeassistant.const import (
    STATE_HOME,
    STATE_NOT_HOME,
    STATE_UNAVAILABLE,
    STATE_UNKNOWN,
)
from homeassistant.core import HomeAssistant, State, split_entity_id
from homeassistant.helpers import entity_registry as er
from homeassistant.util import dt as dt_util

from .const import (
    ATTR_WORKSTATION,
    CONF_CALENDAR_ENTITIES,
    CONF_NOTIFY_SERVICES,
    CONF_PERSONAL_EXERCISES,
    CONF_PRESENCE_ENTITIES,
)
from .options import entity_options
from .workstation import BackcareConfigEntry

# Phones, calendars (their states carry meeting titles) and the name of the desk.
TO_REDACT = {CONF_NOTIFY_SERVICES, CONF_CALENDAR_ENTITIES, "title", ATTR_WORKSTATION}
# The words and picture of a personal exercise.
_PERSONAL_WORDS = {"name", "steps", "image"}
# Presence sources named after a person or their phone, whose states can name a zone.
_PERSONAL_DOMAINS = ("person", "device_tracker")
_PLAIN_STATES = (STATE_HOME, STATE_NOT_HOME, STATE_UNKNOWN, STATE_UNAVAILABLE)

# Attributes that explain a reading; anything else (a person's GPS position) stays out.
_ATTRIBUTES = (
    "device_class",
    "unit_of_measurement",
    "current_position",
    "min",
    "max",
    "restored",
)


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: BackcareConfigEntry
) -> dict[str, Any]:
    """Return the options, the engine's state and the source entities' states.

    As of the workstation's last update: reading it changes nothing.
    """
    workstation = entry.runtime_data
    tracker = workstation.tracker
    nudging = workstation.nudging
    gates = nudging.gates.read(dt_util.utcnow())
    data = {
        "entry": {
            "title": entry.title,
            "version": entry.version,
            "minor_version": entry.minor_version,
            "options": _options(entry),
        },
        "engine": {
            "posture": tracker.posture,
            "occupied": tracker.occupied,
            "sitting_bout_seconds": tracker.sitting_bout,
            "bout_id": tracker.bout_id,
            "manual_posture": workstation.sources.manual_posture,
            "tracker": tracker.as_dict(),
        },
        "as_of": workstation.as_of,
        "today": workstation.today.as_dict(),
        "nudging": {
            "enabled": nudging.enabled,
            "active": [kind.value for kind in nudging.planner.active],
            "next_due": nudging.next_due,
            "gates": {
                "active_day": gates.active_day,
                "active": gates.active,
                "busy": gates.busy,
                "meeting": gates.meeting,
            },
            "planner": nudging.planner.as_dict(),
            "goal": nudging.goal.as_dict(),
            "progress": nudging.progress.as_dict(),
        },
        "sources": _sources(hass, entry),
        "transitions": [
            {"time": time, "from": before, "to": after}
            for time, before, after in workstation.transitions
        ],
    }
    return async_redact_data(data, TO_REDACT)


def _sources(hass: HomeAssistant, entry: BackcareConfigEntry) -> dict[str, Any]:
    """Each source option with its entities' states and registry entries."""
    registry = er.async_get(hass)
    sources: dict[str, Any] = {}
    for key, entity_ids in entity_options(entry.options).items():
        described = []
        for entity_id in entity_ids:
            state = hass.states.get(entity_id)
            registered = registry.async_get(entity_id)
            described.append(
                {
                    "entity_id": _entity_id(entity_id),
                    "state": _state(state),
                    "last_changed": state.last_changed if state else None,
                    "attributes": {
                        name: state.attributes[name]
                        for name in _ATTRIBUTES
                        if state and name in state.attributes
                    },
                    "registered": registered is not None,
                    "disabled_by": registered.disabled_by if registered else None,
                }
            )
        sources[key] = described
    return sources


def _options(entry: BackcareConfigEntry) -> dict[str, Any]:
    """Return the options without the names of people and phones, nor personal words."""
    options = dict(entry.options)
    options[CONF_PRESENCE_ENTITIES] = [
        _entity_id(entity_id) for entity_id in options[CONF_PRESENCE_ENTITIES]
    ]
    # A physiotherapist's exercise can say what ails someone: only its shape stays.
    if CONF_PERSONAL_EXERCISES in options:
        options[CONF_PERSONAL_EXERCISES] = [
            {**item, **dict.fromkeys(_PERSONAL_WORDS & set(item), REDACTED)}
            for item in options[CONF_PERSONAL_EXERCISES]
        ]
    return options


def _entity_id(entity_id: str) -> str:
    """Keep the domain of a person or phone, which says what kind of source it is."""
    domain = split_entity_id(entity_id)[0]
    return f"{domain}.{REDACTED}" if domain in _PERSONAL_DOMAINS else entity_id


def _state(state: State | None) -> str | None:
    """Keep home and away; a person's or phone's zone is nobody else's business."""
    if state is None:
        return None
    if state.domain in _PERSONAL_DOMAINS and state.state not in _PLAIN_STATES:
        return REDACTED
    return state.state
