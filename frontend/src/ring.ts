// The sitting bout as a ring against the sit limit.

export type RingLevel = "idle" | "ok" | "near" | "over";

/** From this share of the sit limit on, the ring warns that the limit is near. */
export const NEAR_SHARE = 0.8;

export function ringLevel(boutMinutes: number | null, limitMinutes: number): RingLevel {
  if (boutMinutes === null) return "idle";
  if (limitMinutes <= 0 || boutMinutes >= limitMinutes) return "over";
  return boutMinutes >= NEAR_SHARE * limitMinutes ? "near" : "ok";
}

/** The theme colour of a level: Home Assistant's own variables, with fallbacks. */
export function ringColor(level: RingLevel): string {
  switch (level) {
    case "ok":
      return "var(--success-color, #43a047)";
    case "near":
      return "var(--warning-color, #ffa600)";
    case "over":
      return "var(--error-color, #db4437)";
    default:
      return "var(--disabled-color, #bdbdbd)";
  }
}

/** The share of the ring filled, 0 to 1 (full once the limit is reached). */
export function ringFill(boutMinutes: number | null, limitMinutes: number): number {
  if (boutMinutes === null || limitMinutes <= 0) return boutMinutes ? 1 : 0;
  return Math.min(1, Math.max(0, boutMinutes / limitMinutes));
}

/**
 * The live sitting bout in minutes: from the `sitting_since` timestamp when it has one
 * (counted in the browser, no writes needed), else the bout sensor's last value; null when
 * not sitting.
 */
export function liveBout(
  posture: string | undefined,
  sittingSince: string | undefined,
  boutSensor: string | undefined,
  now: number,
): number | null {
  if (posture !== "sitting") return null;
  const since = sittingSince ? Date.parse(sittingSince) : Number.NaN;
  if (!Number.isNaN(since)) return Math.max(0, (now - since) / 60_000);
  const bout = Number(boutSensor);
  return Number.isFinite(bout) ? bout : 0;
}

const MINUTES_PER_UNIT: Record<string, number> = { s: 1 / 60, min: 1, h: 60, d: 1440 };

/** A duration sensor's value in minutes, whichever unit the user chose to show it in. */
export function toMinutes(value: number, unit: unknown): number {
  return value * (MINUTES_PER_UNIT[typeof unit === "string" ? unit : "min"] ?? 1);
}

/**
 * Today's total of a posture, live. backcare writes it with its exact value at each
 * milestone (a change of posture, a break, midnight), not as the clock moves: while that
 * posture lasts, the time since the later of its last write and the posture's last change
 * is added (a total that did not change at the posture change was not written then).
 */
export function liveTotal(
  value: string | undefined,
  unit: unknown,
  lastUpdated: string | undefined,
  counting: boolean,
  now: number,
  countingSince?: string,
): number | null {
  if (value === undefined || value === "" || !Number.isFinite(Number(value))) return null;
  const minutes = toMinutes(Number(value), unit);
  if (!counting || !lastUpdated) return minutes;
  const written = Date.parse(lastUpdated);
  if (Number.isNaN(written)) return minutes;
  const changed = countingSince ? Date.parse(countingSince) : Number.NaN;
  const since = Number.isNaN(changed) ? written : Math.max(written, changed);
  return minutes + Math.max(0, (now - since) / 60_000);
}

/** A number from a state attribute, if it is one. */
export function numberAttribute(
  attributes: Record<string, unknown> | undefined,
  name: string,
): number | undefined {
  const value = attributes?.[name];
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}
