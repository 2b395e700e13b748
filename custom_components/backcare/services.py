"""Actions: snooze, breaks, completing nudges, moving the desk, posture by hand, routines."""

from __future__ import annotations

from homeassistant.auth.permissions.const import POLICY_CONTROL
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import ATTR_CONFIG_ENTRY_ID, ATTR_DEVICE_ID
from homeassistant.core import Context, Event, HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import ServiceValidationError, Unauthorized, UnknownUser
from homeassistant.helpers import (
    device_registry as dr,
    entity_registry as er,
    service,
)

from .compat import probatio
from .const import (
    ATTR_KIND,
    ATTR_ROUTINE,
    CONF_DESK_ENTITY,
    CONF_DESK_SIT_BUTTON,
    CONF_DESK_STAND_BUTTON,
    DEFAULT_BREAK_LENGTH_MINUTES,
    DEFAULT_SNOOZE_MINUTES,
    DOMAIN,
    LOGGER,
)
from .engine.exercises import NudgeKind
from .engine.posture import Posture
from .engine.routines import NUDGE_ROUTINES, Routine
from .notify_actions import (
    ACTION_DONE,
    ACTION_RAISE,
    ACTION_ROUTINE,
    ACTION_SNOOZE,
    parse_action_id,
)
from .workstation import BackcareConfigEntry, Workstation

SERVICE_SNOOZE = "snooze"
SERVICE_START_BREAK = "start_break"
SERVICE_COMPLETE = "complete"
SERVICE_RAISE_DESK = "raise_desk"
SERVICE_LOWER_DESK = "lower_desk"
SERVICE_SET_POSTURE = "set_posture"
SERVICE_START_ROUTINE = "start_routine"
SERVICE_STOP_ROUTINE = "stop_routine"
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
    SERVICE_START_ROUTINE: probatio.Schema(
        {
            **_TARGET,
            probatio.Required(ATTR_ROUTINE): probatio.In([r.value for r in Routine]),
        }
    ),
    SERVICE_STOP_ROUTINE: probatio.Schema(_TARGET),
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


async def _async_controlled_workstation(
    call: ServiceCall, *, desk: bool = False
) -> Workstation:
    """Return the workstation a call targets, if the calling user may control it."""
    workstation = _workstation(call)
    await async_check_control(call.hass, workstation, call.context, desk=desk)
    return workstation


async def async_check_control(
    hass: HomeAssistant,
    workstation: Workstation,
    context: Context,
    *,
    desk: bool = False,
    policy: str = POLICY_CONTROL,
) -> None:
    """Raise Unauthorized unless the user of `context` may act on the workstation.

    As for Home Assistant's entity actions: calls without a user (automations, scripts,
    the system) and admins may; any other user needs control of every entity the
    action acts on. Here that is every entity of the workstation, as all of them show
    what the action changes, and the desk entities it moves. A policy that grants
    control of the workstation's device grants all of its entities. Assist asks the
    same, and `policy` read for what only reads the figures.
    """
    if not (user_id := context.user_id):
        return
    if (user := await hass.auth.async_get_user(user_id)) is None:
        raise UnknownUser(context=context, user_id=user_id)
    if user.is_admin:
        return
    entry = workstation.entry
    entity_ids = [
        entity.entity_id
        for entity in er.async_entries_for_config_entry(
            er.async_get(hass), entry.entry_id
        )
    ]
    if not entity_ids:
        # Nothing to check control of: only an admin may act on it.
        raise Unauthorized(context=context, permission=policy)
    if desk:
        entity_ids += [
            entity_id
            for key in (CONF_DESK_ENTITY, CONF_DESK_STAND_BUTTON, CONF_DESK_SIT_BUTTON)
            if (entity_id := entry.options.get(key))
        ]
    for entity_id in entity_ids:
        if not user.permissions.check_entity(entity_id, policy):
            raise Unauthorized(context=context, entity_id=entity_id, permission=policy)


async def _snooze(call: ServiceCall) -> None:
    (await _async_controlled_workstation(call)).snooze(call.data[ATTR_MINUTES])


async def _start_break(call: ServiceCall) -> None:
    (await _async_controlled_workstation(call)).start_break(call.data[ATTR_MINUTES])


async def _complete(call: ServiceCall) -> None:
    (await _async_controlled_workstation(call)).complete(
        NudgeKind(call.data[ATTR_KIND])
    )


async def _raise_desk(call: ServiceCall) -> None:
    workstation = await _async_controlled_workstation(call, desk=True)
    await workstation.async_move_desk(stand=True)


async def _lower_desk(call: ServiceCall) -> None:
    workstation = await _async_controlled_workstation(call, desk=True)
    await workstation.async_move_desk(stand=False)


async def _set_posture(call: ServiceCall) -> None:
    workstation = await _async_controlled_workstation(call)
    workstation.set_posture(Posture(call.data[ATTR_POSTURE]))


async def _start_routine(call: ServiceCall) -> None:
    workstation = await _async_controlled_workstation(call)
    workstation.start_routine(Routine(call.data[ATTR_ROUTINE]))


async def _stop_routine(call: ServiceCall) -> None:
    (await _async_controlled_workstation(call)).routine.stop()


HANDLERS = {
    SERVICE_SNOOZE: _snooze,
    SERVICE_START_BREAK: _start_break,
    SERVICE_COMPLETE: _complete,
    SERVICE_RAISE_DESK: _raise_desk,
    SERVICE_LOWER_DESK: _lower_desk,
    SERVICE_SET_POSTURE: _set_posture,
    SERVICE_START_ROUTINE: _start_routine,
    SERVICE_STOP_ROUTINE: _stop_routine,
}


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the actions once for the integration, as Home Assistant recommends."""
    for name, handler in HANDLERS.items():
        hass.services.async_register(DOMAIN, name, handler, schema=SCHEMAS[name])


@callback
def async_setup_notification_actions(hass: HomeAssistant) -> None:
    """Act on the buttons of backcare's phone notifications.

    The action id names the config entry and the nudge: a press acts on that
    workstation only, and on that nudge only while it is showing; ids of other
    integrations, removed workstations or forged ones are ignored.
    """

    async def handle(event: Event) -> None:
        if (press := parse_action_id(event.data.get("action"))) is None:
            return
        entry = hass.config_entries.async_get_entry(press.entry_id)
        if (
            entry is None
            or entry.domain != DOMAIN
            or entry.state is not ConfigEntryState.LOADED
        ):
            return
        workstation: Workstation = entry.runtime_data
        planner = workstation.nudging.planner
        if press.nudge_id is not None and planner.kind_of(press.nudge_id) is None:
            # A notification of a nudge that is over: its buttons do nothing.
            return
        if press.verb == ACTION_SNOOZE:
            workstation.snooze(DEFAULT_SNOOZE_MINUTES)
        elif press.verb == ACTION_DONE:
            workstation.done(press.nudge_id)
        elif press.verb == ACTION_ROUTINE:
            # The routine of the nudge the notification came with.
            kind = planner.kind_of(press.nudge_id) if press.nudge_id else None
            if kind is not None and (routine := NUDGE_ROUTINES.get(kind)):
                workstation.start_routine(routine)
        else:
            try:
                await workstation.async_move_desk(stand=press.verb == ACTION_RAISE)
            except ServiceValidationError as err:
                LOGGER.info(
                    "%s: not moving the desk: %s", entry.title, err.translation_key
                )

    hass.bus.async_listen(MOBILE_APP_NOTIFICATION_ACTION, handle)
