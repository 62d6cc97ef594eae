import { describe, expect, it } from "vitest";
import { dayStatuses, type HabitSchedule, isActiveDay, isScheduledDay } from "@/lib/habits/habit-schedule";
import { completionRate, HABIT_FORMATION_MEDIAN_DAYS, streaks } from "@/lib/habits/habit-stats";
import { checkIns, habit } from "./support/habit-fixtures";

const skipped = { value: 0, skipped: true };

describe("habit schedule", () => {
  it("knows active and scheduled days", () => {
    const window = { startDate: "2025-01-06", endDate: "2025-01-31", pauses: [{ from: "2025-01-13", to: "2025-01-14" }] };
    expect(isActiveDay(window, "2025-01-05")).toBe(false);
    expect(isActiveDay(window, "2025-01-06")).toBe(true);
    expect(isActiveDay(window, "2025-01-13")).toBe(false);
    expect(isActiveDay(window, "2025-02-01")).toBe(false);
    const monWedFri: HabitSchedule = { kind: "weekdays", days: [1, 3, 5] };
    expect(isScheduledDay(monWedFri, window, "2025-01-07")).toBe(false); // Tuesday
    expect(isScheduledDay(monWedFri, window, "2025-01-08")).toBe(true);
    expect(isScheduledDay({ kind: "per_period", times: 3, periodDays: 7 }, window, "2025-01-07")).toBe(true);
  });

  it("gives one heat-map status per day", () => {
    const h = habit({ kind: "weekdays", days: [1, 2, 3, 4, 5] }, { pauses: [{ from: "2025-01-10", to: "2025-01-10" }] }, 8);
    const c = checkIns({ "2025-01-06": 8, "2025-01-07": 3, "2025-01-09": skipped });
    const statuses = dayStatuses(h, c, "2025-01-05", "2025-01-15", "2025-01-14").map((d) => d.status);
    expect(statuses).toEqual([
      "before_start", // Sun 5
      "done", // Mon 6: 8 ≥ 8
      "partial", // Tue 7: 0 < 3 < 8
      "missed", // Wed 8
      "skipped", // Thu 9
      "paused", // Fri 10
      "not_scheduled", // Sat 11
      "not_scheduled", // Sun 12
      "missed", // Mon 13
      "open", // Tue 14: today, nothing yet
      "future", // Wed 15
    ]);
  });
});

describe("habit streaks", () => {
  it("tracks best vs current and an open today does not break the current streak", () => {
    // Done 6,7,8 (3), missed 9, done 10,11 (2); today 12 open → current 2, best 3.
    const c = checkIns({ "2025-01-06": 1, "2025-01-07": 1, "2025-01-08": 1, "2025-01-10": 1, "2025-01-11": 1 });
    expect(streaks(habit(), c, "2025-01-12")).toEqual({ current: 2, best: 3 });
    // Once today is done it extends the streak.
    c.set("2025-01-12", { value: 1 });
    expect(streaks(habit(), c, "2025-01-12")).toEqual({ current: 3, best: 3 });
  });

  it("lets skipped and paused days neither break nor extend a streak", () => {
    // Done 6, skipped 7, paused 8–9, done 10 → 2 counting days in a row.
    const h = habit({ kind: "daily" }, { pauses: [{ from: "2025-01-08", to: "2025-01-09" }] });
    const c = checkIns({ "2025-01-06": 1, "2025-01-07": skipped, "2025-01-10": 1 });
    expect(streaks(h, c, "2025-01-10")).toEqual({ current: 2, best: 2 });
  });

  it("ignores unscheduled weekdays (Mon/Wed/Fri with Tuesday/Thursday empty)", () => {
    const h = habit({ kind: "weekdays", days: [1, 3, 5] });
    const c = checkIns({ "2025-01-06": 1, "2025-01-08": 1, "2025-01-10": 1 });
    expect(streaks(h, c, "2025-01-11")).toEqual({ current: 3, best: 3 });
  });

  it("breaks on a partial numeric day", () => {
    const h = habit({ kind: "daily" }, {}, 8);
    const c = checkIns({ "2025-01-06": 8, "2025-01-07": 5, "2025-01-08": 8 });
    expect(streaks(h, c, "2025-01-08")).toEqual({ current: 1, best: 1 });
  });

  it("counts a 3-per-7 habit on days whose window reached 3", () => {
    // Done 6, 8, 10: windows reach 3 on Jan 10, 11 and 12 (today) → 3.
    const h = habit({ kind: "per_period", times: 3, periodDays: 7 });
    const c = checkIns({ "2025-01-06": 1, "2025-01-08": 1, "2025-01-10": 1 });
    expect(streaks(h, c, "2025-01-12")).toEqual({ current: 3, best: 3 });
  });
});

describe("habit completion rate", () => {
  // Starts Jan 1. Done 6, 7, 8; skipped 9; missed 10 and Jan 1–5; done 11; today 12 open.
  const h = habit({ kind: "daily" }, { startDate: "2025-01-01" });
  const c = checkIns({ "2025-01-06": 1, "2025-01-07": 1, "2025-01-08": 1, "2025-01-09": skipped, "2025-01-11": 1 });

  it("excludes skipped days and an open today (7 days)", () => {
    // Jan 6–12: counting days 6, 7, 8, 10, 11 → 4 done ÷ 5 = 0.8.
    expect(completionRate(h, c, "2025-01-12", 7)).toBeCloseTo(0.8, 10);
  });

  it("only counts days from the start date (30 days)", () => {
    // Dec 14–Jan 12, but the habit starts Jan 1: counting days Jan 1–8, 10, 11 = 10 → 4 ÷ 10 = 0.4.
    expect(completionRate(h, c, "2025-01-12", 30)).toBeCloseTo(0.4, 10);
  });

  it("counts partial numeric days fractionally", () => {
    // Target 8: Jan 6–8 = 8, 4, 0 → (1 + 0.5 + 0) ÷ 3 = 0.5 (today Jan 9 is open, so excluded).
    const numeric = habit({ kind: "daily" }, {}, 8);
    expect(completionRate(numeric, checkIns({ "2025-01-06": 8, "2025-01-07": 4 }), "2025-01-09", 7)).toBeCloseTo(0.5, 10);
  });

  it("is null when nothing was scheduled", () => {
    expect(completionRate(habit(), checkIns({}), "2025-01-05", 7)).toBeNull();
    const paused = habit({ kind: "daily" }, { pauses: [{ from: "2025-01-06", to: "2025-01-31" }] });
    expect(completionRate(paused, checkIns({}), "2025-01-12", 7)).toBeNull();
  });

  it("averages the rolling-window credit for a 3-per-7 habit", () => {
    // Credits 1/3, 1/3, 2/3, 2/3, 1, 1, 1 over Jan 6–12 → 5 ÷ 7.
    const h37 = habit({ kind: "per_period", times: 3, periodDays: 7 });
    const c37 = checkIns({ "2025-01-06": 1, "2025-01-08": 1, "2025-01-10": 1 });
    expect(completionRate(h37, c37, "2025-01-12", 7)).toBeCloseTo(5 / 7, 10);
  });

  it("cites the habit formation median", () => {
    expect(HABIT_FORMATION_MEDIAN_DAYS).toBe(66);
  });
});
