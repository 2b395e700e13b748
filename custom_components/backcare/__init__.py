"""backcare: seated time, posture and back-care nudges for a smart desk."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType

from .const import CONF_HEIGHT_ENTITY, CONF_HEIGHT_UNIT, CONF_PRESET, DOMAIN, LOGGER
from .exercise_picture import async_setup_pictures
from .frontend import async_setup_card
from .height import current_height_unit
from .notify_actions import async_forget_phones
from .options import InvalidOptionError, WorkstationOptions
from .repairs import async_clear_missing_sources
from .services import async_setup_notification_actions, async_setup_services
from .store import WorkstationStore
from .voice import async_setup_ask
from .workstation import BackcareConfigEntry, Workstation

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)

PLATFORMS: list[Platform] = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.IMAGE,
    Platform.SENSOR,
    Platform.SWITCH,
]


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the actions, the phone notification buttons, the pictures and the card."""
    async_setup_services(hass)
    async_setup_notification_actions(hass)
    async_setup_pictures(hass)
    async_setup_card(hass)
    async_setup_ask(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: BackcareConfigEntry) -> bool:
    """Start tracking a workstation."""
    workstation = Workstation(hass, entry, _options_of(entry))
    await workstation.async_start()
    entry.runtime_data = workstation
    try:
        await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    except BaseException:
        # Home Assistant unloads nothing of an entry whose setup failed.
        await workstation.async_stop()
        raise
    entry.async_on_unload(entry.add_update_listener(_async_options_updated))
    # A routine running ends with the workstation, silently: no timer is left behind.
    entry.async_on_unload(workstation.routine.cancel)
    return True


def _options_of(entry: BackcareConfigEntry) -> WorkstationOptions:
    """Parse the entry's options; an unusable one fails set-up, named."""
    try:
        return WorkstationOptions.parse(entry.options)
    except InvalidOptionError as err:
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key="invalid_options",
            translation_placeholders={"option": err.key},
        ) from err


async def _async_options_updated(
    hass: HomeAssistant, entry: BackcareConfigEntry
) -> None:
    """Apply changed options in place: no reload, so no entity goes unavailable.

    A slouch source chosen or cleared adds or removes the slouch sensors: that reloads
    (today's totals are written first, and kept).
    """
    try:
        options = WorkstationOptions.parse(entry.options)
    except InvalidOptionError:
        # A reload fails set-up and says which option.
        hass.config_entries.async_schedule_reload(entry.entry_id)
        return
    if (options.slouch_entity is None) != (
        entry.runtime_data.options.slouch_entity is None
    ):
        hass.config_entries.async_schedule_reload(entry.entry_id)
        return
    await entry.runtime_data.async_apply(options)


async def async_unload_entry(hass: HomeAssistant, entry: BackcareConfigEntry) -> bool:
    """Stop tracking; today's ledger is written so a reload carries on where it was."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unloaded:
        await entry.runtime_data.async_stop()
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: BackcareConfigEntry) -> None:
    """Forget the ledger and the repair issues of a removed workstation."""
    async_clear_missing_sources(hass, entry.entry_id)
    async_forget_phones(hass, entry.entry_id, [])
    await WorkstationStore(hass, entry.entry_id).async_remove()


async def async_migrate_entry(hass: HomeAssistant, entry: BackcareConfigEntry) -> bool:
    """Bring the options of an older version up to date."""
    if entry.version > 1:
        # A downgrade: this version cannot read what a newer one wrote.
        return False
    if entry.minor_version < 2:
        # 1.2: the preset "20-8-2" is called "cornell".
        options = dict(entry.options)
        if options.get(CONF_PRESET) == "20-8-2":
            options[CONF_PRESET] = "cornell"
        hass.config_entries.async_update_entry(entry, options=options, minor_version=2)
    if entry.minor_version < 3:
        # 1.3: the standing height's unit is stored. It was set in the height entity's
        # unit, which is taken as it is now (or as registered, before the entity is
        # back at start-up). If neither is known, heights are compared as reported,
        # as before, until the workstation is reconfigured.
        options = dict(entry.options)
        if (
            CONF_HEIGHT_UNIT not in options
            and (height_entity := options.get(CONF_HEIGHT_ENTITY))
            and (unit := current_height_unit(hass, height_entity))
        ):
            options[CONF_HEIGHT_UNIT] = unit
        hass.config_entries.async_update_entry(entry, options=options, minor_version=3)
    LOGGER.debug(
        "Migrated %s to version %s.%s",
        entry.entry_id,
        entry.version,
        entry.minor_version,
    )
    return True
