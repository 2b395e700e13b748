// A workstation's entities, found by device and translation key (names are the user's).

import type { HomeAssistant } from "./types";

export const DOMAIN = "backcare";

/** The entities the card uses: key → [domain, translation key]. */
export const ENTITY_KEYS = {
  posture: ["sensor", "posture"],
  seated: ["sensor", "seated_time_today"],
  standing: ["sensor", "standing_time_today"],
  bout: ["sensor", "sitting_bout"],
  sittingSince: ["sensor", "sitting_since"],
  nudge: ["sensor", "nudge"],
  routineStep: ["sensor", "routine_step"],
  done: ["button", "done"],
  snooze: ["button", "snooze"],
} as const;

export type EntityKey = keyof typeof ENTITY_KEYS;
export type WorkstationEntities = Partial<Record<EntityKey, string>>;

/**
 * The workstation's entity ids: the registry's display entries of the device whose domain
 * and translation key match (an entity the user renamed is still found).
 */
export function findEntities(
  entities: HomeAssistant["entities"],
  deviceId: string,
): WorkstationEntities {
  const found: WorkstationEntities = {};
  for (const entry of Object.values(entities)) {
    if (!entry || entry.device_id !== deviceId || entry.platform !== DOMAIN) continue;
    const domain = entry.entity_id.split(".")[0];
    for (const [key, [keyDomain, translationKey]] of Object.entries(ENTITY_KEYS)) {
      if (domain === keyDomain && entry.translation_key === translationKey) {
        found[key as EntityKey] = entry.entity_id;
      }
    }
  }
  return found;
}

/** The first backcare workstation (its posture sensor's device), for a new card. */
export function firstWorkstation(entities: HomeAssistant["entities"]): string | undefined {
  return Object.values(entities).find(
    (entry) =>
      entry?.platform === DOMAIN && entry.translation_key === "posture" && entry.device_id,
  )?.device_id;
}
