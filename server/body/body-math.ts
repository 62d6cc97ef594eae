import { addDaysToKey, daysBetween } from "@/lib/dates/day-key";
import { progressRangeDays, type ProgressRange } from "@/lib/schemas/progress";

/** Days in the trailing weight average (the day itself and the 6 before it). */
export const WEIGHT_AVERAGE_DAYS = 7;

/**
 * The first day a range shows, ending today inclusive; "all" starts at the member's first record
 * (today when there is none, and never after today).
 */
export function rangeStartDay(range: ProgressRange, todayKey: string, firstRecordDayKey: string | null): string {
  const days = progressRangeDays[range];
  if (days !== null) return addDaysToKey(todayKey, 1 - days);
  return firstRecordDayKey && firstRecordDayKey < todayKey ? firstRecordDayKey : todayKey;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Each weigh-in with the mean of the weigh-ins in the 7 calendar days ending that day (so missed days
 * do not count as zero, and one odd day moves the line by a seventh at most when weighing daily).
 * Input in any order; output oldest first, one row per day (the last reading given for a day wins).
 */
export function trailingAverage(weighIns: readonly { dayKey: string; kg: number }[], windowDays = WEIGHT_AVERAGE_DAYS): { dayKey: string; kg: number; avg7Kg: number }[] {
  const byDay = new Map<string, number>();
  for (const weighIn of weighIns) byDay.set(weighIn.dayKey, weighIn.kg);
  const sorted = [...byDay].map(([dayKey, kg]) => ({ dayKey, kg })).sort((a, b) => a.dayKey.localeCompare(b.dayKey));
  const result: { dayKey: string; kg: number; avg7Kg: number }[] = [];
  let start = 0;
  let sum = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    sum += sorted[index].kg;
    while (daysBetween(sorted[start].dayKey, sorted[index].dayKey) >= windowDays) {
      sum -= sorted[start].kg;
      start += 1;
    }
    result.push({ dayKey: sorted[index].dayKey, kg: sorted[index].kg, avg7Kg: round2(sum / (index - start + 1)) });
  }
  return result;
}

/** The image type named by a file's first bytes (magic numbers), or null for anything else. */
export function sniffImageType(bytes: Uint8Array): "image/jpeg" | "image/png" | "image/webp" | null {
  const startsWith = (signature: number[], offset = 0) => bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
  if (startsWith([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  // RIFF <size> WEBP
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}
