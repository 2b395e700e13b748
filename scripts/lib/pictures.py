"""Render art/exercises/*.svg to the PNGs backcare ships, and a sheet of them for the docs.

Playwright drives Debian's chromium (its own browser download is not possible here); the
corners outside each picture's rounded panel stay transparent, for light and dark themes.
"""

from __future__ import annotations

import argparse
from pathlib import Path
import tempfile

from playwright.sync_api import Page, sync_playwright

REPO = Path(__file__).parents[2]
ART = REPO / "art" / "exercises"
PICTURES = REPO / "custom_components" / "backcare" / "pictures"
SHEET = REPO / "docs" / "exercise-pictures.png"
# One picture at notification size, on a light and a dark background, for the README.
SAMPLE = REPO / "docs" / "exercise-picture.png"
SAMPLE_KEY = "cat_cow"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
# What a phone notification shows, about; the drawings are 2:1.
WIDTH, HEIGHT = 720, 360
COLUMNS = 4


def page_of(pngs: list[Path], width: int) -> str:
    """Return an HTML page of the pictures, `width` pixels wide, in a grid, named."""
    images = "".join(
        f'<figure><img src="{png.as_uri()}" width="{width}">'
        f"<figcaption>{png.stem}</figcaption></figure>"
        for png in pngs
    )
    return (
        "<style>body{margin:0;background:transparent;font:16px sans-serif}"
        f"main{{display:grid;grid-template-columns:repeat({COLUMNS},{width}px);gap:12px;"
        "padding:12px;background:#2b2f36;color:#e8e8e8;width:max-content}"
        "figure{margin:0}img{display:block}figcaption{padding:4px 0}</style>"
        f"<main>{images}</main>"
    )


def sample_page(png: Path) -> str:
    """Return an HTML page of one picture at 360 x 180, on a light and a dark background."""
    image = f'<img src="{png.as_uri()}" width="360" height="180">'
    return (
        "<style>body{margin:0}main{display:flex;width:max-content}"
        "div{padding:16px}img{display:block}</style>"
        f'<main><div style="background:#fafafa">{image}</div>'
        f'<div style="background:#111318">{image}</div></main>'
    )


def screenshot_of(page: Page, html: str, target: Path) -> None:
    """Screenshot the `main` element of an HTML page (written to a temporary file)."""
    with tempfile.NamedTemporaryFile("w", suffix=".html") as file:
        file.write(html)
        file.flush()
        page.goto(Path(file.name).as_uri())
        page.locator("main").screenshot(path=target)
    print(f"{target.relative_to(REPO)}")


def main() -> None:
    """Render the drawings asked for (all by default) and the sheet of all of them."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("keys", nargs="*", help="only these drawings (default: all)")
    keys = parser.parse_args().keys
    svgs = sorted(ART.glob("*.svg"))
    chosen = [svg for svg in svgs if not keys or svg.stem in keys]
    PICTURES.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        for svg in chosen:
            page.goto(svg.as_uri())
            target = PICTURES / f"{svg.stem}.png"
            page.screenshot(path=target, omit_background=True)
            print(f"{target.relative_to(REPO)}: {target.stat().st_size // 1024} KB")
        docs = browser.new_page(viewport={"width": 1200, "height": 800})
        pngs = [PICTURES / f"{svg.stem}.png" for svg in svgs]
        screenshot_of(docs, page_of(pngs, 280), SHEET)
        screenshot_of(docs, sample_page(PICTURES / f"{SAMPLE_KEY}.png"), SAMPLE)
        browser.close()


if __name__ == "__main__":
    main()
