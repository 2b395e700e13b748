// The guided routine: the step the workstation's Routine step sensor shows, and the
// routine a nudge offers to start.

import type { HassEntityState } from "./types";

export const ROUTINES = ["evening", "core", "mobility"] as const;
export type Routine = (typeof ROUTINES)[number];

/** The nudges a routine answers, as the phone notification's Start routine button does. */
const NUDGE_ROUTINES: Partial<Record<string, Routine>> = {
  stretch: "evening",
  core: "core",
};

/**
 * The routine the nudge showing offers to start: the evening stretch for a stretch nudge,
 * the core routine for a core nudge; none for the other nudges, or while a routine runs
 * (starting one then would start over).
 */
export function offeredRoutine(
  nudge: HassEntityState | undefined,
  running: RoutineStep | undefined,
): Routine | undefined {
  if (!nudge || typeof nudge.attributes.nudge_id !== "string" || running) return undefined;
  return NUDGE_ROUTINES[nudge.state];
}

export interface RoutineStep {
  routine: Routine;
  /** The step shown, counted from 1, of `total`. */
  step: number;
  total: number;
  /** The step in Home Assistant's language, as the sensor says it. */
  text: string;
  /** The exercise's key, for its picture. */
  exercise: string | undefined;
  /** When the step ends, ms since the epoch; NaN when the sensor does not say. */
  endsAt: number;
}

function isRoutine(value: unknown): value is Routine {
  return ROUTINES.includes(value as Routine);
}

/** The step running now, or undefined while no routine runs (every attribute is null). */
export function runningStep(sensor: HassEntityState | undefined): RoutineStep | undefined {
  const attributes = sensor?.attributes ?? {};
  const { routine, step, total, exercise, ends_at: endsAt } = attributes;
  if (!isRoutine(routine) || typeof step !== "number" || typeof total !== "number") {
    return undefined;
  }
  return {
    routine,
    step,
    total,
    text: sensor?.state ?? "",
    exercise: typeof exercise === "string" && exercise ? exercise : undefined,
    endsAt: typeof endsAt === "string" ? Date.parse(endsAt) : NaN,
  };
}

/** Whole seconds left in the step, counted up so that "0:00" shows only at its end. */
export function secondsLeft(endsAt: number, now: number): number {
  return Number.isNaN(endsAt) ? 0 : Math.max(0, Math.ceil((endsAt - now) / 1000));
}

/** The countdown to the step's end, "1:05"; empty when the end is not known. */
export function countdownText(endsAt: number, now: number): string {
  if (Number.isNaN(endsAt)) return "";
  const seconds = secondsLeft(endsAt, now);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The address of an exercise's picture on Home Assistant, unsigned. */
export function routinePicturePath(exercise: string): string {
  return `/api/backcare/pictures/${exercise}.png`;
}
