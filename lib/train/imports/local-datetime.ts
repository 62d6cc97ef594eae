/**
 * Wall-clock date-times as the apps print them. Neither export says which time zone it was written in, so
 * we keep the local reading ("YYYY-MM-DDTHH:mm:ss") and leave the zone to the importer, which knows the member's.
 * No Date objects in local time here: they would silently apply the server's zone.
 */

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY-MM-DDTHH:mm:ss", or null when a part is out of range (month 13, 31 April, 25:00). */
export function localDateTime(year: number, month: number, day: number, hour: number, minute: number, second = 0): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** "2021-02-10 16:46:13" (Strong), also with "T" or without seconds. */
export function parseIsoLikeLocal(text: string): string | null {
  const match = ISO_LIKE.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  return localDateTime(year, month, day, hour, minute, second);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  // "Jun", "June" and "Sept" all start with the three-letter abbreviation.
  const index = MONTHS.findIndex((abbreviation) => lower.startsWith(abbreviation));
  return index === -1 ? null : index + 1;
}

const DAY_MONTH_NAME = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** "30 Jun 2025, 19:56" (Hevy, English month names). */
export function parseDayMonthNameLocal(text: string): string | null {
  const match = DAY_MONTH_NAME.exec(text.trim());
  if (!match) return null;
  const month = monthNumber(match[2]);
  if (month === null) return null;
  return localDateTime(Number(match[3]), month, Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6] ?? 0));
}

function wallClockMs(local: string): number {
  const [date, time] = local.split("T");
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute, second] = time.split(":").map(Number);
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** Minutes between two wall-clock readings (a DST change inside a workout is ignored: no zone to know it by). */
export function minutesBetweenLocal(start: string, end: string): number {
  return Math.round((wallClockMs(end) - wallClockMs(start)) / 60_000);
}
