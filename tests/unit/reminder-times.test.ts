import { describe, expect, it } from "vitest";
import { addDaysToKey, isoWeekdayOf } from "@/lib/dates/day-key";
import {
  isReminderTime,
  isWithinQuietHours,
  nextReminderInstant,
  reminderInstant,
} from "@/lib/habits/reminder-times";

const iso = (d: Date | undefined) => d?.toISOString();
const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const SYDNEY = "Australia/Sydney";
const always = () => true;

describe("isReminderTime", () => {
  it("accepts 24 h HH:mm only", () => {
    expect(["00:00", "07:05", "23:59"].every(isReminderTime)).toBe(true);
    expect(["24:00", "7:05", "07:60", "07:5", "", "07:00:00", 700].some(isReminderTime)).toBe(false);
  });
});

describe("reminderInstant", () => {
  it("follows the Berlin offset across the spring-forward change", () => {
    expect(iso(reminderInstant("2026-03-28", "08:00", BERLIN))).toBe("2026-03-28T07:00:00.000Z");
    expect(iso(reminderInstant("2026-03-29", "08:00", BERLIN))).toBe("2026-03-29T06:00:00.000Z");
    expect(iso(reminderInstant("2026-03-30", "08:00", BERLIN))).toBe("2026-03-30T06:00:00.000Z");
  });

  it("moves a time in the spring-forward gap to the first valid minute after it", () => {
    expect(iso(reminderInstant("2026-03-29", "02:30", BERLIN))).toBe("2026-03-29T01:00:00.000Z"); // 03:00 CEST
    expect(iso(reminderInstant("2026-03-29", "02:00", BERLIN))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(reminderInstant("2026-03-29", "03:00", BERLIN))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(reminderInstant("2026-03-08", "02:30", NEW_YORK))).toBe("2026-03-08T07:00:00.000Z"); // 03:00 EDT
  });

  it("uses the first occurrence of an ambiguous fall-back time", () => {
    expect(iso(reminderInstant("2026-10-25", "02:30", BERLIN))).toBe("2026-10-25T00:30:00.000Z"); // CEST
    expect(iso(reminderInstant("2026-10-25", "03:00", BERLIN))).toBe("2026-10-25T02:00:00.000Z"); // CET
    expect(iso(reminderInstant("2026-11-01", "01:30", NEW_YORK))).toBe("2026-11-01T05:30:00.000Z"); // EDT
    expect(iso(reminderInstant("2026-11-02", "01:30", NEW_YORK))).toBe("2026-11-02T06:30:00.000Z"); // EST
  });

  it("handles the southern-hemisphere change (Sydney DST ends 2026-04-05)", () => {
    expect(iso(reminderInstant("2026-04-04", "08:00", SYDNEY))).toBe("2026-04-03T21:00:00.000Z"); // AEDT
    expect(iso(reminderInstant("2026-04-05", "08:00", SYDNEY))).toBe("2026-04-04T22:00:00.000Z"); // AEST
    expect(iso(reminderInstant("2026-04-05", "02:30", SYDNEY))).toBe("2026-04-04T15:30:00.000Z"); // first: AEDT
  });

  it("rejects malformed input", () => {
    expect(() => reminderInstant("2026-3-8", "07:00", NEW_YORK)).toThrow();
    expect(() => reminderInstant("2026-03-08", "7:00", NEW_YORK)).toThrow();
  });
});

describe("isWithinQuietHours", () => {
  const wrap = { from: "22:00", to: "07:00" };
  it("handles windows that wrap midnight (from inclusive, to exclusive)", () => {
    expect(isWithinQuietHours(new Date("2026-06-01T20:00:00Z"), BERLIN, wrap)).toBe(true); // 22:00
    expect(isWithinQuietHours(new Date("2026-06-01T21:30:00Z"), BERLIN, wrap)).toBe(true); // 23:30
    expect(isWithinQuietHours(new Date("2026-06-01T04:59:00Z"), BERLIN, wrap)).toBe(true); // 06:59
    expect(isWithinQuietHours(new Date("2026-06-01T05:00:00Z"), BERLIN, wrap)).toBe(false); // 07:00
    expect(isWithinQuietHours(new Date("2026-06-01T19:59:00Z"), BERLIN, wrap)).toBe(false); // 21:59
  });
  it("handles plain windows, null and empty windows", () => {
    const lunch = { from: "12:00", to: "14:00" };
    expect(isWithinQuietHours(new Date("2026-01-10T17:30:00Z"), NEW_YORK, lunch)).toBe(true); // 12:30 EST
    expect(isWithinQuietHours(new Date("2026-01-10T19:00:00Z"), NEW_YORK, lunch)).toBe(false); // 14:00
    expect(isWithinQuietHours(new Date("2026-01-10T17:30:00Z"), NEW_YORK, null)).toBe(false);
    expect(isWithinQuietHours(new Date("2026-01-10T17:30:00Z"), NEW_YORK, { from: "12:00", to: "12:00" })).toBe(
      false,
    );
  });
});

describe("nextReminderInstant", () => {
  it("scans a daily 07:00 reminder across the New York spring-forward weekend", () => {
    const base = { times: ["07:00"], timeZone: NEW_YORK, isDayEligible: always, quietHours: null };
    const first = nextReminderInstant({ ...base, after: new Date("2026-03-07T05:00:00Z") });
    expect(iso(first?.at)).toBe("2026-03-07T12:00:00.000Z");
    expect(first?.dayKey).toBe("2026-03-07");
    const second = nextReminderInstant({ ...base, after: first!.at }); // strictly after
    expect(iso(second?.at)).toBe("2026-03-08T11:00:00.000Z");
    expect(second).toMatchObject({ dayKey: "2026-03-08", time: "07:00" });
  });

  it("picks the earliest of several times and skips ambiguous repeats on fall-back", () => {
    const r = nextReminderInstant({
      after: new Date("2026-11-01T05:30:00Z"), // the first 01:30 EDT already fired
      times: ["18:00", "01:30"],
      timeZone: NEW_YORK,
      isDayEligible: always,
      quietHours: null,
    });
    expect(r).toMatchObject({ dayKey: "2026-11-01", time: "18:00" });
    expect(iso(r?.at)).toBe("2026-11-01T23:00:00.000Z");
  });

  it("skips ineligible days", () => {
    const r = nextReminderInstant({
      after: new Date("2026-03-04T12:00:00Z"), // Wednesday
      times: ["07:00"],
      timeZone: NEW_YORK,
      isDayEligible: (day) => isoWeekdayOf(day) === 1,
      quietHours: null,
    });
    expect(r).toMatchObject({ dayKey: "2026-03-09", time: "07:00" });
    expect(iso(r?.at)).toBe("2026-03-09T11:00:00.000Z"); // EDT
  });

  it("returns null when no eligible day falls within 14 days", () => {
    const after = new Date("2026-03-01T12:00:00Z"); // 2026-03-01 in Berlin
    const base = { after, times: ["08:00"], timeZone: BERLIN, quietHours: null };
    expect(nextReminderInstant({ ...base, isDayEligible: () => false })).toBeNull();
    expect(nextReminderInstant({ ...base, isDayEligible: (d) => d === addDaysToKey("2026-03-01", 15) })).toBeNull();
    expect(
      nextReminderInstant({ ...base, isDayEligible: (d) => d === addDaysToKey("2026-03-01", 14) })?.dayKey,
    ).toBe("2026-03-15");
    expect(nextReminderInstant({ ...base, times: [], isDayEligible: always })).toBeNull();
  });

  it("moves a reminder inside wrapping quiet hours to their end, or skips it", () => {
    const base = {
      after: new Date("2026-06-01T00:00:00Z"), // 02:00 CEST
      timeZone: BERLIN,
      isDayEligible: always,
      quietHours: { from: "22:00", to: "07:00" },
    };
    const moved = nextReminderInstant({ ...base, times: ["06:00", "12:00"] });
    expect(moved).toMatchObject({ dayKey: "2026-06-01", time: "06:00" });
    expect(iso(moved?.at)).toBe("2026-06-01T05:00:00.000Z"); // 07:00 CEST

    // 06:00 would move past the 06:30 reminder, so it is skipped; 06:30 moves to 07:00.
    expect(nextReminderInstant({ ...base, times: ["06:00", "06:30"] })).toMatchObject({
      dayKey: "2026-06-01",
      time: "06:30",
    });

    // 23:00 is quiet and the end of quiet hours on that day is earlier, so it never fires.
    expect(nextReminderInstant({ ...base, times: ["23:00"] })).toBeNull();
    expect(iso(nextReminderInstant({ ...base, times: ["23:00", "21:00"] })?.at)).toBe("2026-06-01T19:00:00.000Z");
  });
});
