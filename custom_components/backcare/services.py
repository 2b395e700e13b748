"""Actions: snooze, breaks, completing nudges, moving the desk, setting posture by hand."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import ATTR_CONFIG_ENTRY_ID, ATTR_DEVICE_ID
from homeassistant.core import Event, HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import device_registry as dr, service

from .compat import probatio
from .const import (
    ATTR_KIND,
    DEFAULT_BREAK_LENGTH_MINUTES,
    DEFAULT_SNOOZE_MINUTES,
    DOMAIN,
    LOGGER,
)
from .engine.exercises import NudgeKind
from .engine.posture import Posture
from .notify_actions import ACTION_DONE, ACTION_SNOOZE, parse_action_id
from .workstation import BackcareConfigEntry, Workstation

SERVICE_SNOOZE = "snooze"
SERVICE_START_BREAK = "start_break"
SERVICE_COMPLETE = "complete"
SERVICE_RAISE_DESK = "raise_desk"
SERVICE_LOWER_DESK = "lower_desk"
SERVICE_SET_POSTURE = "set_posture"
ATTR_MINUTES = "minutes"
# The companion app's event for a notification button press.
MOBILE_APP_NOTIFICATION_ACTION = "mobile_app_notification_action"
ATTR_POSTURE = "posture"

_TARGET = {
    probatio.Optional(ATTR_DEVICE_ID): str,
    probatio.Optional(ATTR_CONFIG_ENTRY_ID): str,
}


def _not_bool(value: object) -> object:
    """Refuse true/false where minutes are meant (float() would take True as 1)."""
    if isinstance(value, bool):
        raise probatio.Invalid("expected a number of minutes")
    return value


def _minutes(default: int) -> dict[probatio.Optional, object]:
    return {
        probatio.Optional(ATTR_MINUTES, default=default): probatio.All(
            _not_bool, probatio.Coerce(float), probatio.Range(min=1, max=480)
        )
    }


SCHEMAS = {
    SERVICE_SNOOZE: probatio.Schema({**_TARGET, **_minutes(DEFAULT_SNOOZE_MINUTES)}),
    SERVICE_START_BREAK: probatio.Schema(
        {**_TARGET, **_minutes(DEFAULT_BREAK_LENGTH_MINUTES)}
    ),
    SERVICE_COMPLETE: probatio.Schema(
        {
            **_TARGET,
            probatio.Required(ATTR_KIND): probatio.In([k.value for k in NudgeKind]),
        }
    ),
    SERVICE_RAISE_DESK: probatio.Schema(_TARGET),
    SERVICE_LOWER_DESK: probatio.Schema(_TARGET),
    SERVICE_SET_POSTURE: probatio.Schema(
        {
            **_TARGET,
            probatio.Required(ATTR_POSTURE): probatio.In(
                [Posture.SITTING.value, Posture.STANDING.value]
            ),
        }
    ),
}


def _workstation(call: ServiceCall) -> Workstation:
    """Return the workstation a call targets, by device or config entry."""
    entry_id: str | None = call.data.get(ATTR_CONFIG_ENTRY_ID)
    if device_id := call.data.get(ATTR_DEVICE_ID):
        device = dr.async_get(call.hass).async_get(device_id)
        # The entry id from the device's identifier: DeviceEntry.config_entry_id is
        # 2026.10+, and config_entries, all that 2026.3 has, is deprecated there.
        identifiers = device.identifiers if device is not None else set()
        entry_id = next(
            (value for domain, value in identifiers if domain == DOMAIN), None
        )
        if entry_id is None:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="unknown_workstation",
                translation_placeholders={"target": device_id},
            )
    if entry_id is None:
        # No target: the one workstation (2026.10 falls back to it itself, 2026.3 not).
        entries = call.hass.config_entries.async_entries(
            DOMAIN, include_ignore=False, include_disabled=False
        )
        if len(entries) == 1:
            entry_id = entries[0].entry_id
    entry: BackcareConfigEntry = service.async_get_config_entry(
        call.hass, DOMAIN, entry_id
    )
    return entry.runtime_data


async def _snooze(call: ServiceCall) -> None:
    _workstation(call).snooze(call.data[ATTR_MINUTES])


async def _start_break(call: ServiceCall) -> None:
    _workstation(call).start_break(call.data[ATTR_MINUTES])


async def _complete(call: ServiceCall) -> None:
    _workstation(call).complete(NudgeKind(call.data[ATTR_KIND]))


async def _raise_desk(call: ServiceCall) -> None:
    await _workstation(call).async_move_desk(stand=True)


async def _lower_desk(call: ServiceCall) -> None:
    await _workstation(call).async_move_desk(stand=False)


async def _set_posture(call: ServiceCall) -> None:
    _workstation(call).set_posture(Posture(call.data[ATTR_POSTURE]))


HANDLERS = {
    SERVICE_SNOOZE: _snooze,
    SERVICE_START_BREAK: _start_break,
    SERVICE_COMPLETE: _complete,
    SERVICE_RAISE_DESK: _raise_desk,
    SERVICE_LOWER_DESK: _lower_desk,
    SERVICE_SET_POSTURE: _set_posture,
}


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the actions once for the integration, as Home Assistant recommends."""
    for name, handler in HANDLERS.items():
        hass.services.async_register(DOMAIN, name, handler, schema=SCHEMAS[name])


@callback
def async_setup_notification_actions(hass: HomeAssistant) -> None:
    """Act on the buttons of backcare's phone notifications.

    The action id names the config entry: a press acts on that workstation only, and
    ids of other integrations, removed workstations or forged ones are ignored.
    """

    async def handle(event: Event) -> None:
        if (parsed := parse_action_id(event.data.get("action"))) is None:
            return
        verb, entry_id = parsed
        entry = hass.config_entries.async_get_entry(entry_id)
        if (
            entry is None
            or entry.domain != DOMAIN
            or entry.state is not ConfigEntryState.LOADED
        ):
            return
        workstation: Workstation = entry.runtime_data
        if verb == ACTION_SNOOZE:
            workstation.snooze(DEFAULT_SNOOZE_MINUTES)
        elif verb == ACTION_DONE:
            workstation.done()
        else:
            try:
                await workstation.async_move_desk(stand=True)
            except ServiceValidationError as err:
                LOGGER.info(
                    "%s: not raising the desk: %s", entry.title, err.translation_key
                )

    hass.bus.async_listen(MOBILE_APP_NOTIFICATION_ACTION, handle)
