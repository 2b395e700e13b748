import { describe, expect, it } from "vitest";

import {
  bandKind,
  bandTotals,
  bandsFromChanges,
  changesFromHistory,
  nudgeMarkers,
  withCurrent,
} from "../src/bands";
import type { CompressedState } from "../src/types";

const at = (time: string) => Date.parse(`2026-11-23T${time}:00Z`);
const seconds = (time: string) => at(time) / 1000;
const dayStart = at("00:00");

describe("history to bands", () => {
  it("reads the compressed history, last changed before last updated", () => {
    const states: CompressedState[] = [
      { s: "away", lu: seconds("00:00") },
      { s: "sitting", lu: seconds("09:10"), lc: seconds("09:00") },
    ];
    expect(changesFromHistory(states)).toEqual([
      { at: at("00:00"), state: "away" },
      { at: at("09:00"), state: "sitting" },
    ]);
    expect(changesFromHistory(undefined)).toEqual([]);
  });

  it("starts at the first arrival and ends now, in order and lengths", () => {
    const bands = bandsFromChanges(
      [
        // The state at the start of the period may be from yesterday.
        { at: at("00:00") - 3_600_000, state: "away" },
        { at: at("09:00"), state: "sitting" },
        { at: at("09:40"), state: "standing" },
        { at: at("10:00"), state: "away" },
        { at: at("10:05"), state: "sitting" },
      ],
      dayStart,
      at("11:00"),
    );
    expect(bands.map((band) => [band.kind, (band.end - band.start) / 60_000])).toEqual([
      ["sitting", 40],
      ["standing", 20],
      ["away", 5],
      ["sitting", 55],
    ]);
    expect(bands[0].start).toBe(at("09:00"));
    expect(bands[bands.length - 1].end).toBe(at("11:00"));
  });

  it("clips a bout that began yesterday at midnight", () => {
    const bands = bandsFromChanges(
      [{ at: at("00:00") - 600_000, state: "sitting" }],
      dayStart,
      at("00:30"),
    );
    expect(bands).toEqual([{ kind: "sitting", start: dayStart, end: at("00:30") }]);
  });

  it("merges repeated states and keeps unknown stretches as gaps", () => {
    const bands = bandsFromChanges(
      [
        { at: at("09:00"), state: "sitting" },
        { at: at("09:10"), state: "sitting" },
        { at: at("09:20"), state: "unavailable" },
        { at: at("09:25"), state: "standing" },
      ],
      dayStart,
      at("09:30"),
    );
    expect(bands.map((band) => band.kind)).toEqual(["sitting", "unknown", "standing"]);
    expect(bands[0].end).toBe(at("09:20"));
  });

  it("is empty before anyone arrived", () => {
    expect(bandsFromChanges([{ at: at("00:00"), state: "away" }], dayStart, at("08:00"))).toEqual(
      [],
    );
    expect(bandsFromChanges([], dayStart, at("08:00"))).toEqual([]);
  });

  it("ignores changes after now (a clock a little ahead)", () => {
    const bands = bandsFromChanges(
      [
        { at: at("09:00"), state: "sitting" },
        { at: at("09:31"), state: "standing" },
      ],
      dayStart,
      at("09:30"),
    );
    expect(bands).toEqual([{ kind: "sitting", start: at("09:00"), end: at("09:30") }]);
  });

  it("adds the live state once", () => {
    const changes = [{ at: at("09:00"), state: "sitting" }];
    const standing = { at: at("09:40"), state: "standing" };
    expect(withCurrent(changes, standing)).toEqual([...changes, standing]);
    expect(withCurrent(changes, { at: at("09:00"), state: "sitting" })).toBe(changes);
    expect(withCurrent(changes, { at: at("08:00"), state: "away" })).toBe(changes);
    expect(withCurrent(changes, undefined)).toBe(changes);
  });

  it("totals each posture", () => {
    const bands = bandsFromChanges(
      [
        { at: at("09:00"), state: "sitting" },
        { at: at("09:45"), state: "standing" },
        { at: at("10:00"), state: "away" },
        { at: at("10:30"), state: "sitting" },
      ],
      dayStart,
      at("10:45"),
    );
    expect(bandTotals(bands)).toEqual({ sitting: 60, standing: 15, away: 30, unknown: 0 });
  });

  it("knows the postures", () => {
    expect(bandKind("sitting")).toBe("sitting");
    expect(bandKind("unknown")).toBe("unknown");
    expect(bandKind("unavailable")).toBe("unknown");
  });
});

describe("nudges as markers", () => {
  it("counts each nudge once, at the time it fired", () => {
    const states: CompressedState[] = [
      { s: "none", a: { snoozed_until: null }, lu: seconds("08:00") },
      {
        s: "stand",
        a: { nudge_id: "a1", fired_at: "2026-11-23T09:30:00+00:00", level: 1 },
        lu: seconds("09:30"),
      },
      // An escalation of the same nudge.
      {
        s: "stand",
        a: { nudge_id: "a1", fired_at: "2026-11-23T09:30:00+00:00", level: 2 },
        lu: seconds("09:35"),
      },
      { s: "stand", a: { snoozed_until: null }, lu: seconds("09:40") },
      { s: "move", a: { nudge_id: "b2" }, lu: seconds("10:15") },
    ];
    expect(nudgeMarkers(states, dayStart, at("11:00"))).toEqual([
      { at: at("09:30"), kind: "stand", id: "a1" },
      { at: at("10:15"), kind: "move", id: "b2" },
    ]);
  });

  it("leaves out yesterday's nudge", () => {
    const states: CompressedState[] = [
      {
        s: "stand",
        a: { nudge_id: "old", fired_at: "2026-11-22T23:50:00+00:00" },
        lu: seconds("00:00"),
      },
    ];
    expect(nudgeMarkers(states, dayStart, at("11:00"))).toEqual([]);
    expect(nudgeMarkers(undefined, dayStart, at("11:00"))).toEqual([]);
  });
});
