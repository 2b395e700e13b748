import { describe, expect, it } from "vitest";

import {
  liveBout,
  liveTotal,
  numberAttribute,
  ringColor,
  ringFill,
  ringLevel,
  toMinutes,
} from "../src/ring";

const now = Date.parse("2026-11-23T10:00:00Z");

describe("the ring's colour", () => {
  it("goes from calm to warning to over the limit", () => {
    expect(ringLevel(null, 30)).toBe("idle");
    expect(ringLevel(0, 30)).toBe("ok");
    expect(ringLevel(23.9, 30)).toBe("ok");
    expect(ringLevel(24, 30)).toBe("near");
    expect(ringLevel(29.9, 30)).toBe("near");
    expect(ringLevel(30, 30)).toBe("over");
    expect(ringLevel(95, 30)).toBe("over");
  });

  it("uses the theme's colours", () => {
    expect(ringColor("ok")).toContain("--success-color");
    expect(ringColor("near")).toContain("--warning-color");
    expect(ringColor("over")).toContain("--error-color");
    expect(ringColor("idle")).toContain("--disabled-color");
  });

  it("fills up to the limit", () => {
    expect(ringFill(null, 30)).toBe(0);
    expect(ringFill(15, 30)).toBe(0.5);
    expect(ringFill(45, 30)).toBe(1);
  });
});

describe("the live bout", () => {
  it("counts from sitting since in the browser", () => {
    expect(liveBout("sitting", "2026-11-23T09:48:00+00:00", "10", now)).toBe(12);
  });

  it("falls back on the bout sensor, and is none while not sitting", () => {
    expect(liveBout("sitting", "unknown", "10.5", now)).toBe(10.5);
    expect(liveBout("sitting", undefined, "unavailable", now)).toBe(0);
    expect(liveBout("standing", "2026-11-23T09:48:00+00:00", "10", now)).toBeNull();
    expect(liveBout(undefined, undefined, undefined, now)).toBeNull();
  });
});

describe("today's live totals", () => {
  it("adds the time since the last write while the posture lasts", () => {
    expect(liveTotal("100", "min", "2026-11-23T09:55:00+00:00", true, now)).toBe(105);
    expect(liveTotal("100", "min", "2026-11-23T09:55:00+00:00", false, now)).toBe(100);
  });

  it("runs on from the posture's last change when the total was written before it", () => {
    // Standing since 09:58; the standing total was last written at 09:30, when a stand ended.
    expect(
      liveTotal("20", "min", "2026-11-23T09:30:00+00:00", true, now, "2026-11-23T09:58:00+00:00"),
    ).toBe(22);
    // Written at the posture change or after it: from the write.
    expect(
      liveTotal("20", "min", "2026-11-23T09:59:00+00:00", true, now, "2026-11-23T09:58:00+00:00"),
    ).toBe(21);
  });

  it("reads a total shown in another unit as minutes", () => {
    expect(liveTotal("1.5", "h", "2026-11-23T09:55:00+00:00", false, now)).toBe(90);
    expect(liveTotal("120", "s", undefined, false, now)).toBe(2);
    expect(toMinutes(2, undefined)).toBe(2);
  });

  it("has none without a number", () => {
    expect(liveTotal("unavailable", "min", "2026-11-23T09:55:00+00:00", true, now)).toBeNull();
    expect(liveTotal(undefined, "min", undefined, true, now)).toBeNull();
  });

  it("reads limits from attributes when they are numbers", () => {
    expect(numberAttribute({ sit_limit_minutes: 45 }, "sit_limit_minutes")).toBe(45);
    expect(numberAttribute({ sit_limit_minutes: "45" }, "sit_limit_minutes")).toBeUndefined();
    expect(numberAttribute(undefined, "sit_limit_minutes")).toBeUndefined();
  });
});
