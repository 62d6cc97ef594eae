import { TZDate } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, getISODay, parseISO } from "date-fns";

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

export function daysBetween(fromDayKey: string, toDayKey: string): number {
  return differenceInCalendarDays(parseISO(toDayKey), parseISO(fromDayKey));
}

export function addDaysToKey(dayKey: string, days: number): string {
  return format(addDays(parseISO(dayKey), days), "yyyy-MM-dd");
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
