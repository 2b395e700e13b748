"""Phone notifications for nudges, with action buttons that act on the nudge they came with."""

from __future__ import annotations

from dataclasses import dataclass

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir

from .const import DOMAIN, LOGGER

# Action ids carry the config entry, so a press acts on the workstation that sent it,
# and the nudge, so a press on an old notification does nothing once its nudge is over.
ACTION_PREFIX = "BACKCARE"
ACTION_SNOOZE = "SNOOZE"
ACTION_RAISE = "RAISE"
ACTION_LOWER = "LOWER"
ACTION_DONE = "DONE"
ACTION_ROUTINE = "ROUTINE"
ACTIONS = (ACTION_SNOOZE, ACTION_RAISE, ACTION_LOWER, ACTION_DONE, ACTION_ROUTINE)
ISSUE_MISSING_PHONE = "missing_phone"


@dataclass(frozen=True, slots=True)
class NotificationAction:
    """A button press: what to do, on which workstation, for which nudge.

    `nudge_id` is None for the ids without one (`BACKCARE_DONE_<entry_id>`): public
    since the first release, they act on whatever nudge is showing.
    """

    verb: str
    entry_id: str
    nudge_id: str | None


def action_id(verb: str, entry_id: str, nudge_id: str) -> str:
    """Return the action id of a button for a nudge of a workstation."""
    return f"{ACTION_PREFIX}_{verb}_{entry_id}_{nudge_id}"


def parse_action_id(action: object) -> NotificationAction | None:
    """Return the button press a backcare action id stands for; None for anything else."""
    if not isinstance(action, str):
        return None
    prefix, _, rest = action.partition("_")
    verb, _, rest = rest.partition("_")
    entry_id, _, nudge_id = rest.partition("_")
    if prefix != ACTION_PREFIX or verb not in ACTIONS or not entry_id:
        return None
    return NotificationAction(verb, entry_id, nudge_id or None)


def phone_issue_id(entry_id: str, service: str) -> str:
    """Return the repair issue id of a phone of a workstation that no longer exists."""
    return f"{ISSUE_MISSING_PHONE}_{entry_id}_{service}"


class PhoneNotifier:
    """Sends nudges to companion-app notify services and clears them when resolved.

    Each phone is sent to on its own: one that is gone or fails never keeps the
    nudge from the others.
    """

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        title: str,
        services: list[str],
        *,
        desk: bool,
    ) -> None:
        """Notify through `services` (notify.mobile_app_* names or service ids)."""
        self.hass = hass
        self.entry_id = entry_id
        self.title = title
        self.services = [service.removeprefix("notify.") for service in services]
        self.desk = desk
        self.tag = f"{DOMAIN}_{entry_id}"

    async def async_send(
        self,
        nudge_id: str,
        title: str,
        message: str,
        *,
        snooze_title: str,
        desk: tuple[str, str] | None,
        done_title: str,
        image: str | None = None,
        routine_title: str | None = None,
    ) -> None:
        """Send a nudge; it replaces the workstation's previous one (same tag).

        `desk` is the desk button (its verb and title), shown when there is a desk;
        None for a nudge that has none. A nudge with a guided routine shows its button
        instead: the routine is done away from the desk, and Android shows no more than
        three buttons. `image` is the URL of the exercise's picture on this Home
        Assistant, if any.
        """
        buttons = [(ACTION_SNOOZE, snooze_title)]
        if routine_title is not None:
            buttons.append((ACTION_ROUTINE, routine_title))
        elif self.desk and desk is not None:
            buttons.append(desk)
        buttons.append((ACTION_DONE, done_title))
        actions = [
            {"action": action_id(verb, self.entry_id, nudge_id), "title": text}
            for verb, text in buttons
        ]
        data: dict[str, object] = {"tag": self.tag, "actions": actions}
        if image is not None:
            # The companion apps fetch it from Home Assistant and show it expanded.
            data["image"] = image
        for service in self.services:
            await self._async_call(
                service, {"title": title, "message": message, "data": data}
            )

    async def async_clear(self) -> None:
        """Remove the workstation's nudge from the phones."""
        for service in self.services:
            await self._async_call(
                service, {"message": "clear_notification", "data": {"tag": self.tag}}
            )

    async def _async_call(self, service: str, data: dict[str, object]) -> None:
        issue_id = phone_issue_id(self.entry_id, service)
        if not self.hass.services.has_service("notify", service):
            # A repair issue, not a log line per nudge: shown once, until it is fixed.
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                issue_id,
                is_fixable=False,
                severity=ir.IssueSeverity.WARNING,
                translation_key=ISSUE_MISSING_PHONE,
                translation_placeholders={
                    "phone": f"notify.{service}",
                    "workstation": self.title,
                },
            )
            return
        ir.async_delete_issue(self.hass, DOMAIN, issue_id)
        try:
            await self.hass.services.async_call("notify", service, data, blocking=False)
        except HomeAssistantError as err:
            LOGGER.warning(
                "%s: could not notify notify.%s: %s", self.title, service, err
            )


def async_forget_phones(hass: HomeAssistant, entry_id: str, keep: list[str]) -> None:
    """Delete the missing-phone issues of a workstation, but for the phones in `keep`."""
    prefix = phone_issue_id(entry_id, "")
    kept = {
        phone_issue_id(entry_id, service.removeprefix("notify.")) for service in keep
    }
    for domain, issue_id in list(ir.async_get(hass).issues):
        if domain == DOMAIN and issue_id.startswith(prefix) and issue_id not in kept:
            ir.async_delete_issue(hass, DOMAIN, issue_id)
