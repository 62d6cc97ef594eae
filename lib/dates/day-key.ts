import { TZDate } from "@date-fns/tz";
import { format, getISODay, parseISO } from "date-fns";

/**
 * Calendar keys in the member's own time zone. They are stored with each record, because "today" and
 * "this week" depend on where the member is and the database (FerretDB) has no date operators.
 */
export function dayKeyOf(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

/** ISO week key such as "2026-W48" (weeks start on Monday; the year is the ISO week-numbering year). */
export function weekKeyOf(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "RRRR-'W'II");
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar day. */
export function isoWeekdayOf(dayKey: string): number {
  return getISODay(parseISO(dayKey));
}

// Day keys are calendar days already: their arithmetic is plain UTC epoch days, no zone and no parsing
// library (analytics walk every day of several years, and this is many times quicker).
const DAY_MS = 86_400_000;
const epochDayOf = (dayKey: string) => Date.UTC(Number(dayKey.slice(0, 4)), Number(dayKey.slice(5, 7)) - 1, Number(dayKey.slice(8, 10))) / DAY_MS;

export function daysBetween(fromDayKey: string, toDayKey: string): number {
  return epochDayOf(toDayKey) - epochDayOf(fromDayKey);
}

export function addDaysToKey(dayKey: string, days: number): string {
  return new Date((epochDayOf(dayKey) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO week key ("2026-W48", as `weekKeyOf`) of a calendar day key. */
export function weekKeyOfDay(dayKey: string): string {
  const thursday = new Date(epochDayOf(dayKey) * DAY_MS);
  // The ISO week belongs to the year of its Thursday.
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const weekYear = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / DAY_MS + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

/** The instant a wall-clock time (no zone, e.g. from a CSV export) denotes in `timeZone`. */
export function instantFromLocal(localDateTime: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(localDateTime);
  if (!match) throw new Error(`Not a local date-time: ${localDateTime}`);
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, s || 0, timeZone).getTime());
}

/** A calendar day for people ("Sat 5 Dec"): formatted in UTC, so the day never shifts with the viewer's zone. */
export function formatDayKey(dayKey: string, options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" }): string {
  const [year, month, day] = dayKey.split("-").map(Number);
  return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
}
