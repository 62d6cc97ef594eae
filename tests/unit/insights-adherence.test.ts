import { describe, expect, it } from "vitest";
import type { HabitDaySummary } from "@/lib/analytics/history";
import { addDaysToKey } from "@/lib/dates/day-key";
import { adherenceSignal } from "@/lib/insights/adherence";
import { ZInsightDraftSchema } from "@/lib/schemas/insights";
import { daysEnding, history, session, type DayInput } from "./insights-history-fixture";

const TODAY = "2026-03-31"; // ISO week 2026-W14
// Window: 2026-03-18 … 03-31 (14 days); baseline: 2026-02-18 … 03-17 (28 days).
const WINDOW = daysEnding(TODAY, 14);
const BASELINE = daysEnding("2026-03-17", 28);

const sessionsOn = (dayKeys: string[]): DayInput[] => dayKeys.map((dayKey) => ({ dayKey, sessions: [session()] }));
/** A first logged day (a weigh-in) long before, so the member is not new. */
const start: DayInput = { dayKey: "2026-01-01", weightKg: 80 };

describe("adherence: sessions", () => {
  it("with a plan: 4 sessions in 14 days against 4 a week planned (8) → 50 % drop", () => {
    const h = history({ plannedSessionsPerWeek: 4, days: [start, ...sessionsOn(WINDOW.slice(0, 4))] });
    const drafts = adherenceSignal(h, TODAY);
    expect(drafts).toHaveLength(1);
    expect(ZInsightDraftSchema.parse(drafts[0])).toEqual(drafts[0]);
    expect(drafts[0]).toMatchObject({
      key: "adherence_drop:sessions:2026-W14",
      kind: "adherence_drop",
      tone: "caution",
      facts: { area: "sessions", basis: "plan", sessions: 4, expectedSessions: 8, dropPercent: 50, days: 14 },
    });
  });

  it("boundary: a 40 % drop fires, 37.5 % does not", () => {
    // 5/wk planned → 10 expected; 6 done → 1 − 6/10 = 40 %.
    expect(adherenceSignal(history({ plannedSessionsPerWeek: 5, days: [start, ...sessionsOn(WINDOW.slice(0, 6))] }), TODAY)).toHaveLength(1);
    // 4/wk → 8 expected; 5 done → 37.5 %.
    expect(adherenceSignal(history({ plannedSessionsPerWeek: 4, days: [start, ...sessionsOn(WINDOW.slice(0, 5))] }), TODAY)).toEqual([]);
  });

  it("a program started inside the window expects only its own days; under 7 days, nothing", () => {
    // A member logging for months starts a 3-a-week program today: nothing is due yet.
    expect(adherenceSignal(history({ plannedSessionsPerWeek: 3, plannedSince: TODAY, days: [start] }), TODAY)).toEqual([]);
    // Started 6 days ago (03-26 … 03-31 is 6 days): still nothing.
    expect(adherenceSignal(history({ plannedSessionsPerWeek: 3, plannedSince: "2026-03-26", days: [start] }), TODAY)).toEqual([]);
    // Started 7 days ago (03-25 … 03-31): 3 expected, 1 done → 67 % drop.
    const week = adherenceSignal(history({ plannedSessionsPerWeek: 3, plannedSince: "2026-03-25", days: [start, ...sessionsOn(["2026-03-27"])] }), TODAY);
    expect(week).toHaveLength(1);
    expect(week[0].facts).toMatchObject({ basis: "plan", sessions: 1, expectedSessions: 3, dropPercent: 67 });
    // Started before the window: the whole 14 days count (4 a week → 8), as without a start day.
    expect(adherenceSignal(history({ plannedSessionsPerWeek: 4, plannedSince: "2026-02-01", days: [start, ...sessionsOn(WINDOW.slice(0, 4))] }), TODAY)[0].facts).toMatchObject({ expectedSessions: 8 });
  });

  it("without a plan: against the member's own previous 4-week average", () => {
    // 12 sessions in the 28-day baseline → 3 a week → 6 expected in 14 days; 3 done → 50 %.
    const baseline = sessionsOn(BASELINE.filter((_, i) => i % 7 < 3)); // 3 per 7 days → 12
    const drop = adherenceSignal(history({ days: [start, ...baseline, ...sessionsOn(WINDOW.slice(0, 3))] }), TODAY);
    expect(drop).toHaveLength(1);
    expect(drop[0].facts).toMatchObject({ basis: "own_average", sessions: 3, expectedSessions: 6, dropPercent: 50 });
    // 4 done → 1 − 4/6 = 33 % → nothing.
    expect(adherenceSignal(history({ days: [start, ...baseline, ...sessionsOn(WINDOW.slice(0, 4))] }), TODAY)).toEqual([]);
  });

  it("too little data: a new member, or a baseline under once a week, gives nothing", () => {
    // First logged day inside the window (a member who joined 10 days ago): no drop.
    expect(adherenceSignal(history({ plannedSessionsPerWeek: 4, days: sessionsOn(WINDOW.slice(4, 6)) }), TODAY)).toEqual([]);
    // No plan and 3 sessions in the baseline (0.75 a week) → no expectation.
    expect(adherenceSignal(history({ days: [start, ...sessionsOn(BASELINE.slice(0, 3))] }), TODAY)).toEqual([]);
    // No plan and data starting inside the baseline → no expectation.
    expect(adherenceSignal(history({ days: sessionsOn(BASELINE.slice(10).filter((_, i) => i % 2 === 0)) }), TODAY)).toEqual([]);
  });
});

describe("adherence: habits", () => {
  const habitDays = (dayKeys: string[], status: (i: number) => HabitDaySummary["status"]): DayInput[] =>
    dayKeys.map((dayKey, i) => ({ dayKey, habits: [{ habitId: "h1", status: status(i), value: 0 }] }));

  it("completion 100 % over the 28 days before and 50 % in the last 14 → 50 % drop", () => {
    // baseline 28/28 done; window: 7 missed (03-18 … 03-24), 7 done (03-25 … 03-31) → 7/14.
    const h = history({ days: [...habitDays(BASELINE, () => "done"), ...habitDays(WINDOW, (i) => (i < 7 ? "missed" : "done"))] });
    const drafts = adherenceSignal(h, TODAY);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      key: "adherence_drop:habits:2026-W14",
      facts: { area: "habits", completionPercent: 50, previousCompletionPercent: 100, dropPercent: 50 },
    });
  });

  it("partial counts half; skipped days are not judged; a drop under 40 % gives nothing", () => {
    // window: 10 done, 4 missed → 71 % → drop 29 % → nothing.
    expect(adherenceSignal(history({ days: [...habitDays(BASELINE, () => "done"), ...habitDays(WINDOW, (i) => (i < 4 ? "missed" : "done"))] }), TODAY)).toEqual([]);
    // window: 7 skipped, 7 done → 100 % → nothing.
    expect(adherenceSignal(history({ days: [...habitDays(BASELINE, () => "done"), ...habitDays(WINDOW, (i) => (i < 7 ? "skipped" : "done"))] }), TODAY)).toEqual([]);
    // window: 14 partial → 50 % → 50 % drop.
    const partial = adherenceSignal(history({ days: [...habitDays(BASELINE, () => "done"), ...habitDays(WINDOW, () => "partial")] }), TODAY);
    expect(partial[0].facts).toMatchObject({ completionPercent: 50 });
  });

  it("today missed is not held against the member (it can still be done)", () => {
    // window: 8 missed + 5 done + today missed → judged 13 (today left out): 5/13 = 38 %; drop 62 %.
    const h = history({ days: [...habitDays(BASELINE, () => "done"), ...habitDays(WINDOW, (i) => (i < 8 || i === 13 ? "missed" : "done"))] });
    expect(adherenceSignal(h, TODAY)[0].facts).toMatchObject({ completionPercent: 38 });
  });

  it("too few judged days gives nothing", () => {
    // window: 5 done-or-missed days, the rest not due → 5 < 7 judged.
    const h = history({ days: [...habitDays(BASELINE, () => "done"), ...habitDays(WINDOW, (i) => (i < 9 ? "not_due" : "missed"))] });
    expect(adherenceSignal(h, TODAY)).toEqual([]);
    expect(addDaysToKey(BASELINE[27], 1)).toBe(WINDOW[0]);
  });
});
