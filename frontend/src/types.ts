// The parts of Home Assistant's frontend objects the card reads.

export interface HassEntityState {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
  last_changed: string;
  last_updated: string;
}

/** An entity registry display entry (`hass.entities`). */
export interface EntityRegistryDisplayEntry {
  entity_id: string;
  device_id?: string;
  platform?: string;
  translation_key?: string;
  hidden?: boolean;
}

export interface DeviceRegistryEntry {
  id: string;
  name?: string | null;
  name_by_user?: string | null;
}

export interface HassLocale {
  language: string;
  time_zone?: "local" | "server";
  first_weekday?: string;
}

export interface HomeAssistant {
  states: Record<string, HassEntityState | undefined>;
  entities: Record<string, EntityRegistryDisplayEntry | undefined>;
  devices: Record<string, DeviceRegistryEntry | undefined>;
  language: string;
  locale?: HassLocale;
  config: { time_zone: string };
  callWS<T>(msg: Record<string, unknown>): Promise<T>;
  callService(
    domain: string,
    service: string,
    data?: Record<string, unknown>,
  ): Promise<unknown>;
}

export interface BackcareCardConfig {
  type: string;
  device?: string;
  title?: string;
  show_now?: boolean;
  show_today?: boolean;
  show_week?: boolean;
  days?: number | string;
  sit_limit?: number;
  standing_goal?: number;
}

/** A state in the compressed form of `history/history_during_period`. */
export interface CompressedState {
  s: string;
  a?: Record<string, unknown>;
  /** Last updated, seconds since the epoch. */
  lu: number;
  /** Last changed, seconds since the epoch, when it differs from `lu`. */
  lc?: number;
}

export type HistoryResponse = Record<string, CompressedState[] | undefined>;

/** One period of `recorder/statistics_during_period`. */
export interface StatisticValue {
  start: number | string;
  end?: number | string;
  change?: number | null;
  state?: number | null;
  max?: number | null;
}

export type StatisticsResponse = Record<string, StatisticValue[] | undefined>;
