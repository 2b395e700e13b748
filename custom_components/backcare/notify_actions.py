"""Phone notifications for nudges, with action buttons that act on the right workstation."""

from __future__ import annotations

from homeassistant.core import HomeAssistant

from .const import DOMAIN

# Action ids carry the config entry, so a press acts on the workstation that sent it.
ACTION_PREFIX = "BACKCARE"
ACTION_SNOOZE = "SNOOZE"
ACTION_RAISE = "RAISE"
ACTION_DONE = "DONE"
ACTIONS = (ACTION_SNOOZE, ACTION_RAISE, ACTION_DONE)


def action_id(verb: str, entry_id: str) -> str:
    """Return the action id of a button for a workstation."""
    return f"{ACTION_PREFIX}_{verb}_{entry_id}"


def parse_action_id(action: object) -> tuple[str, str] | None:
    """Return (verb, entry_id) of a backcare action id, or None for anything else."""
    if not isinstance(action, str):
        return None
    prefix, _, rest = action.partition("_")
    verb, _, entry_id = rest.partition("_")
    if prefix != ACTION_PREFIX or verb not in ACTIONS or not entry_id:
        return None
    return verb, entry_id


class PhoneNotifier:
    """Sends nudges to companion-app notify services and clears them when resolved."""

    def __init__(
        self, hass: HomeAssistant, entry_id: str, services: list[str], *, desk: bool
    ) -> None:
        """Notify through `services` (notify.mobile_app_* names or service ids)."""
        self.hass = hass
        self.entry_id = entry_id
        self.services = [service.removeprefix("notify.") for service in services]
        self.desk = desk
        self.tag = f"{DOMAIN}_{entry_id}"

    async def async_send(
        self,
        title: str,
        message: str,
        *,
        snooze_title: str,
        raise_title: str,
        done_title: str,
    ) -> None:
        """Send a nudge; it replaces the workstation's previous one (same tag)."""
        actions = [
            {"action": action_id(ACTION_SNOOZE, self.entry_id), "title": snooze_title}
        ]
        if self.desk:
            actions.append(
                {"action": action_id(ACTION_RAISE, self.entry_id), "title": raise_title}
            )
        actions.append(
            {"action": action_id(ACTION_DONE, self.entry_id), "title": done_title}
        )
        for service in self.services:
            await self.hass.services.async_call(
                "notify",
                service,
                {
                    "title": title,
                    "message": message,
                    "data": {"tag": self.tag, "actions": actions},
                },
                blocking=False,
            )

    async def async_clear(self) -> None:
        """Remove the workstation's nudge from the phones."""
        for service in self.services:
            await self.hass.services.async_call(
                "notify",
                service,
                {"message": "clear_notification", "data": {"tag": self.tag}},
                blocking=False,
            )
