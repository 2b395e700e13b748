"""The exercises' pictures: PNGs shipped in the package, drawn from art/exercises/*.svg."""

from __future__ import annotations

from pathlib import Path

PICTURES = Path(__file__).parent / "pictures"


def picture_path(key: str) -> Path:
    """Return where the picture of exercise (or routine step) `key` is shipped."""
    return PICTURES / f"{key}.png"
