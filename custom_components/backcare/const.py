"""Constants for backcare."""

from __future__ import annotations

import logging
from typing import Final

DOMAIN: Final = "backcare"
LOGGER = logging.getLogger(__package__)

# Config entry keys: a public contract used by blueprints, docs and tests.
CONF_PRESENCE_ENTITIES: Final = "presence_entities"
CONF_HEIGHT_ENTITY: Final = "height_entity"
CONF_STANDING_HEIGHT: Final = "standing_height"
CONF_HEIGHT_HYSTERESIS: Final = "height_hysteresis"
CONF_STANDING_ENTITY: Final = "standing_entity"
CONF_AWAY_GRACE_SECONDS: Final = "away_grace_seconds"
CONF_BREAK_MINUTES: Final = "break_minutes"

DEFAULT_HEIGHT_HYSTERESIS: Final = 2.0
DEFAULT_AWAY_GRACE_SECONDS: Final = 60
DEFAULT_BREAK_MINUTES: Final = 2

MAX_AWAY_GRACE_SECONDS: Final = 1800
MAX_BREAK_MINUTES: Final = 60

PRESENCE_DOMAINS: Final = [
    "binary_sensor",
    "input_boolean",
    "switch",
    "person",
    "device_tracker",
]
HEIGHT_DOMAINS: Final = ["sensor", "number", "input_number", "cover"]
STANDING_DOMAINS: Final = ["binary_sensor", "input_boolean"]

STORAGE_VERSION: Final = 1
# Delay before the ledger is persisted after a change; a clean shutdown always writes.
SAVE_DELAY_SECONDS: Final = 30
