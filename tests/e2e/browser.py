"""Headless Chromium (Debian's) driven by Playwright, logged in as the owner."""

from __future__ import annotations

import json
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from playwright.sync_api import Locator, Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}


class Browser:
    """One page of the frontend, with the API's tokens as the logged-in owner."""

    def __init__(self, url: str, tokens: dict[str, Any], shots: Path) -> None:
        """Remember where to go; the browser starts on entering the context."""
        self.url = url
        self.shots = shots
        self._tokens = {
            "hassUrl": url,
            "clientId": f"{url}/",
            "access_token": tokens["access_token"],
            "refresh_token": tokens["refresh_token"],
            "token_type": "Bearer",
            "expires_in": tokens["expires_in"],
            "expires": int(tokens["expires"] * 1000),
        }

    def __enter__(self) -> Self:
        """Start Chromium with the tokens in the frontend's localStorage."""
        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(
            executable_path=CHROMIUM, args=FLAGS
        )
        context = self._browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
        tokens = json.dumps(json.dumps(self._tokens))
        context.add_init_script(f"localStorage.setItem('hassTokens', {tokens});")
        self.page: Page = context.new_page()
        # What the browser console shows as errors, and uncaught exceptions.
        self.console_errors: list[str] = []
        self.page.on(
            "console",
            lambda message: message.type == "error"
            and self.console_errors.append(f"{message.text} ({message.location})"),
        )
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close Chromium."""
        self._browser.close()
        self._playwright.stop()

    def shot(self, name: str, height: int | None = None) -> Path:
        """Save a screenshot of what a person sees now (taller when asked).

        The frontend scrolls inside its own container, so a full page needs a taller
        viewport rather than Playwright's full_page.
        """
        path = self.shots / f"{name}.png"
        if height:
            self.page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
            self.page.wait_for_timeout(800)
        self.page.screenshot(path=path)
        if height:
            self.page.set_viewport_size(VIEWPORT)  # type: ignore[arg-type]
        return path

    def open(self, path: str, ready: str) -> None:
        """Open a frontend page and wait until a text shows on it."""
        self.page.goto(f"{self.url}{path}")
        self.page.get_by_text(ready).first.wait_for(timeout=30_000)
        # Cards and icons settle after the first paint.
        self.page.wait_for_timeout(1500)

    def call_ws(self, message: dict[str, Any]) -> Any:
        """Send a websocket command as the frontend does (hass.callWS), as the owner."""
        return self.page.evaluate(
            "message => document.querySelector('home-assistant').hass.callWS(message)",
            message,
        )

    def add_dashboard(self, url_path: str, title: str, config: dict[str, Any]) -> None:
        """Add a dashboard from scratch and save its raw configuration.

        What the README's steps do in the dashboard editor: Add dashboard, New
        dashboard from scratch, Raw configuration editor, paste, save.
        """
        self.open("/config/lovelace/dashboards", "Add dashboard")
        self.call_ws(
            {
                "type": "lovelace/dashboards/create",
                "url_path": url_path,
                "title": title,
                "mode": "storage",
                "show_in_sidebar": True,
                "require_admin": False,
            }
        )
        self.call_ws(
            {"type": "lovelace/config/save", "url_path": url_path, "config": config}
        )

    def press_entity_row_button(self, row_name: str) -> None:
        """Press the button of an entities card's row (a button entity's "Press")."""
        row = self.page.locator("hui-button-entity-row").filter(has_text=row_name)
        row.get_by_role("button", name="Press").click()

    def add_workstation(self, name: str, presence: str, height: str) -> None:
        """Add a backcare workstation the way a person does, with screenshots."""
        page = self.page
        self.open("/config/integrations/dashboard", "Add integration")
        page.get_by_text("Add integration").click()
        page.get_by_placeholder("Search for a brand name").fill("backcare")
        page.get_by_text("backcare", exact=True).first.wait_for()
        self.shot("01-add-integration")
        page.get_by_text("backcare", exact=True).first.click()
        flow = page.locator("dialog-data-entry-flow")
        flow.get_by_role("textbox", name="Name").fill(name)
        _pick_entity(flow, 0, presence)
        _pick_entity(flow, 1, height)
        self.shot("02-config-flow-sources", height=1250)
        flow.get_by_role("button", name="Submit").click()
        flow.get_by_text("Standing height").first.wait_for()
        self.shot("03-config-flow-height")
        flow.get_by_role("button", name="Submit").click()
        flow.get_by_text("Name and assign").wait_for()
        self.shot("04-config-flow-done")
        flow.get_by_role("button", name="Skip and finish").click()
        flow.wait_for(state="hidden")
        self.shoot_options()

    def shoot_options(self) -> None:
        """Open Configure on the workstation and show its sections, one opened."""
        page = self.page
        self.open("/config/integrations/integration/backcare", "Office desk")
        page.get_by_role("button", name="Configure", exact=True).first.click()
        flow = page.locator("dialog-data-entry-flow")
        nudges = flow.get_by_text("Nudges: timing, schedule and delivery")
        nudges.wait_for()
        self.shot("05-options-menu")
        nudges.click()
        section = flow.get_by_text("Morning core", exact=True).first
        section.wait_for()
        self.shot("05a-options-nudges", height=1250)
        section.click()
        flow.get_by_text("Morning core activation").first.wait_for()
        self.shot("05b-options-section-open", height=1400)
        page.keyboard.press("Escape")
        flow.wait_for(state="hidden")
        # The closed dialog still covers the page until it is opened afresh.
        self.open("/config/integrations/integration/backcare", "Office desk")
        page.get_by_role("button", name="Configure", exact=True).first.click()
        flow.get_by_text("Exercises: which ones, your focus and your own").click()
        flow.get_by_text("Add an exercise").wait_for()
        self.shot("05c-options-exercises")
        flow.get_by_text("Add an exercise").click()
        flow.get_by_role("textbox", name="Name").wait_for()
        self.shot("05d-options-add-exercise", height=1100)
        page.keyboard.press("Escape")
        flow.wait_for(state="hidden")


def _pick_entity(flow: Locator, index: int, name: str) -> None:
    """Choose an entity in the index-th entity field, by searching its name."""
    field = flow.locator("ha-selector-entity").nth(index)
    field.get_by_text("Select an entity").click()
    field.get_by_placeholder("Search").fill(name)
    field.locator("ha-combo-box-item", has_text=name).first.click()
    field.get_by_placeholder("Search").wait_for(state="hidden")
