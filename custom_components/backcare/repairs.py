"""Repairs: a source entity that was removed or renamed, and a flow to choose its successor."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from homeassistant.components.repairs import RepairsFlow
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
    split_entity_id,
)
from homeassistant.helpers import (
    entity_registry as er,
    issue_registry as ir,
    selector,
)
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.helpers.start import async_at_started
from homeassistant.util.hass_dict import HassKey

from .compat import probatio
from .const import CONF_HEIGHT_ENTITY, CONF_HEIGHT_UNIT, DOMAIN
from .height import HEIGHT_ENTITY_SELECTOR, convert_height, current_height_unit
from .options import ENTITY_OPTIONS, entity_options

if TYPE_CHECKING:
    # Home Assistant 2026.3 has no RepairsFlowResult (its flows return FlowResult).
    from homeassistant.components.repairs import RepairsFlowResult

    from .workstation import BackcareConfigEntry

ISSUE_MISSING_SOURCE = "missing_source"
ISSUE_POSTURE_SOURCE_LOST = "posture_source_lost"
type RegistryEvent = Event[er.EventEntityRegistryUpdatedData]
CONF_REPLACEMENT = "replacement"


def _source_ids(options: Mapping[str, Any]) -> set[str]:
    return {entity_id for ids in entity_options(options).values() for entity_id in ids}


def source_issue_id(entry_id: str, entity_id: str) -> str:
    """Return the repair issue id of a missing source of a workstation."""
    return f"{ISSUE_MISSING_SOURCE}_{entry_id}_{entity_id}"


class _RegistryWatch:
    """One entity registry listener for every workstation, told which sources to watch.

    With a listener per workstation, every entity added at start-up would be shown to
    every workstation: hundreds of workstations would make start-up slow.
    """

    def __init__(self, hass: HomeAssistant) -> None:
        self._hass = hass
        self._watchers: dict[str, list[Callable[[RegistryEvent], None]]] = {}
        self._unsubscribe: CALLBACK_TYPE | None = None

    @callback
    def add(
        self, entity_ids: set[str], watcher: Callable[[RegistryEvent], None]
    ) -> CALLBACK_TYPE:
        """Call `watcher` with each registry event about one of `entity_ids`."""
        for entity_id in entity_ids:
            self._watchers.setdefault(entity_id, []).append(watcher)
        if self._unsubscribe is None:
            self._unsubscribe = self._hass.bus.async_listen(
                er.EVENT_ENTITY_REGISTRY_UPDATED,
                self._dispatch,
                event_filter=self._concerns,
            )

        @callback
        def remove() -> None:
            for entity_id in entity_ids:
                watchers = self._watchers[entity_id]
                watchers.remove(watcher)
                if not watchers:
                    del self._watchers[entity_id]
            if not self._watchers and self._unsubscribe is not None:
                self._unsubscribe()
                self._unsubscribe = None

        return remove

    @callback
    def _concerns(self, data: er.EventEntityRegistryUpdatedData) -> bool:
        return data["entity_id"] in self._watchers or (
            data["action"] == "update" and data.get("old_entity_id") in self._watchers
        )

    @callback
    def _dispatch(self, event: RegistryEvent) -> None:
        data = event.data
        ids = {data["entity_id"]}
        if data["action"] == "update" and (old := data.get("old_entity_id")):
            ids.add(old)
        watchers = {
            watcher
            for entity_id in ids
            for watcher in self._watchers.get(entity_id, [])
        }
        for watcher in watchers:
            watcher(event)


_WATCH: HassKey[_RegistryWatch] = HassKey(f"{DOMAIN}_registry_watch")


@callback
def async_track_missing_sources(
    hass: HomeAssistant, entry: BackcareConfigEntry
) -> CALLBACK_TYPE:
    """Raise a repair issue while a source entity is removed or renamed away.

    Sources are checked once Home Assistant has started, when every integration had
    its chance to add its entities; an issue clears itself when the entity is back
    (its state is followed only while it is missing).
    """
    sources = _source_ids(entry.options)
    # The missing sources, each with the state listener that waits for its return.
    missing: dict[str, CALLBACK_TYPE] = {}

    @callback
    def state_changed(event: Event[EventStateChangedData]) -> None:
        if event.data["new_state"] is not None:
            clear_issue(event.data["entity_id"])

    def raise_issue(entity_id: str, suggested: str | None = None) -> None:
        ir.async_create_issue(
            hass,
            DOMAIN,
            source_issue_id(entry.entry_id, entity_id),
            data={
                "entry_id": entry.entry_id,
                "entity_id": entity_id,
                "suggested": suggested,
            },
            is_fixable=True,
            severity=ir.IssueSeverity.WARNING,
            translation_key=ISSUE_MISSING_SOURCE,
            translation_placeholders={
                "entity": entity_id,
                "workstation": entry.title,
            },
        )
        if entity_id not in missing:
            missing[entity_id] = async_track_state_change_event(
                hass, entity_id, state_changed
            )

    def clear_issue(entity_id: str) -> None:
        ir.async_delete_issue(hass, DOMAIN, source_issue_id(entry.entry_id, entity_id))
        if (stop_following := missing.pop(entity_id, None)) is not None:
            stop_following()

    @callback
    def check_sources(hass: HomeAssistant) -> None:
        registry = er.async_get(hass)
        for entity_id in sources:
            if (
                hass.states.get(entity_id) is None
                and entity_id not in registry.entities
            ):
                raise_issue(entity_id)
            else:
                clear_issue(entity_id)
        # Issues about entities the workstation no longer uses, after an options change.
        for entity_id in _issue_entities(hass, entry.entry_id) - sources:
            clear_issue(entity_id)

    @callback
    def registry_updated(event: RegistryEvent) -> None:
        data = event.data
        if data["action"] == "update" and (old := data.get("old_entity_id")):
            if old in sources:
                raise_issue(old, suggested=data["entity_id"])
            if data["entity_id"] in sources:
                clear_issue(data["entity_id"])
        elif data["action"] == "remove":
            raise_issue(data["entity_id"])
        elif data["action"] == "create":
            clear_issue(data["entity_id"])

    if (watch := hass.data.get(_WATCH)) is None:
        watch = hass.data[_WATCH] = _RegistryWatch(hass)
    unsubscribe = [
        async_at_started(hass, check_sources),
        watch.add(sources, registry_updated),
    ]

    @callback
    def stop() -> None:
        for unsub in [*unsubscribe, *missing.values()]:
            unsub()
        missing.clear()

    return stop


def _issue_entities(hass: HomeAssistant, entry_id: str) -> set[str]:
    """Return the entities a workstation has a missing source issue for."""
    prefix = source_issue_id(entry_id, "")
    return {
        key.removeprefix(prefix)
        for domain, key in ir.async_get(hass).issues
        if domain == DOMAIN and key.startswith(prefix)
    }


@callback
def posture_lost_issue_id(entry_id: str) -> str:
    """Return the repair issue id of a workstation's posture source gone quiet."""
    return f"{ISSUE_POSTURE_SOURCE_LOST}_{entry_id}"


@callback
def async_posture_source_lost(
    hass: HomeAssistant, entry: BackcareConfigEntry, entity_id: str, minutes: int
) -> None:
    """Say that the posture source has said nothing usable for a while."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        posture_lost_issue_id(entry.entry_id),
        is_fixable=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key=ISSUE_POSTURE_SOURCE_LOST,
        translation_placeholders={
            "entity": entity_id,
            "workstation": entry.title,
            "minutes": str(minutes),
        },
    )


def async_clear_missing_sources(hass: HomeAssistant, entry_id: str) -> None:
    """Delete the issues of a removed workstation."""
    ir.async_delete_issue(hass, DOMAIN, posture_lost_issue_id(entry_id))
    for entity_id in _issue_entities(hass, entry_id):
        ir.async_delete_issue(hass, DOMAIN, source_issue_id(entry_id, entity_id))


def replace_source(options: Mapping[str, Any], old: str, new: str) -> dict[str, Any]:
    """Return the options with the source `old` replaced by `new` wherever it is used."""
    replaced = dict(options)
    for key, (_, multiple) in ENTITY_OPTIONS.items():
        value = options.get(key)
        if multiple and value and old in value:
            replaced[key] = list(dict.fromkeys(new if e == old else e for e in value))
        elif not multiple and value == old:
            replaced[key] = new
    return replaced


def _selector(key: str) -> selector.EntitySelector:
    """Return the selector of the option a source came from, for a single entity."""
    if key == CONF_HEIGHT_ENTITY:
        return HEIGHT_ENTITY_SELECTOR
    return selector.EntitySelector(
        selector.EntitySelectorConfig(domain=ENTITY_OPTIONS[key][0])
    )


class MissingSourceRepairFlow(RepairsFlow):
    """Choose the entity that takes the place of a missing source."""

    def __init__(self, entry_id: str, entity_id: str, suggested: str | None) -> None:
        """Fix the source `entity_id` of the workstation `entry_id`."""
        self._entry_id = entry_id
        self._entity_id = entity_id
        self._suggested = suggested

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> RepairsFlowResult:
        """Offer an entity of the same kind, the renamed one if known."""
        entry = self.hass.config_entries.async_get_entry(self._entry_id)
        if entry is None:
            return self.async_abort(reason="workstation_removed")
        keys = [
            key
            for key, ids in entity_options(entry.options).items()
            if self._entity_id in ids
        ]
        if not keys:
            return self.async_abort(reason="source_not_used")
        errors: dict[str, str] = {}
        # The flow starts with {"issue_id": ...} as its input: only an answer counts.
        if user_input is not None and CONF_REPLACEMENT in user_input:
            new = user_input[CONF_REPLACEMENT]
            if not all(
                split_entity_id(new)[0] in ENTITY_OPTIONS[key][0] for key in keys
            ):
                errors[CONF_REPLACEMENT] = "wrong_domain"
            elif (
                self.hass.states.get(new) is None
                and new not in er.async_get(self.hass).entities
            ):
                errors[CONF_REPLACEMENT] = "entity_not_found"
            elif CONF_HEIGHT_ENTITY in keys and not self._height_comparable(
                entry.options, new
            ):
                errors[CONF_REPLACEMENT] = "height_unit"
            else:
                # A loaded workstation takes it in place: today's totals carry on.
                self.hass.config_entries.async_update_entry(
                    entry, options=replace_source(entry.options, self._entity_id, new)
                )
                if entry.state is not ConfigEntryState.LOADED:
                    self.hass.config_entries.async_schedule_reload(entry.entry_id)
                return self.async_create_entry(data={})
        suggested = (user_input or {}).get(CONF_REPLACEMENT, self._suggested)
        return self.async_show_form(
            step_id="init",
            data_schema=probatio.Schema(
                {
                    probatio.Required(
                        CONF_REPLACEMENT, description={"suggested_value": suggested}
                    ): _selector(keys[0])
                }
            ),
            errors=errors,
            description_placeholders={
                "entity": self._entity_id,
                "workstation": entry.title,
            },
        )

    def _height_comparable(self, options: Mapping[str, Any], new: str) -> bool:
        """Whether the new height entity's unit converts to the standing height's.

        The standing height stays in the unit it was set in: a desk reporting
        millimetres may replace one reporting centimetres, a cover's percent may not.
        """
        stored = options.get(CONF_HEIGHT_UNIT)
        reported = current_height_unit(self.hass, new)
        return (
            stored is None
            or reported is None
            or convert_height(0.0, reported, stored) is not None
        )


async def async_create_fix_flow(
    hass: HomeAssistant,
    issue_id: str,
    data: dict[str, str | int | float | None] | None,
) -> RepairsFlow:
    """Create the flow that fixes a missing source."""
    assert data is not None  # every issue of backcare carries its entry and entity
    suggested = data.get("suggested")
    return MissingSourceRepairFlow(
        str(data["entry_id"]),
        str(data["entity_id"]),
        str(suggested) if suggested else None,
    )
