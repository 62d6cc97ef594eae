import { describe, expect, it } from "vitest";
import { attentionFlags, defaultAttentionSettings, defaultSignals, type AttentionSignal, type ClientSnapshot } from "@/lib/coaching/attention";
import { type ActiveProgram, clientCompliance, combinedRate, type FinishedWorkout, habitRatio, percentOf, workoutRatio, windowOf } from "@/lib/coaching/compliance";
import { daysAgo, percentLabel } from "@/lib/coaching/format";
import type { Habit } from "@/lib/habits/habit-schedule";

// Hand-worked calendar (January 2025): Mon 6, Wed 8, Fri 10, Mon 13, Wed 15, Fri 17, Mon 20 = today.
const TODAY = "2025-01-20";
const monWedFri = { days: [{ weekday: 1 }, { weekday: 3 }, { weekday: 5 }] };
// Four weeks of Mon/Wed/Fri, started two weeks ago (Monday the 6th).
const program: ActiveProgram = { programId: "p1", startDate: "2025-01-06", weeks: [monWedFri, monWedFri, monWedFri, monWedFri] };
const fromProgram = (dayKey: string, week: number, day: number): FinishedWorkout => ({ dayKey, programId: "p1", programWeek: week, programDay: day });
const free = (dayKey: string): FinishedWorkout => ({ dayKey, programId: null, programWeek: null, programDay: null });

const workouts: FinishedWorkout[] = [
  fromProgram("2025-01-06", 0, 0), // Mon 6: done
  fromProgram("2025-01-08", 0, 1), // Wed 8: done
  fromProgram("2025-01-11", 0, 2), // Fri 10's session, done on Saturday: still counts for Friday
  free("2025-01-13"), // Mon 13: a free workout on a training day counts
  free("2025-01-13"), // …a second one that day does not count twice
  free("2025-01-14"), // Tue 14: a rest day asks nothing, so this completes nothing
  // Wed 15 and Fri 17 missed; Mon 20 (today) not done yet.
];

describe("workout compliance", () => {
  it("windows are the N days ending today, and the N days before", () => {
    expect(windowOf(TODAY, 7)).toEqual({ from: "2025-01-14", to: "2025-01-20" });
    expect(windowOf(TODAY, 7, 1)).toEqual({ from: "2025-01-07", to: "2025-01-13" });
  });

  it("Mon/Wed/Fri started two weeks ago, 4 of 6 done → 67%", () => {
    // 30 days: the program started on the 6th, so only 6, 8, 10, 13, 15, 17 ask (today is still open).
    const ratio = workoutRatio(program, workouts, windowOf(TODAY, 30), TODAY);
    expect(ratio).toEqual({ done: 4, asked: 6 });
    expect(percentOf(ratio.done / ratio.asked)).toBe(67);
    // 7 days (14–20): Wed 15 and Fri 17 asked, both missed.
    expect(workoutRatio(program, workouts, windowOf(TODAY, 7), TODAY)).toEqual({ done: 0, asked: 2 });
  });

  it("today counts once it is done", () => {
    const doneToday = [...workouts, fromProgram(TODAY, 2, 0)];
    expect(workoutRatio(program, doneToday, windowOf(TODAY, 30), TODAY)).toEqual({ done: 5, asked: 7 });
  });

  it("is null with no program, before it starts and after it ends", () => {
    const all = clientCompliance({ todayKey: TODAY, program: null, workouts, habits: [] });
    expect(all.workouts).toEqual({ days7: null, days30: null, days90: null });
    const later: ActiveProgram = { ...program, startDate: "2025-01-21" };
    expect(workoutRatio(later, workouts, windowOf(TODAY, 30), TODAY)).toEqual({ done: 0, asked: 0 });
    // A one-week program that ran 6–12 asks nothing in 14–20.
    const short: ActiveProgram = { ...program, weeks: [monWedFri] };
    expect(workoutRatio(short, workouts, windowOf(TODAY, 7), TODAY)).toEqual({ done: 0, asked: 0 });
    expect(workoutRatio(short, workouts, windowOf(TODAY, 30), TODAY)).toEqual({ done: 3, asked: 3 });
  });

  it("a program-day session from an earlier run of the program does not count", () => {
    const restarted: ActiveProgram = { ...program, startDate: "2025-01-13" };
    const oldRun = [fromProgram("2025-01-06", 0, 0)];
    expect(workoutRatio(restarted, oldRun, windowOf(TODAY, 30), TODAY)).toEqual({ done: 0, asked: 3 });
  });

  it("a late program-day session completes its own program day only, in every window", () => {
    // Monday the 13th's session (week 2, day 1), done today (Monday the 20th, itself a training day).
    const lateToday = [fromProgram(TODAY, 1, 0)];
    // The week before (7–13): it completes Monday the 13th.
    expect(workoutRatio(program, lateToday, windowOf(TODAY, 7, 1), TODAY)).toEqual({ done: 1, asked: 3 });
    // This week (14–20): it does not complete today as well, so today stays open (not asked yet).
    expect(workoutRatio(program, lateToday, windowOf(TODAY, 7), TODAY)).toEqual({ done: 0, asked: 2 });
    // Done on Wednesday the 15th (also a training day): still only Monday the 13th.
    const lateWednesday = [fromProgram("2025-01-15", 1, 0)];
    expect(workoutRatio(program, lateWednesday, windowOf(TODAY, 7, 1), TODAY)).toEqual({ done: 1, asked: 3 });
    expect(workoutRatio(program, lateWednesday, windowOf(TODAY, 7), TODAY)).toEqual({ done: 0, asked: 2 });
    // So the drop shows: the previous week had 1 of 3, this week 0 of 2.
    const result = clientCompliance({ todayKey: TODAY, program, workouts: lateWednesday, habits: [] });
    expect(result.previous.workouts.days7).toBeCloseTo(1 / 3);
    expect(result.workouts.days7).toBe(0);
    // Across one window that holds both days it counts once.
    expect(workoutRatio(program, lateWednesday, windowOf(TODAY, 30), TODAY)).toEqual({ done: 1, asked: 6 });
  });

  it("a second session of the same program day counts only on its own (scheduled) day", () => {
    const twice = [fromProgram("2025-01-13", 1, 0), fromProgram("2025-01-15", 1, 0)];
    // The second one is a workout on Wednesday the 15th, a training day: it completes that day.
    expect(workoutRatio(program, twice, windowOf(TODAY, 30), TODAY)).toEqual({ done: 2, asked: 6 });
  });

  it("computes all windows and the previous periods", () => {
    const result = clientCompliance({ todayKey: TODAY, program, workouts, habits: [] });
    expect(result.workouts.days7).toBe(0);
    expect(result.workouts.days30).toBeCloseTo(4 / 6);
    expect(result.workouts.days90).toBeCloseTo(4 / 6);
    // Days 7–13 (the week before): Wed 8, Fri 10, Mon 13 asked, all three done.
    expect(result.previous.workouts.days7).toBe(1);
    // 31–60 days ago the program had not started.
    expect(result.previous.workouts.days30).toBeNull();
  });
});

describe("habit compliance", () => {
  const daily: Habit = { type: "boolean", target: 1, schedule: { kind: "daily" }, window: { startDate: "2025-01-14", endDate: null, pauses: [] } };
  const checkIns = new Map([
    ["2025-01-14", { value: 1 }],
    ["2025-01-15", { value: 1 }],
    ["2025-01-16", { value: 0, skipped: true }],
    ["2025-01-17", { value: 1 }],
    ["2025-01-19", { value: 1 }],
  ]);
  const glasses: Habit = { type: "numeric", target: 8, schedule: { kind: "weekdays", days: [6, 7] }, window: { startDate: "2025-01-14", endDate: null, pauses: [] } };

  it("done ÷ judged days: skipped days do not count, an open today does not count", () => {
    // 14 ✓, 15 ✓, 16 skipped, 17 ✓, 18 missed, 19 ✓, 20 open → 4 / 5.
    expect(habitRatio([{ habit: daily, checkIns }], windowOf(TODAY, 7), TODAY)).toEqual({ done: 4, asked: 5 });
  });

  it("sums over habits, partial days fractionally", () => {
    // Weekends only: Sat 18 half (4 of 8 glasses), Sun 19 missed → 0.5 of 2; with the daily habit 4.5 / 7.
    const water = new Map([["2025-01-18", { value: 4 }]]);
    const ratio = habitRatio([{ habit: daily, checkIns }, { habit: glasses, checkIns: water }], windowOf(TODAY, 7), TODAY);
    expect(ratio).toEqual({ done: 4.5, asked: 7 });
  });

  it("judges the last day of an earlier period in full", () => {
    // The week before (7–13): the habit had not started → null.
    expect(habitRatio([{ habit: daily, checkIns }], windowOf(TODAY, 7, 1), TODAY)).toEqual({ done: 0, asked: 0 });
    // 13–19 seen from the 20th: 19 is a past day, done.
    expect(habitRatio([{ habit: daily, checkIns }], { from: "2025-01-13", to: "2025-01-19" }, TODAY)).toEqual({ done: 4, asked: 5 });
  });

  it("combines the rates that exist", () => {
    expect(combinedRate([0.5, null, 1])).toBe(0.75);
    expect(combinedRate([null, null])).toBeNull();
  });
});

describe("needs attention", () => {
  const none = { days7: null, days30: null, days90: null };
  const snapshot = (over: Partial<ClientSnapshot> = {}): ClientSnapshot => ({
    compliance: { workouts: none, habits: none, previous: { workouts: none, habits: none } },
    daysSinceActivity: 0,
    daysAsClient: 40,
    ...over,
  });

  it("flags a drop of 20 points or more against the previous period, with the numbers", () => {
    const compliance = { workouts: { days7: 1, days30: 0.5, days90: 0.6 }, habits: { days7: 0.7, days30: 0.7, days90: 0.7 }, previous: { workouts: { days7: 1, days30: 0.85, days90: 0.6 }, habits: { days7: 0.89, days30: 0.8, days90: 0.7 } } };
    expect(attentionFlags(snapshot({ compliance }))).toEqual([{ kind: "workouts_drop", reason: "Workouts 85% → 50% over 30 days" }]);
    // Habits 89% → 70% over 7 days is 19 points: no flag. At 90% → 70% it is 20: flagged.
    const sharper = { ...compliance, previous: { ...compliance.previous, habits: { ...compliance.previous.habits, days7: 0.9 } } };
    expect(attentionFlags(snapshot({ compliance: sharper })).map((flag) => flag.reason)).toEqual(["Workouts 85% → 50% over 30 days", "Habits 90% → 70% over 7 days"]);
  });

  it("does not compare with a period that asked nothing", () => {
    const compliance = { workouts: { days7: 0, days30: 0, days90: 0 }, habits: none, previous: { workouts: none, habits: none } };
    expect(attentionFlags(snapshot({ compliance }))).toEqual([]);
  });

  it("flags no log for N days (trainer setting, default 3)", () => {
    expect(defaultAttentionSettings.inactivityDays).toBe(3);
    expect(attentionFlags(snapshot({ daysSinceActivity: 2 }))).toEqual([]);
    expect(attentionFlags(snapshot({ daysSinceActivity: 5 }))).toEqual([{ kind: "inactive", reason: "No log for 5 days" }]);
    expect(attentionFlags(snapshot({ daysSinceActivity: 5 }), { ...defaultAttentionSettings, inactivityDays: 7 })).toEqual([]);
    expect(attentionFlags(snapshot({ daysSinceActivity: null, daysAsClient: 1 }))).toEqual([]);
    expect(attentionFlags(snapshot({ daysSinceActivity: null, daysAsClient: 4 }))).toEqual([{ kind: "inactive", reason: "No log yet, 4 days as a client" }]);
  });

  it("takes further signals (wellbeing, readiness) as a list", () => {
    const lowMood: AttentionSignal = () => ({ kind: "wellbeing", reason: "Wellbeing low for 3 days" });
    expect(attentionFlags(snapshot({ daysSinceActivity: 4 }), defaultAttentionSettings, [...defaultSignals, lowMood]).map((flag) => flag.kind)).toEqual(["inactive", "wellbeing"]);
  });
});

describe("roster wording", () => {
  it("says when a client last logged and how they comply", () => {
    expect([null, 0, 1, 3, 13, 14, 59, 60].map(daysAgo)).toEqual(["Never", "Today", "Yesterday", "3 days ago", "13 days ago", "2 weeks ago", "8 weeks ago", "2 months ago"]);
    expect([null, 0, 2 / 3, 1].map(percentLabel)).toEqual(["—", "0%", "67%", "100%"]);
  });
});

describe("scheduled days in day numbers", () => {
  it("agrees with lib/train/schedule.ts day by day", async () => {
    const { scheduledOccurrences, scheduledOccurrencesSlow } = await import("@/lib/coaching/compliance");
    const weeks = [{ days: [{ weekday: 2 }, { weekday: 7 }] }, { days: [{ weekday: 1 }] }, monWedFri];
    for (const startDate of ["2024-02-26", "2024-12-30", "2025-01-01", "2025-03-29"]) {
      const p: ActiveProgram = { programId: "x", startDate, weeks };
      const range = { from: "2024-12-01", to: "2025-04-30" };
      expect(scheduledOccurrences(p, range)).toEqual(scheduledOccurrencesSlow(p, range));
    }
  });
});

describe("the day a program day falls on", () => {
  it("agrees with the scheduled occurrences, and is null for days the program does not schedule", async () => {
    const { occurrenceDayOf, scheduledOccurrences } = await import("@/lib/coaching/compliance");
    const weeks = [{ days: [{ weekday: 2 }, { weekday: 7 }] }, { days: [{ weekday: 1 }, { weekday: 1 }] }, monWedFri];
    for (const startDate of ["2024-02-26", "2024-12-30", "2025-01-01", "2025-03-29"]) {
      const p: ActiveProgram = { programId: "x", startDate, weeks };
      const all = scheduledOccurrences(p, { from: startDate, to: "2026-12-31" });
      expect(all.map((o) => occurrenceDayOf(p, o.weekIndex, o.dayIndex))).toEqual(all.map((o) => o.dayKey));
      // Week 2's second Monday never gets a date; nor do weeks or days that do not exist.
      expect([occurrenceDayOf(p, 1, 1), occurrenceDayOf(p, 3, 0), occurrenceDayOf(p, 0, 2)]).toEqual([null, null, null]);
    }
  });
});
