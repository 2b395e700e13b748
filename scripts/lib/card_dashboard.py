"""Write dashboards/backcare.yaml with a workstation's device id for a config.

The placeholder is replaced with DEVICE_ID or the config's first backcare workstation.

    python scripts/lib/card_dashboard.py CONFIG_DIR [DEVICE_ID]

Without DEVICE_ID it reads CONFIG_DIR/.storage/core.device_registry; with no workstation
yet the placeholder stays (the card then says the workstation was not found). Writes
CONFIG_DIR/backcare-dashboard.yaml, which config/configuration.yaml shows as "Back care";
Home Assistant reads a YAML dashboard again when its file changes.
"""

from __future__ import annotations

import json
from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = "REPLACE_WITH_DEVICE_ID"
TARGET = "backcare-dashboard.yaml"


def first_workstation(config: Path) -> str | None:
    """Return the device id of the first backcare device in the registry, if any."""
    registry = config / ".storage" / "core.device_registry"
    if not registry.exists():
        return None
    devices = json.loads(registry.read_text(encoding="utf-8"))["data"]["devices"]
    for device in devices:
        if any(domain == "backcare" for domain, _ in device.get("identifiers", [])):
            return str(device["id"])
    return None


def write(config: Path, device_id: str | None) -> Path:
    """Write the dashboard for this device (or with the placeholder) and return it."""
    text = (ROOT / "dashboards" / "backcare.yaml").read_text(encoding="utf-8")
    if device_id:
        text = text.replace(PLACEHOLDER, device_id)
    target = config / TARGET
    target.write_text(text, encoding="utf-8")
    return target


if __name__ == "__main__":
    config_dir = Path(sys.argv[1])
    device = sys.argv[2] if len(sys.argv) > 2 else first_workstation(config_dir)
    write(config_dir, device)
    print(device or "")
