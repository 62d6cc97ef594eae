import { tzOffset } from "@date-fns/tz";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";

/**
 * Habit reminder scheduling in the member's own time zone. Pure and isomorphic (no I/O, no globals
 * besides Intl via @date-fns/tz).
 *
 * DST rules (see `reminderInstant`):
 * - A wall-clock time that does not exist on a day (spring-forward gap, e.g. 02:30 when clocks jump
 *   02:00 → 03:00) fires at the first valid minute after the gap (03:00 local, i.e. the transition instant).
 * - An ambiguous wall-clock time (fall-back, e.g. 01:30 happens twice) fires at its FIRST occurrence only.
 *
 * Quiet hours (see `nextReminderInstant`):
 * - `from` is inclusive, `to` is exclusive; `from > to` wraps midnight (22:00–07:00); `from === to` means
 *   no quiet hours at all.
 * - A reminder inside quiet hours is moved to the end of quiet hours (`to`) on the same day key, but only
 *   if that instant is later than the reminder, still on the same day key, and earlier than the day's next
 *   reminder time (otherwise that next reminder covers it). In every other case the reminder is skipped.
 */

/** "HH:mm", 24 h clock. */
export type ReminderTime = string;

export type QuietHours = { from: ReminderTime; to: ReminderTime } | null;

export type NextReminder = { at: Date; dayKey: string; time: ReminderTime };

/** How many days after the day of `after` are scanned (the day of `after` itself is scanned too). */
export const REMINDER_SCAN_DAYS = 14;

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_KEY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function isReminderTime(value: unknown): value is ReminderTime {
  return typeof value === "string" && TIME_RE.test(value);
}

function minutesOfTime(time: ReminderTime): number {
  const match = TIME_RE.exec(time);
  if (!match) throw new Error(`Not a reminder time (HH:mm): ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Wall-clock value as if it were UTC ms ("naive" local time). */
function localWallMs(instantMs: number, timeZone: string): number {
  return instantMs + tzOffset(timeZone, new Date(instantMs)) * MINUTE;
}

/** Instants whose local wall clock reads exactly `wallMs`, earliest first (0, 1 or 2 of them). */
function instantsForWall(wallMs: number, timeZone: string): number[] {
  // Offsets a day either side cover both sides of any transition near this wall time.
  const offsets = new Set([
    tzOffset(timeZone, new Date(wallMs - DAY)),
    tzOffset(timeZone, new Date(wallMs)),
    tzOffset(timeZone, new Date(wallMs + DAY)),
  ]);
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = wallMs - offset * MINUTE;
    if (localWallMs(candidate, timeZone) === wallMs) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The instant `time` happens on the member-local day `dayKey` ("YYYY-MM-DD") in `timeZone`.
 * Nonexistent (gap) times → first valid minute after the gap; ambiguous (repeated) times → first occurrence.
 */
export function reminderInstant(dayKey: string, time: ReminderTime, timeZone: string): Date {
  const day = DAY_KEY_RE.exec(dayKey);
  if (!day) throw new Error(`Not a day key (YYYY-MM-DD): ${dayKey}`);
  const wallMs = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) + minutesOfTime(time) * MINUTE;
  // Walk forward minute by minute until the wall clock exists (gaps are at most a few hours).
  for (let step = 0; step <= 24 * 60; step++) {
    const [first] = instantsForWall(wallMs + step * MINUTE, timeZone);
    if (first !== undefined) return new Date(first);
  }
  throw new Error(`No valid local time for ${dayKey} ${time} in ${timeZone}`);
}

/** Whether `instant` falls inside quiet hours (from inclusive, to exclusive, may wrap midnight). */
export function isWithinQuietHours(instant: Date, timeZone: string, quietHours: QuietHours): boolean {
  if (!quietHours) return false;
  const from = minutesOfTime(quietHours.from);
  const to = minutesOfTime(quietHours.to);
  if (from === to) return false;
  const wall = new Date(localWallMs(instant.getTime(), timeZone));
  const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/**
 * The earliest reminder strictly after `after` on an eligible member-local day, scanning the day of
 * `after` and the next 14 days. `time` is the configured reminder time that fired (even when it was moved
 * to the end of quiet hours). Invalid entries in `times` are ignored. Null when nothing qualifies.
 */
export function nextReminderInstant(options: {
  after: Date;
  times: ReminderTime[];
  timeZone: string;
  isDayEligible: (dayKey: string) => boolean;
  quietHours: QuietHours;
}): NextReminder | null {
  const { after, timeZone, isDayEligible, quietHours } = options;
  const times = [...new Set(options.times.filter(isReminderTime))].sort();
  if (times.length === 0) return null;
  const startKey = dayKeyOf(after, timeZone);

  for (let offset = 0; offset <= REMINDER_SCAN_DAYS; offset++) {
    const dayKey = addDaysToKey(startKey, offset);
    if (!isDayEligible(dayKey)) continue;
    const instants = times.map((time) => reminderInstant(dayKey, time, timeZone));
    let best: NextReminder | null = null;
    for (let i = 0; i < times.length; i++) {
      let at: Date | null = instants[i];
      if (quietHours && isWithinQuietHours(at, timeZone, quietHours)) {
        const end = reminderInstant(dayKey, quietHours.to, timeZone);
        const next = instants[i + 1];
        const movable =
          end.getTime() > at.getTime() &&
          dayKeyOf(end, timeZone) === dayKey &&
          (next === undefined || end.getTime() < next.getTime());
        at = movable ? end : null;
      }
      if (at && at.getTime() > after.getTime() && (!best || at.getTime() < best.at.getTime())) {
        best = { at, dayKey, time: times[i] };
      }
    }
    if (best) return best;
  }
  return null;
}
