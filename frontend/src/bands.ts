// Today's ribbon: the posture history as bands of sitting, standing and away.

import type { CompressedState } from "./types";

export type BandKind = "sitting" | "standing" | "away" | "unknown";

export interface PostureChange {
  /** Milliseconds since the epoch. */
  at: number;
  state: string;
}

export interface Band {
  kind: BandKind;
  start: number;
  end: number;
}

export interface NudgeMarker {
  at: number;
  kind: string;
  id: string;
}

export function bandKind(state: string): BandKind {
  return state === "sitting" || state === "standing" || state === "away"
    ? state
    : "unknown";
}

/** The posture's changes from a history response (the first one is the state at its start). */
export function changesFromHistory(states: CompressedState[] | undefined): PostureChange[] {
  return (states ?? []).map((state) => ({
    at: Math.round((state.lc ?? state.lu) * 1000),
    state: state.s,
  }));
}

/** Add a change the history has not got yet (the state as it is now), in order. */
export function withCurrent(
  changes: PostureChange[],
  current: PostureChange | undefined,
): PostureChange[] {
  if (!current) return changes;
  const last = changes[changes.length - 1];
  if (last && (current.at < last.at || (current.at === last.at && current.state === last.state))) {
    return changes;
  }
  return [...changes, current];
}

/**
 * Bands from the first arrival of the day to `now`: consecutive equal postures are merged,
 * everything is clipped to [dayStart, now], and the away time before the first arrival is
 * left out (the ribbon starts when the day at the desk does).
 */
export function bandsFromChanges(
  changes: PostureChange[],
  dayStart: number,
  now: number,
): Band[] {
  const sorted = [...changes].sort((a, b) => a.at - b.at);
  const bands: Band[] = [];
  sorted.forEach((change, index) => {
    const start = Math.max(change.at, dayStart);
    const next = sorted[index + 1];
    const end = Math.min(next ? next.at : now, now);
    if (end <= start) return;
    const kind = bandKind(change.state);
    const previous = bands[bands.length - 1];
    if (previous && previous.kind === kind && previous.end === start) {
      previous.end = end;
    } else {
      bands.push({ kind, start, end });
    }
  });
  const firstArrival = bands.findIndex(
    (band) => band.kind === "sitting" || band.kind === "standing",
  );
  return firstArrival < 0 ? [] : bands.slice(firstArrival);
}

/** Minutes of each kind in the bands. */
export function bandTotals(bands: Band[]): Record<BandKind, number> {
  const totals: Record<BandKind, number> = { sitting: 0, standing: 0, away: 0, unknown: 0 };
  for (const band of bands) totals[band.kind] += (band.end - band.start) / 60_000;
  return totals;
}

/**
 * Nudges of the day as markers, from the nudge sensor's history: each nudge counts once,
 * by its id, at the time it first fired.
 */
export function nudgeMarkers(
  states: CompressedState[] | undefined,
  dayStart: number,
  now: number,
): NudgeMarker[] {
  const seen = new Map<string, NudgeMarker>();
  for (const state of states ?? []) {
    const attributes = state.a ?? {};
    const id = attributes.nudge_id;
    if (typeof id !== "string" || seen.has(id)) continue;
    const firedAt =
      typeof attributes.fired_at === "string"
        ? Date.parse(attributes.fired_at)
        : Math.round((state.lc ?? state.lu) * 1000);
    if (Number.isNaN(firedAt) || firedAt < dayStart || firedAt > now) continue;
    seen.set(id, { at: firedAt, kind: state.s, id });
  }
  return [...seen.values()].sort((a, b) => a.at - b.at);
}
