"""End to end in a real Home Assistant and a real browser: `scripts/e2e`.

Starts `hass` from .venv with a throw-away copy of config/ on a free port, onboards
through the HTTP API, registers a phone (mobile_app with a push URL on this machine),
adds a workstation in headless Chromium through the config flow, drives the simulated
desk through the API, lets a stand nudge fire and an automation made from the
stand_nudge blueprint answer it, adds a second workstation of another name with the
dashboard adapted to it (README) and answers its nudge with the Done button in the
browser, restarts Home Assistant, takes screenshots, and checks backcare's card on the
dashboard of dashboards/backcare.yaml (bands against the recorded history, the card
picker, the editor, its buttons, a core routine started and stopped, the browser
console; pictures light, dark and at phone width; with --docs after importing a month of
long-term statistics).
Fails on any warning or error in home-assistant.log that mentions backcare.

Options: --out DIR (screenshots and logs; default .e2e/<time>)  --docs (also copy the
README's screenshots to docs/screenshots/)  --keep (leave the Home Assistant config)
"""

from __future__ import annotations

# ruff: noqa: T201 (a command-line tool: it prints its steps)
import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
import shutil
import sys
import tempfile
import time
from typing import Any

from homeassistant.util.yaml import parse_yaml

from . import card
from .api import HassApi
from .browser import Browser
from .hass import ROOT, HassServer, early_afternoon_time_zone
from .phone import Phone

WORKSTATION = "Office desk"
# A workstation of another name, for its own dashboard (README: replace office_desk).
OTHER = "Standing desk"
OTHER_PART = "standing_desk"
ALL_DAY = {
    "active_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    "active_start": "00:00:00",
    "active_end": "23:59:00",
}
# The options' answers of both workstations: stand up after a minute, all day long.
ONE_MINUTE_NUDGES: dict[str, dict[str, Any]] = {
    "init": {"next_step_id": "timing"},
    "timing": {
        "preset": "custom",
        "sit_limit_minutes": 1,
        "morning_core": {"core_enabled": False},
    },
    "schedule": ALL_DAY,
}
SITTING_CM, STANDING_CM = 72.0, 110.0
# Screenshots the README shows: name in this run -> name in docs/screenshots/.
DOCS_SHOTS = {
    "02-config-flow-sources": "config-flow.png",
    "06-device": "device.png",
    "07-dashboard": "dashboard.png",
    "08-automation": "blueprint-automation.png",
    "card-dashboard": "card.png",
    "card-now-nudge-light": "card-now.png",
    "card-today-light": "card-today.png",
    "card-week-light": "card-week.png",
    "card-dark": "card-dark.png",
    "card-phone": "card-phone.png",
    "card-picker": "card-picker.png",
    "card-editor": "card-editor.png",
    "card-routine-light": "card-routine.png",
}
# Console errors of Home Assistant's own card previews in the card picker, offline and
# without the energy integration: pictures from demo.home-assistant.io, and a preview's
# websocket command that is not loaded (an uncaught rejection the console shows as
# "Object"). Nothing of backcare's.
PICKER_NOISE = ("https://demo.home-assistant.io/", "Object")


class Run:
    """The steps, in order, sharing one Home Assistant, API client and phone."""

    def __init__(self, workdir: Path, shots: Path, docs: bool = False) -> None:
        """Prepare a Home Assistant in workdir; nothing starts yet."""
        self.docs = docs
        self.hass = HassServer(workdir, early_afternoon_time_zone())
        self.shots = shots
        self.api = HassApi(self.hass.url)
        self.phone = Phone()
        self.entry_id = ""
        self.device_id = ""
        self.before_restart: dict[str, float] = {}

    def start(self) -> None:
        """Start Home Assistant on a fresh copy of config/ and create the owner."""
        self.hass.prepare()
        self.hass.start()
        self.api.onboard()
        self.api.wait_until_running()
        self.phone.register(self.api)
        self.api.call(
            "input_boolean", "turn_off", entity_id="input_boolean.desk_presence"
        )
        self.set_height(SITTING_CM)

    def set_height(self, centimetres: float) -> None:
        """Move the simulated desk."""
        self.api.call(
            "input_number",
            "set_value",
            entity_id="input_number.desk_height",
            value=centimetres,
        )

    def add_workstation(self) -> None:
        """Add the workstation in the browser, as a person would."""
        with Browser(self.hass.url, self.api.tokens, self.shots) as browser:
            browser.add_workstation(WORKSTATION, "Desk presence", "Desk height sensor")
        entries = self.api.get("/api/config/config_entries/entry?domain=backcare")
        assert [entry["title"] for entry in entries] == [WORKSTATION], entries
        self.entry_id = entries[0]["entry_id"]
        assert entries[0]["state"] == "loaded", entries[0]
        self.device_id = self.api.template(
            f"{{{{ device_id('{self.entity('occupied')}') }}}}"
        )

    def entity(self, key: str) -> str:
        """The entity id of one of the workstation's entities."""
        domain = "binary_sensor" if key == "occupied" else "sensor"
        return f"{domain}.office_desk_{key}"

    def track(self) -> None:
        """Presence and height drive occupancy and posture."""
        self.api.wait_for(self.entity("occupied"), "off", 10)
        self.api.call(
            "input_boolean", "turn_on", entity_id="input_boolean.desk_presence"
        )
        self.api.wait_for(self.entity("occupied"), "on", 10)
        self.api.wait_for(self.entity("posture"), "sitting", 10)
        self.set_height(STANDING_CM)
        self.api.wait_for(self.entity("posture"), "standing", 10)
        self.set_height(SITTING_CM)
        self.api.wait_for(self.entity("posture"), "sitting", 10)

    def configure_nudges(self) -> None:
        """A 1-minute sit limit, nudges all day, and the simulated desk to move."""
        # Standing this long ends the bout and so resolves the stand nudge.
        self.api.reconfigure(self.entry_id, {"reconfigure": {"break_minutes": 1}})
        self.api.options_flow(
            self.entry_id,
            {
                **ONE_MINUTE_NUDGES,
                "delivery": {"desk_entity": "number.desk_height_control"},
                # Asked for only with a desk, in its own step.
                "desk": {
                    "desk_stand_height": STANDING_CM,
                    "desk_sit_height": SITTING_CM,
                },
            },
        )
        phone = self.api.template("{{ device_id('device_tracker.e2e_phone') }}")
        self.api.post(
            "/api/config/automation/config/backcare_stand_nudge",
            {
                "alias": "Stand up (backcare)",
                "description": "",
                "use_blueprint": {
                    "path": "backcare/stand_nudge.yaml",
                    "input": {
                        "workstation": self.device_id,
                        "phones": [phone],
                        "phone_level": 1,
                        "raise_desk": True,
                        "desk_level": 1,
                    },
                },
            },
        )
        self.api.wait_for(
            "automation.stand_up_backcare", "on", 15, "the blueprint automation on"
        )
        # Another workstation at the same desk, sitting whenever someone is there
        # (no height): its stand nudge stays open until Done is pressed.
        other = self.api.add_entry(
            "backcare",
            {
                "user": {
                    "name": OTHER,
                    "presence_entities": ["input_boolean.desk_presence"],
                }
            },
        )
        self.api.options_flow(other, ONE_MINUTE_NUDGES)

    def nudge(self) -> None:
        """Sitting past the limit nudges; the automation notifies and raises the desk."""
        nudge = self.phone.wait_for(
            lambda message: "data" in message and "actions" in message["data"],
            timeout=150,
            what="stand nudge with buttons",
        )
        actions = [button["action"] for button in nudge["data"]["actions"]]
        # backcare's own buttons, for this workstation and this nudge.
        snooze = f"BACKCARE_SNOOZE_{self.entry_id}_"
        assert any(action.startswith(snooze) for action in actions), actions
        assert nudge["data"]["tag"] == f"backcare_{self.entry_id}", nudge
        print(f"     phone: {nudge['title']!r}: {nudge['message']!r}")
        # The picture, as the app fetches it from this Home Assistant: no login.
        picture = self.api.fetch_as_phone(nudge["data"]["image"])
        assert picture.headers["content-type"] == "image/png", picture.headers
        assert picture.content.startswith(b"\x89PNG"), picture.content[:8]
        (self.shots / "notification-picture.png").write_bytes(picture.content)
        print(
            f"     picture: {nudge['data']['image'].split('?')[0]} "
            f"({len(picture.content)} bytes, fetched without a login)"
        )
        self.api.wait_for(
            "input_number.desk_height",
            lambda value: float(value) == STANDING_CM,
            15,
            "the desk raised to standing height",
        )
        self.api.wait_for(self.entity("posture"), "standing", 10)
        self.phone.wait_for(
            lambda message: message.get("message") == "clear_notification",
            timeout=90,
            what="clear_notification after standing up",
        )
        self.api.wait_for(self.entity("nudge"), "none", 10)
        automation = self.api.state("automation.stand_up_backcare")
        assert automation["attributes"]["last_triggered"], automation

    def other_dashboard(self) -> None:
        """The dashboard adapted to another name; its nudge answered with Done."""
        text = (ROOT / "dashboards" / "backcare-core.yaml").read_text(encoding="utf-8")
        config = parse_yaml(text.replace("office_desk", OTHER_PART))
        assert isinstance(config, dict)
        nudge = f"sensor.{OTHER_PART}_nudge"
        self.api.wait_for(nudge, "stand", 120, "a stand nudge")
        with Browser(self.hass.url, self.api.tokens, self.shots) as browser:
            browser.add_dashboard("standing-desk", OTHER, config)
            browser.open("/standing-desk/backcare", "Sitting bout")
            page = browser.page
            page.get_by_text("below when you have done it").wait_for(timeout=15_000)
            not_found = page.get_by_text("Entity not found")
            assert not_found.count() == 0, not_found.all_inner_texts()
            browser.shot("09-dashboard-nudge", height=1300)
            browser.press_entity_row_button("Done")
            self.api.wait_for(nudge, "none", 15, "the nudge answered by Done")
            page.get_by_text("No nudge now").wait_for(timeout=15_000)
            browser.shot("10-dashboard-done", height=1300)

    def counters(self) -> dict[str, float]:
        """Today's counters, as numbers."""
        keys = (
            "seated_time_today",
            "standing_time_today",
            "longest_sitting_bout_today",
        )
        return {key: float(self.api.value(self.entity(key))) for key in keys}

    def restart(self) -> None:
        """Stop and start Home Assistant; today's counters survive."""
        self.api.wait_for(
            self.entity("seated_time_today"),
            lambda value: float(value) >= 1,
            75,
            "at least a minute seated",
        )
        self.before_restart = self.counters()
        self.hass.stop()
        self.hass.start()
        self.api.wait_until_running()
        after = self.counters()
        print(f"     before: {self.before_restart}\n     after:  {after}")
        for key, value in self.before_restart.items():
            assert after[key] >= value, f"{key} went from {value} to {after[key]}"

    def screenshots(self) -> None:
        """The device page, the dashboard and the automation, with today's data."""
        with Browser(self.hass.url, self.api.tokens, self.shots) as browser:
            browser.open("/config/integrations/integration/backcare", WORKSTATION)
            browser.shot("05-integration")
            browser.open(
                f"/config/devices/device/{self.device_id}", "Seated time today"
            )
            browser.shot("06-device", height=1400)
            self.exercise_image(browser)
            browser.open("/backcare-core/backcare", "Sitting bout")
            browser.shot("07-dashboard", height=1300)
            browser.open("/config/automation/edit/backcare_stand_nudge", "Workstation")
            browser.shot("08-automation", height=1200)

    def exercise_image(self, browser: Browser) -> None:
        """The Exercise image, enabled as a person would, shows the last nudge's picture."""
        image = "image.office_desk_exercise"
        browser.call_ws(
            {
                "type": "config/entity_registry/update",
                "entity_id": image,
                "disabled_by": None,
            }
        )
        self.api.post(f"/api/config/config_entries/entry/{self.entry_id}/reload", {})
        self.api.wait_for(image, lambda value: value not in ("unknown", ""), 30)
        browser.page.evaluate(
            """entityId => document.querySelector('home-assistant').dispatchEvent(
                new CustomEvent('hass-more-info', {detail: {entityId}, composed: true})
            )""",
            image,
        )
        picture = browser.page.locator("ha-more-info-dialog img").first
        picture.wait_for(timeout=20_000)
        browser.page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
        )
        browser.shot("06b-exercise-image")
        browser.page.keyboard.press("Escape")

    def backcare_card(self) -> None:
        """The card on the dashboard of dashboards/backcare.yaml, in the picker, edited."""
        card.write_card_dashboard(str(self.hass.config), self.device_id)
        # Nothing but the card's Done answers the next stand nudge.
        self.api.call(
            "automation", "turn_off", entity_id="automation.stand_up_backcare"
        )
        self.set_height(SITTING_CM)
        self.api.wait_for(self.entity("posture"), "sitting", 10)
        with Browser(self.hass.url, self.api.tokens, self.shots) as browser:
            page = browser.page
            browser.open("/backcare-desk/backcare", WORKSTATION)
            if self.docs:
                days = card.import_statistics(
                    browser,
                    {
                        "seated": self.entity("seated_time_today"),
                        "standing": self.entity("standing_time_today"),
                    },
                    self.hass.time_zone,
                )
                print(f"     {days} days of statistics imported")
                browser.open("/backcare-desk/backcare", WORKSTATION)
            # The ribbon, not its first band: a posture held for a blink draws a band
            # too narrow to count as visible.
            page.locator(f"{card.CARD} .ribbon").first.wait_for(timeout=20_000)
            shown = card.card_bands(browser)
            recorded = card.expected_bands(
                self.api, self.entity("posture"), self.hass.time_zone
            )
            print(f"     bands: {[(kind, minutes) for kind, minutes in shown]}")
            card.assert_bands(shown, recorded)
            summary = page.locator(f"{card.CARD} .ribbon").first.get_attribute(
                "aria-label"
            )
            assert summary, "the ribbon has no text summary"
            print(f"     ribbon: {summary!r}")
            if self.docs:
                # The month's bars come with the statistics, after the ribbon.
                bars = page.locator(f"{card.CARD} .bars .bar")
                bars.nth(29).wait_for(timeout=20_000)
                assert bars.count() == 30, bars.count()
            browser.shot("card-dashboard", height=1100)
            card.shoot_sections(browser, "light")
            page.emulate_media(color_scheme="dark")
            page.wait_for_timeout(1000)
            card.shoot_sections(browser, "dark")
            card.shoot_card(browser, "card-dark")
            page.emulate_media(color_scheme="light")
            page.set_viewport_size(card.PHONE)
            page.wait_for_timeout(1000)
            page.screenshot(path=self.shots / "card-phone.png")
            page.emulate_media(color_scheme="dark")
            page.wait_for_timeout(1000)
            page.screenshot(path=self.shots / "card-phone-dark.png")
            page.emulate_media(color_scheme="light")
            page.set_viewport_size({"width": 1280, "height": 900})
            card_errors = list(browser.console_errors)

            saved = card.pick_and_save(browser, "card-picker")
            print(f"     saved from the editor: {saved}")
            assert saved["type"] == "custom:backcare-card", saved
            assert saved["show_week"] is False, saved
            assert saved["device"], saved
            picker_errors = [
                error
                for error in browser.console_errors[len(card_errors) :]
                if not error.startswith(PICKER_NOISE)
                and "demo.home-assistant.io" not in error
            ]

            mark = len(browser.console_errors)
            browser.open("/backcare-desk/backcare", WORKSTATION)
            nudge = self.entity("nudge")
            self.api.wait_for(nudge, "stand", 120, "a stand nudge")
            page.locator(f"{card.CARD} .nudge").first.wait_for(timeout=15_000)
            card.shoot_sections(browser, "nudge-light")
            card.press(browser, "Done: I did the exercise")
            self.api.wait_for(nudge, "none", 10, "the nudge answered by Done")
            card.press(browser, "Snooze the nudges")
            self.api.wait_for(
                self.entity("snoozed_until"),
                lambda value: value not in ("unknown", "unavailable"),
                10,
                "snoozed by Snooze",
            )
            card.press(browser, "Start a break now")
            self.api.wait_for(
                self.entity("last_break"),
                lambda value: value not in ("unknown", "unavailable"),
                10,
                "a break started by Start break",
            )
            self.card_routine(browser)
            page.wait_for_timeout(1000)
            card_errors += browser.console_errors[mark:]
        errors = card_errors + picker_errors
        assert not errors, "browser console:\n" + "\n".join(errors)

    def card_routine(self, browser: Browser) -> None:
        """A core routine on the card: its step, a moving countdown, and Stop ending it."""
        page = browser.page
        routine = self.entity("routine_step")
        idle = self.api.value(routine)
        self.api.call(
            "backcare", "start_routine", device_id=self.device_id, routine="core"
        )
        self.api.wait_for(routine, lambda value: value != idle, 10, "a routine step")
        first = card.wait_for_routine_panel(browser)
        print(f"     routine panel: {first}")
        assert first["progress"].startswith("Step 1 of "), first
        page.wait_for_timeout(2500)
        later = card.wait_for_routine_panel(browser)
        # Counted down in the browser, second by second (nothing is written for it).
        assert card.countdown_seconds(later["countdown"]) < card.countdown_seconds(
            first["countdown"]
        ), (first, later)
        card.shoot_now(browser, "card-routine-light")
        page.emulate_media(color_scheme="dark")
        page.wait_for_timeout(1000)
        card.shoot_now(browser, "card-routine-dark")
        page.emulate_media(color_scheme="light")
        card.press(browser, "Stop the routine")
        self.api.wait_for(routine, idle, 10, "no routine after Stop")
        page.locator(f"{card.CARD} .routine").first.wait_for(
            state="detached", timeout=10_000
        )

    def check_log(self) -> None:
        """No warning or error about backcare in any run's log."""
        problems = self.hass.log_problems()
        assert not problems, "home-assistant.log:\n" + "\n".join(problems)

    def close(self) -> None:
        """Stop everything that still runs."""
        self.phone.close()
        self.hass.kill()


@contextmanager
def step(title: str) -> Iterator[None]:
    """Print a step with the seconds it took."""
    print(f"==> {title}", flush=True)
    started = time.monotonic()
    yield
    print(f"    ok ({time.monotonic() - started:.1f} s)", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run every step; return 0 when all pass."""
    parser = argparse.ArgumentParser(prog="scripts/e2e", description=__doc__)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    parser.add_argument("--out", type=Path, default=ROOT / ".e2e" / stamp)
    parser.add_argument("--docs", action="store_true")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    shots: Path = args.out.resolve()
    shots.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="backcare-e2e-"))
    run = Run(workdir, shots, docs=args.docs)
    steps: list[tuple[str, Callable[[], Any]]] = [
        (f"start Home Assistant ({run.hass.time_zone}) and onboard", run.start),
        ("add a workstation in the browser", run.add_workstation),
        (
            "1-minute sit limit and a stand_nudge blueprint automation",
            run.configure_nudges,
        ),
        ("presence and desk height drive occupancy and posture", run.track),
        ("stand nudge: phone, desk, resolved by standing", run.nudge),
        (
            f"the dashboard for {OTHER!r}: no missing entity, Done answers its nudge",
            run.other_dashboard,
        ),
        ("restart Home Assistant: today's counters survive", run.restart),
        ("screenshots of the device page, dashboard and automation", run.screenshots),
        (
            "the backcare card: bands, picker, editor, buttons, routine, console, screenshots",
            run.backcare_card,
        ),
        ("home-assistant.log has no backcare warnings or errors", run.check_log),
    ]
    print(f"backcare e2e: Home Assistant at {run.hass.url}, screenshots in {shots}")
    started = time.monotonic()
    try:
        for title, action in steps:
            with step(title):
                action()
    except Exception:
        print(f"FAILED; Home Assistant's config and log: {workdir}/config", flush=True)
        raise
    finally:
        run.close()
        for log in workdir.glob("config/home-assistant.log*"):
            shutil.copy(log, shots / log.name)
    if args.docs:
        docs = ROOT / "docs" / "screenshots"
        docs.mkdir(parents=True, exist_ok=True)
        for name, target in DOCS_SHOTS.items():
            shutil.copy(shots / f"{name}.png", docs / target)
        print(f"README screenshots updated in {docs}")
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"e2e passed in {time.monotonic() - started:.0f} s; screenshots in {shots}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
