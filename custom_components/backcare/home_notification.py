"""Nudges in Home Assistant's own notifications, for anyone without the companion app.

One notification per workstation, under a stable id: a new nudge replaces it and it is
dismissed when no nudge is left. The Done and Snooze buttons of the workstation's device
answer it.
"""

from __future__ import annotations

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant

from .const import DOMAIN


class HomeNotification:
    """The workstation's nudge in Home Assistant's notifications."""

    def __init__(self, hass: HomeAssistant, entry_id: str, *, enabled: bool) -> None:
        """Show nudges only when `enabled`."""
        self.hass = hass
        self.enabled = enabled
        self.notification_id = f"{DOMAIN}_{entry_id}"

    def show(self, title: str, message: str, answer_hint: str) -> None:
        """Show a nudge, replacing the workstation's previous one."""
        if self.enabled:
            persistent_notification.async_create(
                self.hass,
                f"{message}\n\n{answer_hint}",
                title=title,
                notification_id=self.notification_id,
            )

    def dismiss(self) -> None:
        """Remove the workstation's nudge."""
        if self.enabled:
            persistent_notification.async_dismiss(self.hass, self.notification_id)
