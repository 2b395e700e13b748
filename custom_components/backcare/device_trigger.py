"""Device triggers for a workstation: its nudges, their resolution, its posture, routines."""

from __future__ import annotations

from typing import Any, Final

from homeassistant.components.device_automation import DEVICE_TRIGGER_BASE_SCHEMA
from homeassistant.components.device_automation.exceptions import (
    InvalidDeviceAutomationConfig,
)
from homeassistant.components.homeassistant.triggers import (
    event as event_trigger,
    state as state_trigger,
)
from homeassistant.components.sensor import DOMAIN as SENSOR_DOMAIN
from homeassistant.const import (
    CONF_DEVICE_ID,
    CONF_DOMAIN,
    CONF_ENTITY_ID,
    CONF_EVENT_DATA,
    CONF_FOR,
    CONF_PLATFORM,
    CONF_TYPE,
)
from homeassistant.core import CALLBACK_TYPE, HomeAssistant
from homeassistant.helpers import (
    config_validation as cv,
    device_registry as dr,
    entity_registry as er,
    selector,
)
from homeassistant.helpers.trigger import TriggerActionType, TriggerInfo
from homeassistant.helpers.typing import ConfigType

from .compat import probatio
from .const import (
    ATTR_DEVICE_ID,
    ATTR_KIND,
    ATTR_LEVEL,
    CONF_SLOUCH_ENTITY,
    DOMAIN,
    EVENT_NUDGE,
    EVENT_NUDGE_RESOLVED,
    EVENT_ROUTINE_FINISHED,
    EVENT_ROUTINE_STEP,
)
from .engine.exercises import NudgeKind
from .engine.posture import Posture

# Trigger type -> the nudge kind it fires for.
NUDGE_TRIGGERS: Final[dict[str, str]] = {
    f"{kind.value}_nudge": kind.value for kind in NudgeKind
}
NUDGE_RESOLVED: Final = "nudge_resolved"
# The posture cue: listed for workstations with a slouch source; it has one level.
CUE_TRIGGER: Final = f"{NudgeKind.POSTURE.value}_nudge"
# Trigger type -> the event it fires on, whatever its data: a resolution, a routine.
EVENT_TRIGGERS: Final[dict[str, str]] = {
    NUDGE_RESOLVED: EVENT_NUDGE_RESOLVED,
    "routine_step": EVENT_ROUTINE_STEP,
    "routine_finished": EVENT_ROUTINE_FINISHED,
}
# Trigger type -> the posture sensor state it fires on.
POSTURE_TRIGGERS: Final[dict[str, str]] = {
    f"posture_{posture.value}": posture.value for posture in Posture
}
TRIGGER_TYPES: Final = {*NUDGE_TRIGGERS, *EVENT_TRIGGERS, *POSTURE_TRIGGERS}

LEVELS: Final = (1, 2, 3)
_LEVEL = probatio.All(
    probatio.Coerce(int), probatio.Range(min=LEVELS[0], max=LEVELS[-1])
)


def _fields_match_type(config: ConfigType) -> ConfigType:
    """Allow `level` only on nudge triggers and `for` only on posture triggers."""
    if ATTR_LEVEL in config and config[CONF_TYPE] not in NUDGE_TRIGGERS:
        raise probatio.Invalid(
            f"`{ATTR_LEVEL}` only applies to nudge triggers", path=[ATTR_LEVEL]
        )
    if CONF_FOR in config and config[CONF_TYPE] not in POSTURE_TRIGGERS:
        raise probatio.Invalid(
            f"`{CONF_FOR}` only applies to posture triggers", path=[CONF_FOR]
        )
    return config


TRIGGER_SCHEMA: Final = probatio.All(
    DEVICE_TRIGGER_BASE_SCHEMA.extend(
        {
            probatio.Required(CONF_TYPE): probatio.In(TRIGGER_TYPES),
            probatio.Optional(ATTR_LEVEL): _LEVEL,
            probatio.Optional(CONF_FOR): cv.positive_time_period_dict,
        }
    ),
    _fields_match_type,
)


def _workstation_entry_id(hass: HomeAssistant, device_id: str) -> str | None:
    """Return the config entry id of a workstation's device, None for others."""
    if (device := dr.async_get(hass).async_get(device_id)) is None:
        return None
    return next(
        (value for domain, value in device.identifiers if domain == DOMAIN), None
    )


def _posture_entity_id(hass: HomeAssistant, device_id: str) -> str | None:
    """Return the entity id of a workstation device's posture sensor, if any."""
    if (entry_id := _workstation_entry_id(hass, device_id)) is None:
        return None
    return er.async_get(hass).async_get_entity_id(
        SENSOR_DOMAIN, DOMAIN, f"{entry_id}_posture"
    )


async def async_get_triggers(
    hass: HomeAssistant, device_id: str
) -> list[dict[str, Any]]:
    """List the triggers of a workstation device."""
    if (entry_id := _workstation_entry_id(hass, device_id)) is None:
        return []
    entry = hass.config_entries.async_get_entry(entry_id)
    cues = entry is not None and bool(entry.options.get(CONF_SLOUCH_ENTITY))
    types = [
        *(kind for kind in NUDGE_TRIGGERS if cues or kind != CUE_TRIGGER),
        *EVENT_TRIGGERS,
    ]
    if _posture_entity_id(hass, device_id) is not None:
        types += POSTURE_TRIGGERS
    return [
        {
            CONF_PLATFORM: "device",
            CONF_DOMAIN: DOMAIN,
            CONF_DEVICE_ID: device_id,
            CONF_TYPE: trigger_type,
        }
        for trigger_type in types
    ]


async def async_get_trigger_capabilities(
    hass: HomeAssistant, config: ConfigType
) -> dict[str, probatio.Schema]:
    """Nudge triggers take an optional level, posture triggers an optional duration."""
    if config[CONF_TYPE] in NUDGE_TRIGGERS and config[CONF_TYPE] != CUE_TRIGGER:
        return {
            "extra_fields": probatio.Schema(
                {
                    probatio.Optional(ATTR_LEVEL): selector.NumberSelector(
                        selector.NumberSelectorConfig(
                            min=LEVELS[0],
                            max=LEVELS[-1],
                            step=1,
                            mode=selector.NumberSelectorMode.SLIDER,
                        )
                    )
                }
            )
        }
    if config[CONF_TYPE] in POSTURE_TRIGGERS:
        return {
            "extra_fields": probatio.Schema(
                {probatio.Optional(CONF_FOR): cv.positive_time_period_dict}
            )
        }
    return {}


async def async_attach_trigger(
    hass: HomeAssistant,
    config: ConfigType,
    action: TriggerActionType,
    trigger_info: TriggerInfo,
) -> CALLBACK_TYPE:
    """Listen for the workstation's events, or its posture sensor's state."""
    trigger_type: str = config[CONF_TYPE]
    device_id: str = config[CONF_DEVICE_ID]

    if (posture := POSTURE_TRIGGERS.get(trigger_type)) is not None:
        if (entity_id := _posture_entity_id(hass, device_id)) is None:
            raise InvalidDeviceAutomationConfig(
                f"Device '{device_id}' has no backcare posture sensor"
            )
        state_config: ConfigType = {
            CONF_PLATFORM: "state",
            CONF_ENTITY_ID: entity_id,
            state_trigger.CONF_TO: posture,
        }
        if CONF_FOR in config:
            state_config[CONF_FOR] = config[CONF_FOR]
        state_config = await state_trigger.async_validate_trigger_config(
            hass, state_config
        )
        return await state_trigger.async_attach_trigger(
            hass, state_config, action, trigger_info, platform_type="device"
        )

    event_data: dict[str, Any] = {ATTR_DEVICE_ID: device_id}
    if (event_type := EVENT_TRIGGERS.get(trigger_type)) is None:
        event_type = EVENT_NUDGE
        event_data[ATTR_KIND] = NUDGE_TRIGGERS[trigger_type]
        if ATTR_LEVEL in config:
            event_data[ATTR_LEVEL] = config[ATTR_LEVEL]
    # The schema, not async_validate_trigger_config (2026.10+; it adds only a warning
    # for split composite devices, which a workstation's device never is).
    event_config = event_trigger.TRIGGER_SCHEMA(
        {
            CONF_PLATFORM: "event",
            event_trigger.CONF_EVENT_TYPE: event_type,
            CONF_EVENT_DATA: event_data,
        }
    )
    return await event_trigger.async_attach_trigger(
        hass, event_config, action, trigger_info, platform_type="device"
    )
