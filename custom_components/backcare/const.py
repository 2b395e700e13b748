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
# The unit the standing height and hysteresis are in: the height entity's when they were set.
CONF_HEIGHT_UNIT: Final = "height_unit"
CONF_STANDING_ENTITY: Final = "standing_entity"
CONF_AWAY_GRACE_SECONDS: Final = "away_grace_seconds"
CONF_BREAK_MINUTES: Final = "break_minutes"
CONF_SOURCE_LOST_MINUTES: Final = "source_lost_minutes"
# Posture quality: a source that is on while the person slouches, and its flicker grace.
CONF_SLOUCH_ENTITY: Final = "slouch_entity"
CONF_SLOUCH_GRACE_SECONDS: Final = "slouch_grace_seconds"

# Delay before the ledger is persisted after a change; a clean shutdown always writes.
# Fifteen minutes, as Home Assistant keeps its entities' restore state: few writes for
# an SD card, and the loop's time per save was a tenth of backcare's (issue #18).
SAVE_DELAY_SECONDS: Final = 900

# Nudge options.
CONF_PRESET: Final = "preset"
CONF_SIT_LIMIT_MINUTES: Final = "sit_limit_minutes"
CONF_STAND_LIMIT_MINUTES: Final = "stand_limit_minutes"
CONF_MOVE_INTERVAL_MINUTES: Final = "move_interval_minutes"
CONF_REPEAT_MINUTES: Final = "repeat_minutes"
CONF_STRETCH_TIME: Final = "stretch_time"
CONF_STRETCH_MIN_SEATED_MINUTES: Final = "stretch_min_seated_minutes"
CONF_CORE_ENABLED: Final = "core_enabled"
CONF_CORE_START: Final = "core_start"
CONF_CORE_END: Final = "core_end"
CONF_ACTIVE_DAYS: Final = "active_days"
CONF_WORKDAY_ENTITY: Final = "workday_entity"
CONF_ACTIVE_START: Final = "active_start"
CONF_ACTIVE_END: Final = "active_end"
CONF_DND_ENTITIES: Final = "dnd_entities"
CONF_CALENDAR_ENTITIES: Final = "calendar_entities"
CONF_PREMEETING_MINUTES: Final = "premeeting_minutes"
CONF_NOTIFY_SERVICES: Final = "notify_services"
CONF_NOTIFY_HOME_ASSISTANT: Final = "notify_home_assistant"
CONF_DESK_ENTITY: Final = "desk_entity"
CONF_DESK_STAND_BUTTON: Final = "desk_stand_button"
CONF_DESK_SIT_BUTTON: Final = "desk_sit_button"
CONF_DESK_STAND_HEIGHT: Final = "desk_stand_height"
CONF_DESK_SIT_HEIGHT: Final = "desk_sit_height"
CONF_AUTO_RAISE: Final = "auto_raise"
CONF_AUTO_LOWER: Final = "auto_lower"
CONF_AUTO_RAISE_LEVEL: Final = "auto_raise_level"
CONF_STANDING_GOAL_MINUTES: Final = "standing_goal_minutes"
CONF_GOAL_PROGRESSION: Final = "goal_progression"
CONF_STANDING_GOAL_MAX_MINUTES: Final = "standing_goal_max_minutes"
# Tailored to the person: the focus, the built-ins each kind may suggest (by kind), and
# the personal exercises.
CONF_FOCUS: Final = "focus"
CONF_BUILTIN_EXERCISES: Final = "builtin_exercises"
CONF_PERSONAL_EXERCISES: Final = "personal_exercises"
CONF_SLOUCH_LIMIT_SECONDS: Final = "slouch_limit_seconds"
CONF_POSTURE_CUE_GAP_MINUTES: Final = "posture_cue_gap_minutes"
CONF_POSTURE_CUE_NOTIFY: Final = "posture_cue_notify"

# Presets: (sit limit, move interval, stand limit) in minutes. Cornell's 20-8-2: sit 20,
# stand 8, move 2.
PRESETS: Final[dict[str, tuple[int, int, int]]] = {
    "standard": (30, 60, 45),
    "cornell": (20, 30, 8),
    "gentle": (45, 90, 60),
}
PRESET_CUSTOM: Final = "custom"
WEEKDAYS: Final = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# Events and their data keys: a public contract used by blueprints and automations.
EVENT_NUDGE: Final = "backcare_nudge"
EVENT_NUDGE_RESOLVED: Final = "backcare_nudge_resolved"
ATTR_ENTRY_ID: Final = "entry_id"
ATTR_DEVICE_ID: Final = "device_id"
ATTR_WORKSTATION: Final = "workstation"
ATTR_NUDGE_ID: Final = "nudge_id"
ATTR_KIND: Final = "kind"
ATTR_LEVEL: Final = "level"
ATTR_HOW: Final = "how"
ATTR_RESPONSE_SECONDS: Final = "response_seconds"
ATTR_EXERCISE: Final = "exercise"
ATTR_TITLE: Final = "title"
ATTR_MESSAGE: Final = "message"
ATTR_SITTING_BOUT_MINUTES: Final = "sitting_bout_minutes"
ATTR_STANDING_SPELL_MINUTES: Final = "standing_spell_minutes"
ATTR_SEATED_TODAY_MINUTES: Final = "seated_today_minutes"
# The guided routines' events.
EVENT_ROUTINE_STEP: Final = "backcare_routine_step"
EVENT_ROUTINE_FINISHED: Final = "backcare_routine_finished"
ATTR_ROUTINE: Final = "routine"
ATTR_STEP: Final = "step"
ATTR_TOTAL: Final = "total"
ATTR_NAME: Final = "name"
ATTR_INSTRUCTION: Final = "instruction"
ATTR_SECONDS: Final = "seconds"
ATTR_REPETITIONS: Final = "repetitions"
ATTR_SIDE: Final = "side"
ATTR_RESULT: Final = "result"

DEFAULT_SNOOZE_MINUTES: Final = 15
DEFAULT_BREAK_LENGTH_MINUTES: Final = 5
