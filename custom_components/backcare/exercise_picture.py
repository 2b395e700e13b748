"""The exercises' pictures: PNGs shipped in the package, drawn from art/exercises/*.svg."""

from __future__ import annotations

from pathlib import Path

PICTURES = Path(__file__).parent / "pictures"
# Read once, at import: an exercise without a picture is suggested without one.
_SHIPPED = frozenset(path.stem for path in PICTURES.glob("*.png"))


def picture_path(key: str) -> Path | None:
    """Return where the picture of exercise (or routine step) `key` is; None if none."""
    return PICTURES / f"{key}.png" if key in _SHIPPED else None
