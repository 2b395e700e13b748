import { describe, expect, it } from "vitest";

import {
  addDays,
  cardLanguage,
  formatDay,
  formatDuration,
  formatTime,
  startOfDay,
  weekday,
} from "../src/time";

const at = (iso: string) => Date.parse(iso);
/** Intl puts narrow no-break spaces in some formats: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("days in Home Assistant's time zone", () => {
  it("starts the day at local midnight", () => {
    expect(startOfDay(at("2026-11-23T12:00:00Z"), "Europe/Amsterdam")).toBe(
      at("2026-11-22T23:00:00Z"),
    );
    expect(startOfDay(at("2026-11-23T20:00:00Z"), "America/Los_Angeles")).toBe(
      at("2026-11-23T08:00:00Z"),
    );
    expect(startOfDay(at("2026-11-23T05:00:00Z"), "America/Los_Angeles")).toBe(
      at("2026-11-22T08:00:00Z"),
    );
  });

  it("knows the midnight itself and the last second of the day", () => {
    expect(startOfDay(at("2026-11-22T23:00:00Z"), "Europe/Amsterdam")).toBe(
      at("2026-11-22T23:00:00Z"),
    );
    expect(startOfDay(at("2026-11-23T22:59:59Z"), "Europe/Amsterdam")).toBe(
      at("2026-11-22T23:00:00Z"),
    );
  });

  it("has 23 and 25 hour days at the DST changes", () => {
    const spring = startOfDay(at("2026-03-29T12:00:00Z"), "Europe/Amsterdam");
    expect(spring).toBe(at("2026-03-28T23:00:00Z"));
    expect(addDays(spring, 1, "Europe/Amsterdam")).toBe(at("2026-03-29T22:00:00Z"));
    const autumn = startOfDay(at("2026-10-25T12:00:00Z"), "Europe/Amsterdam");
    expect(autumn).toBe(at("2026-10-24T22:00:00Z"));
    expect(addDays(autumn, 1, "Europe/Amsterdam")).toBe(at("2026-10-25T23:00:00Z"));
    expect(addDays(autumn, -1, "Europe/Amsterdam")).toBe(at("2026-10-23T22:00:00Z"));
  });

  it("counts weekdays in the zone", () => {
    // 2026-11-23 is a Monday; 07:00 UTC is still Sunday in Los Angeles.
    expect(weekday(at("2026-11-23T07:00:00Z"), "Europe/Amsterdam")).toBe(1);
    expect(weekday(at("2026-11-23T07:00:00Z"), "America/Los_Angeles")).toBe(0);
  });
});

describe("the card's language", () => {
  it("takes the language of the locale, English where it has no labels", () => {
    expect(cardLanguage("de")).toBe("de");
    expect(cardLanguage("nl-BE")).toBe("nl");
    expect(cardLanguage("fr_CA")).toBe("fr");
    expect(cardLanguage("es-419")).toBe("es");
    expect(cardLanguage("en-GB")).toBe("en");
    expect(cardLanguage("pt-BR")).toBe("en");
    expect(cardLanguage(undefined)).toBe("en");
  });
});

describe("durations in each language", () => {
  const cases: Record<string, [string, string, string]> = {
    en: ["25 min", "2 hr", "1 hr 5 min"],
    de: ["25 Min.", "2 Std.", "1 Std. 5 Min."],
    nl: ["25 min", "2 uur", "1 uur 5 min"],
    fr: ["25 min", "2 h", "1 h 5 min"],
    es: ["25 min", "2 h", "1 h 5 min"],
  };
  for (const [language, [minutes, hours, both]] of Object.entries(cases)) {
    it(language, () => {
      expect(plain(formatDuration(25, language))).toBe(minutes);
      expect(plain(formatDuration(120, language))).toBe(hours);
      expect(plain(formatDuration(65.4, language))).toBe(both);
    });
  }

  it("rounds to whole minutes and never goes below zero", () => {
    expect(formatDuration(0.4, "en")).toBe("0 min");
    expect(formatDuration(-3, "en")).toBe("0 min");
    expect(formatDuration(59.6, "en")).toBe("1 hr");
  });
});

describe("times of day in each language", () => {
  const morning = at("2026-11-23T08:05:00Z");
  const afternoon = at("2026-11-23T14:30:00Z");
  const cases: Record<string, [string, string]> = {
    en: ["9:05 AM", "3:30 PM"],
    "en-GB": ["09:05", "15:30"],
    de: ["09:05", "15:30"],
    nl: ["09:05", "15:30"],
    fr: ["09:05", "15:30"],
    es: ["09:05", "15:30"],
  };
  for (const [language, [first, second]] of Object.entries(cases)) {
    it(language, () => {
      expect(plain(formatTime(morning, language, "Europe/Amsterdam"))).toBe(first);
      expect(plain(formatTime(afternoon, language, "Europe/Amsterdam"))).toBe(second);
    });
  }

  it("shows the time in the given zone", () => {
    expect(formatTime(morning, "de", "America/Los_Angeles")).toBe("00:05");
  });

  it("names the day", () => {
    expect(formatDay(at("2026-11-23T12:00:00Z"), "de", "Europe/Amsterdam")).toBe("Mo., 23.");
    expect(formatDay(at("2026-11-23T12:00:00Z"), "fr", "Europe/Amsterdam")).toBe("lun. 23");
  });
});
