// Days and times in Home Assistant's time zone, and durations in the user's language.

const MINUTE = 60_000;
export const DAY = 86_400_000;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  return {
    year: values.year,
    month: values.month,
    day: values.day,
    hour: values.hour % 24,
    minute: values.minute,
    second: values.second,
  };
}

/** The offset of the time zone from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const wall = wallClock(ms, timeZone);
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant of a wall-clock midnight (the first instant of that date if it is skipped). */
function midnight(year: number, month: number, day: number, timeZone: string): number {
  const utc = Date.UTC(year, month - 1, day);
  let guess = utc - offsetAt(utc, timeZone);
  // A second pass settles days whose offset differs from the one at UTC midnight.
  guess = utc - offsetAt(guess, timeZone);
  return guess;
}

/** The local midnight that starts the day of `ms` in the time zone. */
export function startOfDay(ms: number, timeZone: string): number {
  const wall = wallClock(ms, timeZone);
  return midnight(wall.year, wall.month, wall.day, timeZone);
}

/** The local midnight `days` days after (or before) the day that starts at `dayStart`. */
export function addDays(dayStart: number, days: number, timeZone: string): number {
  // Noon of the day is never near a DST change, so the calendar step is exact.
  const wall = wallClock(dayStart + 12 * 3_600_000 + days * DAY, timeZone);
  return midnight(wall.year, wall.month, wall.day, timeZone);
}

/** The weekday (0 = Sunday) of an instant in the time zone. */
export function weekday(ms: number, timeZone: string): number {
  const wall = wallClock(ms, timeZone);
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

/** The two-letter language the card speaks: one of its translations, else English. */
export function cardLanguage(language: string | undefined): string {
  const code = (language ?? "en").toLowerCase().split(/[-_]/)[0];
  return ["en", "de", "nl", "fr", "es"].includes(code) ? code : "en";
}

/** A duration in whole minutes, e.g. "1 hr 5 min" in English, "1 Std., 5 Min." in German. */
export function formatDuration(minutes: number, language: string): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const unit = (value: number, name: "hour" | "minute") =>
    new Intl.NumberFormat(language, {
      style: "unit",
      unit: name,
      unitDisplay: "short",
    }).format(value);
  if (hours === 0) return unit(rest, "minute");
  if (rest === 0) return unit(hours, "hour");
  return `${unit(hours, "hour")} ${unit(rest, "minute")}`;
}

/** A time of day, "09:05" where the language counts 24 hours, else e.g. "9:05 AM". */
export function formatTime(ms: number, language: string, timeZone: string): string {
  const { hourCycle } = new Intl.DateTimeFormat(language, { hour: "numeric" }).resolvedOptions();
  const twentyFour = hourCycle === "h23" || hourCycle === "h24";
  return new Intl.DateTimeFormat(language, {
    hour: twentyFour ? "2-digit" : "numeric",
    minute: "2-digit",
    timeZone,
  }).format(new Date(ms));
}

/** A short weekday and day of month, e.g. "Mon 23". */
export function formatDay(ms: number, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: "short",
    day: "numeric",
    timeZone,
  }).format(new Date(ms));
}

/** Minutes between two instants. */
export function minutesBetween(from: number, to: number): number {
  return (to - from) / MINUTE;
}
