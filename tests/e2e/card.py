"""backcare's Lovelace card in the real frontend: bands, buttons, picker, editor, pictures."""

from __future__ import annotations

from datetime import datetime, timedelta
import random
import subprocess
import time
from typing import Any
from zoneinfo import ZoneInfo

from .api import HassApi
from .browser import Browser
from .hass import ROOT

CARD = "backcare-card"
SECTIONS = ("now", "today", "week")
PHONE = {"width": 390, "height": 1700}


def write_card_dashboard(config: str, device_id: str) -> None:
    """What scripts/develop does: dashboards/backcare.yaml with the device id filled in."""
    subprocess.run(  # noqa: S603 (the repo's own script)
        [
            str(ROOT / ".venv/bin/python"),
            str(ROOT / "scripts/lib/card_dashboard.py"),
            config,
            device_id,
        ],
        check=True,
        capture_output=True,
    )


def day_start(time_zone: str) -> datetime:
    """Local midnight today in Home Assistant's time zone."""
    now = datetime.now(ZoneInfo(time_zone))
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def expected_bands(api: HassApi, entity_id: str, time_zone: str) -> list[list[Any]]:
    """The posture's bands of today from the recorder (REST history), as [kind, minutes].

    The same rules as the card (frontend/src/bands.ts): equal postures merged, anything
    but sitting, standing and away is unknown, and the ribbon starts at the first arrival.
    """
    start = day_start(time_zone)
    now = datetime.now(start.tzinfo)
    (states,) = api.get(
        f"/api/history/period/{start.isoformat()}"
        f"?filter_entity_id={entity_id}&end_time={now.isoformat()}".replace("+", "%2B")
    )
    changes = [
        (max(datetime.fromisoformat(state["last_changed"]), start), state["state"])
        for state in states
    ]
    bands: list[list[Any]] = []
    for index, (at, state) in enumerate(changes):
        end = changes[index + 1][0] if index + 1 < len(changes) else now
        kind = state if state in ("sitting", "standing", "away") else "unknown"
        minutes = (end - at).total_seconds() / 60
        if minutes <= 0:
            continue
        if bands and bands[-1][0] == kind:
            bands[-1][1] += minutes
        else:
            bands.append([kind, minutes])
    while bands and bands[0][0] not in ("sitting", "standing"):
        bands.pop(0)
    return bands


def card_bands(browser: Browser) -> list[list[Any]]:
    """The bands the first card draws: [kind, minutes] from data-kind and data-minutes."""
    bands = browser.page.locator(CARD).first.locator(".ribbon .band")
    return [
        [
            band.get_attribute("data-kind"),
            float(band.get_attribute("data-minutes") or 0),
        ]
        for band in bands.all()
    ]


def assert_bands(shown: list[list[Any]], recorded: list[list[Any]]) -> None:
    """Same kinds in the same order, the same lengths (the last one still growing)."""
    assert [kind for kind, _ in shown] == [kind for kind, _ in recorded], (
        shown,
        recorded,
    )
    for index, ((kind, minutes), (_, expected)) in enumerate(
        zip(shown, recorded, strict=True)
    ):
        # data-minutes has one decimal; the last band ends at the card's clock (10 s).
        slack = 0.6 if index == len(shown) - 1 else 0.1
        assert abs(minutes - expected) <= slack, (index, kind, minutes, expected)


def import_statistics(
    browser: Browser, entity_ids: dict[str, str], time_zone: str, days: int = 30
) -> int:
    """A month of realistic seated and standing time as long-term statistics.

    Hourly rows through yesterday (recorder/import_statistics, as the recorder's own
    sensor statistics: a running sum in minutes), for the card's bars and averages.
    """
    zone = ZoneInfo(time_zone)
    today = day_start(time_zone)
    rows: dict[str, list[dict[str, Any]]] = {key: [] for key in entity_ids}
    sums = dict.fromkeys(entity_ids, 0.0)
    rng = random.Random(15)  # noqa: S311 (pictures, not secrets)
    for back in range(days, 0, -1):
        day = (today - timedelta(days=back)).replace(tzinfo=zone)
        weekend = day.weekday() >= 5
        if weekend and rng.random() < 0.7:
            minutes = {"seated": 0.0, "standing": 0.0}
        else:
            # The habit improves over the month: more standing, less sitting.
            progress = (days - back) / days
            minutes = {
                "seated": rng.uniform(280, 380) * (1 - 0.2 * progress),
                "standing": rng.uniform(40, 80) + 70 * progress,
            }
            if weekend:
                minutes = {key: value / 3 for key, value in minutes.items()}
        for hour in range(24):
            start = day + timedelta(hours=hour)
            share = 1 / 8 if 9 <= hour < 17 else 0
            for key in entity_ids:
                sums[key] += minutes[key] * share
                rows[key].append(
                    {"start": start.isoformat(), "state": 0, "sum": sums[key]}
                )
    for key, entity_id in entity_ids.items():
        browser.call_ws(
            {
                "type": "recorder/import_statistics",
                "metadata": {
                    "has_sum": True,
                    "mean_type": 0,
                    "name": None,
                    "source": "recorder",
                    "statistic_id": entity_id,
                    "unit_class": "duration",
                    "unit_of_measurement": "min",
                },
                "stats": rows[key],
            }
        )
    return days


def shoot_sections(browser: Browser, suffix: str) -> None:
    """A picture of each section of the first card that has it."""
    for section in SECTIONS:
        element = browser.page.locator(f"{CARD} section.{section}-section").first
        element.scroll_into_view_if_needed()
        element.screenshot(path=browser.shots / f"card-{section}-{suffix}.png")


def shoot_card(browser: Browser, name: str) -> None:
    """A picture of the first card as a whole."""
    browser.page.locator(CARD).first.locator("ha-card").screenshot(
        path=browser.shots / f"{name}.png"
    )


def press(browser: Browser, label: str) -> None:
    """Press one of the first card's buttons by its label (what a screen reader says)."""
    browser.page.locator(CARD).first.get_by_role("button", name=label).click()


def pick_and_save(browser: Browser, url_path: str) -> dict[str, Any]:
    """Add the card from the card picker of an empty dashboard, change it, save it.

    Returns the saved card's config.
    """
    page = browser.page
    browser.open("/config/lovelace/dashboards", "Add dashboard")
    browser.call_ws(
        {
            "type": "lovelace/dashboards/create",
            "url_path": url_path,
            "title": "Card picker",
            "mode": "storage",
            "show_in_sidebar": False,
            "require_admin": False,
        }
    )
    browser.call_ws(
        {
            "type": "lovelace/config/save",
            "url_path": url_path,
            "config": {"views": [{"title": "Picker", "path": "picker", "cards": []}]},
        }
    )
    page.goto(f"{browser.url}/{url_path}/picker?edit=1")
    page.get_by_text("Add card", exact=True).click()
    page.get_by_text("By card", exact=True).click()
    picker = page.locator("hui-card-picker")
    picker.get_by_placeholder("Search cards").fill("backcare")
    choice = picker.locator("hui-card-picker .card, .card", has_text="backcare").first
    choice.wait_for(timeout=15_000)
    browser.shot("card-picker")
    choice.click()
    editor = page.locator("backcare-card-editor")
    editor.get_by_text("Workstation").first.wait_for(timeout=15_000)
    # Turn the week section off, as a person would, then save.
    editor.locator("ha-formfield, ha-selector-boolean, .row", has_text="Week or month")
    page.locator("backcare-card-editor ha-switch").nth(2).click()
    browser.shot("card-editor")
    page.get_by_role("button", name="Save").click()
    page.locator("hui-dialog-edit-card").wait_for(state="hidden", timeout=15_000)
    config = browser.call_ws({"type": "lovelace/config", "url_path": url_path})
    (card,) = config["views"][0]["cards"]
    return dict(card)


def wait_for_routine_panel(browser: Browser) -> dict[str, str]:
    """The first card's routine panel with its picture loaded; its texts, by part."""
    panel = browser.page.locator(CARD).first.locator(".routine")
    panel.wait_for(timeout=15_000)
    picture = panel.locator("img.exercise-picture")
    picture.wait_for(timeout=15_000)
    deadline = time.monotonic() + 15
    while not picture.evaluate("img => img.complete && img.naturalWidth > 0"):
        assert time.monotonic() < deadline, "the routine step's picture did not load"
        browser.page.wait_for_timeout(200)
    return {
        "step": panel.locator(".routine-step").inner_text(),
        "countdown": panel.locator(".countdown").inner_text(),
        "progress": panel.get_by_role("progressbar").get_attribute("aria-valuetext")
        or "",
    }


def countdown_seconds(text: str) -> int:
    """Seconds of a countdown shown as m:ss."""
    minutes, seconds = text.strip().split(":")
    return int(minutes) * 60 + int(seconds)


def shoot_now(browser: Browser, name: str) -> None:
    """A picture of the first card's Now section."""
    element = browser.page.locator(f"{CARD} section.now-section").first
    element.scroll_into_view_if_needed()
    element.screenshot(path=browser.shots / f"{name}.png")
