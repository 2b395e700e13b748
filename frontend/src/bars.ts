// The week or month: daily seated and standing minutes from long-term statistics.

import { addDays, weekday } from "./time";
import type { StatisticValue } from "./types";

export interface DayBar {
  /** The local midnight that starts the day. */
  start: number;
  /** Minutes, or null where the statistics have nothing for the day. */
  seated: number | null;
  standing: number | null;
}

export interface Trend {
  bars: DayBar[];
  averageSeated: number | null;
  averageStanding: number | null;
  thisWeek: { seated: number; standing: number };
  lastWeek: { seated: number; standing: number };
}

function startMs(value: number | string): number {
  return typeof value === "number" ? value : Date.parse(value);
}

/**
 * The minutes of a day from the daily statistics of a total that resets at midnight: its
 * `change` (what it grew by over the day), else the `state` at the day's end.
 */
export function dailyMinutes(values: StatisticValue[] | undefined): Map<number, number> {
  const days = new Map<number, number>();
  for (const value of values ?? []) {
    const minutes =
      typeof value.change === "number"
        ? value.change
        : typeof value.state === "number"
          ? value.state
          : typeof value.max === "number"
            ? value.max
            : null;
    if (minutes !== null) days.set(startMs(value.start), Math.max(0, minutes));
  }
  return days;
}

/** Match a statistics day to a local midnight, allowing for an hour of DST difference. */
function lookup(days: Map<number, number>, start: number): number | null {
  for (const [day, minutes] of days) {
    if (Math.abs(day - start) <= 3_600_000) return minutes;
  }
  return null;
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

/**
 * Bars for the `count` days up to today, today's from the live totals (its statistics are not
 * compiled until the day is over); the averages are over the past days spent at the desk
 * (today is not over, and a weekend would pull the average down); this week runs
 * from `firstWeekday` (0 = Sunday) to today and is compared with the same days of last week.
 */
export function buildTrend(options: {
  seated: StatisticValue[] | undefined;
  standing: StatisticValue[] | undefined;
  todayStart: number;
  today: { seated: number; standing: number };
  count: number;
  timeZone: string;
  firstWeekday?: number;
}): Trend {
  const { todayStart, today, count, timeZone } = options;
  const seated = dailyMinutes(options.seated);
  const standing = dailyMinutes(options.standing);
  const span = Math.max(count, 14);
  const all: DayBar[] = [];
  for (let back = span - 1; back >= 1; back--) {
    const start = addDays(todayStart, -back, timeZone);
    all.push({ start, seated: lookup(seated, start), standing: lookup(standing, start) });
  }
  all.push({ start: todayStart, seated: today.seated, standing: today.standing });

  const bars = all.slice(-count);
  const atDesk = bars.slice(0, -1).filter((bar) => (bar.seated ?? 0) + (bar.standing ?? 0) > 0);
  const intoWeek = (weekday(todayStart, timeZone) - (options.firstWeekday ?? 1) + 7) % 7;
  const sum = (from: number, to: number) => {
    const slice = all.slice(all.length - 1 - from, all.length - to);
    return {
      seated: slice.reduce((total, bar) => total + (bar.seated ?? 0), 0),
      standing: slice.reduce((total, bar) => total + (bar.standing ?? 0), 0),
    };
  };
  return {
    bars,
    averageSeated: mean(atDesk.map((bar) => bar.seated ?? 0)),
    averageStanding: mean(atDesk.map((bar) => bar.standing ?? 0)),
    thisWeek: sum(intoWeek, 0),
    lastWeek: sum(intoWeek + 7, 7),
  };
}

/** Whether the statistics know either figure at all (else the card says so). */
export function hasStatistics(
  seated: StatisticValue[] | undefined,
  standing: StatisticValue[] | undefined,
): boolean {
  return Boolean(seated?.length || standing?.length);
}

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];
