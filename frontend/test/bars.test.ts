import { describe, expect, it } from "vitest";

import { buildTrend, dailyMinutes, hasStatistics } from "../src/bars";
import { addDays, startOfDay } from "../src/time";
import type { StatisticValue } from "../src/types";

const ZONE = "Europe/Amsterdam";
// Wednesday 25 November 2026, 15:00 in Amsterdam.
const todayStart = startOfDay(Date.parse("2026-11-25T14:00:00Z"), ZONE);
const day = (back: number) => addDays(todayStart, -back, ZONE);

/** Daily statistics of `days` days before today, as the recorder sends them. */
function statistics(minutes: (back: number) => number | null, days = 30): StatisticValue[] {
  const values: StatisticValue[] = [];
  for (let back = days; back >= 1; back--) {
    const value = minutes(back);
    if (value !== null) values.push({ start: day(back), end: day(back - 1), change: value, state: value });
  }
  return values;
}

describe("statistics to bars", () => {
  it("takes each day's change, else its last state", () => {
    const minutes = dailyMinutes([
      { start: 1000, change: 300, state: 310 },
      { start: 2000, change: null, state: 240 },
      { start: "1970-01-01T00:00:03Z", change: null, state: null, max: 90 },
      { start: 4000, change: null, state: null },
      { start: 5000, change: -5 },
    ]);
    expect([...minutes]).toEqual([
      [1000, 300],
      [2000, 240],
      [3000, 90],
      [5000, 0],
    ]);
  });

  it("makes a bar a day, today's from the live totals", () => {
    const trend = buildTrend({
      seated: statistics((back) => 200 + back),
      standing: statistics((back) => (back === 3 ? null : 60)),
      todayStart,
      today: { seated: 95, standing: 20 },
      count: 7,
      timeZone: ZONE,
    });
    expect(trend.bars).toHaveLength(7);
    expect(trend.bars.map((bar) => bar.start)).toEqual([6, 5, 4, 3, 2, 1, 0].map(day));
    expect(trend.bars.map((bar) => bar.seated)).toEqual([206, 205, 204, 203, 202, 201, 95]);
    expect(trend.bars.map((bar) => bar.standing)).toEqual([60, 60, 60, null, 60, 60, 20]);
  });

  it("makes 30 bars for a month, with gaps where nothing was recorded", () => {
    const trend = buildTrend({
      seated: statistics((back) => (back > 10 ? null : 100), 10),
      standing: [],
      todayStart,
      today: { seated: 0, standing: 0 },
      count: 30,
      timeZone: ZONE,
    });
    expect(trend.bars).toHaveLength(30);
    expect(trend.bars.filter((bar) => bar.seated === null)).toHaveLength(19);
    expect(trend.bars[0].start).toBe(day(29));
  });

  it("averages the past days at the desk, not today or days away", () => {
    const trend = buildTrend({
      // Saturday and Sunday (back 4 and 3) nobody was at the desk.
      seated: statistics((back) => (back === 4 || back === 3 ? 0 : 300)),
      standing: statistics((back) => (back === 4 || back === 3 ? 0 : 90)),
      todayStart,
      today: { seated: 10, standing: 0 },
      count: 7,
      timeZone: ZONE,
    });
    expect(trend.averageSeated).toBe(300);
    expect(trend.averageStanding).toBe(90);
  });

  it("has no average without data", () => {
    const trend = buildTrend({
      seated: [],
      standing: [],
      todayStart,
      today: { seated: 10, standing: 0 },
      count: 7,
      timeZone: ZONE,
    });
    expect(trend.averageSeated).toBeNull();
  });

  it("compares this week so far with the same days last week", () => {
    // Today is a Wednesday: this week is Monday to today (back 2..0), last week back 9..7.
    const trend = buildTrend({
      seated: statistics((back) => back * 10),
      standing: statistics(() => 30),
      todayStart,
      today: { seated: 5, standing: 7 },
      count: 7,
      timeZone: ZONE,
    });
    expect(trend.thisWeek).toEqual({ seated: 20 + 10 + 5, standing: 30 + 30 + 7 });
    expect(trend.lastWeek).toEqual({ seated: 90 + 80 + 70, standing: 90 });
  });

  it("starts the week on the locale's first weekday", () => {
    // A week from Sunday: Sunday to Wednesday (back 3..0).
    const trend = buildTrend({
      seated: statistics(() => 10),
      standing: statistics(() => 0),
      todayStart,
      today: { seated: 1, standing: 0 },
      count: 7,
      timeZone: ZONE,
      firstWeekday: 0,
    });
    expect(trend.thisWeek.seated).toBe(31);
    expect(trend.lastWeek.seated).toBe(40);
  });

  it("knows when there are no statistics at all", () => {
    expect(hasStatistics(undefined, undefined)).toBe(false);
    expect(hasStatistics([], [])).toBe(false);
    expect(hasStatistics([{ start: 0, change: 1 }], undefined)).toBe(true);
  });
});
