import { describe, expect, it } from "vitest";
import type { THabitView } from "@/lib/schemas/habit";
import {
  amountLabel,
  applyOverride,
  asOfDay,
  calendarAsOf,
  canCheckIn,
  formatDayKey,
  groupHabits,
  hasEnded,
  horizonLabel,
  isBehind,
  isUpcoming,
  newestViews,
  pendingOverrides,
  scheduleLabel,
  withPendingToday,
} from "@/components/habits/habit-display";
import { definitionOf, emptyDraft, validateDraft } from "@/components/habits/habit-form-state";
import { amountFieldText, numericStep } from "@/components/habits/day-check-in";
import { calendarStart, strengthHistory } from "@/components/habits/strength-history";
import { isoWeekdayOf } from "@/lib/dates/day-key";

const habit = (overrides: Partial<THabitView> = {}): THabitView => ({
  id: "a".repeat(24),
  name: "Drink water",
  type: "numeric",
  target: 8,
  unit: "glasses",
  schedule: { kind: "daily" },
  cue: null,
  startDate: "2026-11-01",
  endDate: null,
  pauses: [],
  reminders: [],
  group: "",
  assignedBy: null,
  archived: false,
  today: { dayKey: "2026-11-25", status: "open", value: 0 },
  strength: 0,
  streak: { current: 0, best: 0 },
  completion: { days7: null, days30: null, days90: null },
  daysSinceStart: 24,
  readAt: 0,
  ...overrides,
});

describe("habit wording", () => {
  it("describes schedules", () => {
    expect(scheduleLabel({ kind: "daily" })).toBe("Every day");
    expect(scheduleLabel({ kind: "weekdays", days: [5, 1, 3] })).toBe("Mon, Wed, Fri");
    expect(scheduleLabel({ kind: "weekdays", days: [1, 2, 3, 4, 5] })).toBe("Weekdays");
    expect(scheduleLabel({ kind: "per_period", times: 3, periodDays: 7 })).toBe("3 times per 7 days");
  });

  it("says the honest horizon, never 21 days", () => {
    expect(horizonLabel(0)).toBe("Day 1 of about 66");
    expect(horizonLabel(11)).toBe("Day 12 of about 66");
    expect(horizonLabel(80)).toMatch(/^Day 81: past the typical 66/);
  });

  it("formats amounts and calendar days without a time zone shift", () => {
    expect(amountLabel(habit(), 2.5)).toBe("2.5 of 8 glasses");
    expect(amountLabel(habit({ type: "boolean", target: 1, unit: "" }), 1)).toBe("");
    expect(formatDayKey("2026-12-01")).toBe("Tue 1 Dec");
  });
});

describe("queued writes over the server's view", () => {
  const id = "a".repeat(24);
  it("lets the last write per day win, in queue order", () => {
    const overrides = pendingOverrides([
      { path: "habits.checkIn", input: { habitId: id, dayKey: "2026-11-25", value: 8 } },
      { path: "habits.undo", input: { habitId: id, dayKey: "2026-11-25" } },
      { path: "habits.skip", input: { habitId: id, dayKey: "2026-11-24" } },
      { path: "workouts.logSet", input: { setId: "x" } },
    ]);
    expect(overrides.get(`${id}:2026-11-25`)).toEqual({ kind: "cleared" });
    expect(overrides.get(`${id}:2026-11-24`)).toEqual({ kind: "skipped" });
    expect(overrides.size).toBe(2);
  });

  it("shows today as the server will once a write lands", () => {
    const checked = withPendingToday(habit(), pendingOverrides([{ path: "habits.checkIn", input: { habitId: id, dayKey: "2026-11-25", value: 3 } }]));
    expect(checked.today).toEqual({ dayKey: "2026-11-25", status: "partial", value: 3 });
    expect(applyOverride("open", 0, { kind: "value", value: 8 }, 8, true)).toEqual({ status: "done", value: 8 });
    expect(applyOverride("done", 8, { kind: "cleared" }, 8, false)).toEqual({ status: "missed", value: 0 });
    // A day a write cannot change (paused, not scheduled) stays as it is.
    expect(applyOverride("paused", 0, { kind: "value", value: 8 }, 8, false)).toEqual({ status: "paused", value: 0 });
  });
});

describe("a new day under a page made on an earlier one", () => {
  const id = "a".repeat(24);
  // The page was made on Wednesday 25 November with Drink water done; the member's clock says Thursday.
  const served = habit({ today: { dayKey: "2026-11-25", status: "done", value: 8 }, streak: { current: 3, best: 5 }, strength: 0.4 });

  it("shows the new day open, so today's buttons write for it", () => {
    expect(isBehind(served, "2026-11-26")).toBe(true);
    const shown = asOfDay(served, "2026-11-26");
    expect(shown.today).toEqual({ dayKey: "2026-11-26", status: "open", value: 0 });
    expect(canCheckIn(shown.today.status)).toBe(true);
    expect(shown.daysSinceStart).toBe(25);
    // What only the server can recompute stays as it last said.
    expect(shown.streak).toEqual({ current: 3, best: 5 });
    expect(shown.strength).toBe(0.4);
  });

  it("keeps the server's view when the clock agrees, is behind it or is not known yet", () => {
    expect(asOfDay(served, "2026-11-25")).toBe(served);
    expect(asOfDay(served, "2026-11-24")).toBe(served);
    expect(asOfDay(served, null)).toBe(served);
    expect(isBehind(served, null)).toBe(false);
  });

  it("follows the habit's own rules on the new day", () => {
    // Thursday is not one of Mon/Wed.
    expect(asOfDay(habit({ ...served, schedule: { kind: "weekdays", days: [1, 3] } }), "2026-11-26").today.status).toBe("not_scheduled");
    expect(asOfDay(habit({ ...served, pauses: [{ from: "2026-11-26", to: "2026-11-30" }] }), "2026-11-26").today.status).toBe("paused");
    const ended = asOfDay(habit({ ...served, endDate: "2026-11-25" }), "2026-11-26");
    expect(canCheckIn(ended.today.status)).toBe(false);
    expect(hasEnded(ended)).toBe(true);
    // A habit that starts on the new day is no longer upcoming.
    const starting = habit({ ...served, startDate: "2026-11-26", daysSinceStart: 0, today: { dayKey: "2026-11-25", status: "before_start", value: 0 } });
    expect(isUpcoming(starting)).toBe(true);
    expect(isUpcoming(asOfDay(starting, "2026-11-26"))).toBe(false);
    expect(asOfDay(starting, "2026-11-26").today.status).toBe("open");
  });

  it("applies a queued write for the new day, never one for the old day, to today", () => {
    const overrides = pendingOverrides([
      { path: "habits.checkIn", input: { habitId: id, dayKey: "2026-11-25", value: 8 } },
      { path: "habits.checkIn", input: { habitId: id, dayKey: "2026-11-26", value: 2 } },
    ]);
    expect(withPendingToday(asOfDay(served, "2026-11-26"), overrides).today).toEqual({ dayKey: "2026-11-26", status: "partial", value: 2 });
    const onlyOld = pendingOverrides([{ path: "habits.checkIn", input: { habitId: id, dayKey: "2026-11-25", value: 8 } }]);
    expect(withPendingToday(asOfDay(served, "2026-11-26"), onlyOld).today).toEqual({ dayKey: "2026-11-26", status: "open", value: 0 });
  });

  it("moves the heat map on: the old today left open is missed, new days are added, the length stays", () => {
    const calendar = [
      { dayKey: "2026-11-23", status: "done" as const, value: 8 },
      { dayKey: "2026-11-24", status: "partial" as const, value: 3 },
      { dayKey: "2026-11-25", status: "open" as const, value: 0 },
    ];
    expect(calendarAsOf(calendar, served, "2026-11-25")).toBe(calendar);
    expect(calendarAsOf(calendar, served, "2026-11-27")).toEqual([
      { dayKey: "2026-11-25", status: "missed", value: 0 },
      { dayKey: "2026-11-26", status: "missed", value: 0 },
      { dayKey: "2026-11-27", status: "open", value: 0 },
    ]);
  });

  it("lets a check-in mean something only on scheduled, started, unpaused days", () => {
    expect(["done", "partial", "missed", "skipped", "open"].every((status) => canCheckIn(status as never))).toBe(true);
    expect(["paused", "not_scheduled", "future", "before_start"].some((status) => canCheckIn(status as never))).toBe(false);
  });
});

describe("the amount field", () => {
  it("keeps the member's typing over a value that changes meanwhile, for that day only", () => {
    expect(amountFieldText(null, "2026-11-25", 3)).toBe("3");
    const typed = { dayKey: "2026-11-25", text: "5" };
    expect(amountFieldText(typed, "2026-11-25", 3)).toBe("5");
    // Another queued write lands: the value moves, the typing stays.
    expect(amountFieldText(typed, "2026-11-25", 4)).toBe("5");
    // Another day (a new day, another calendar day) starts from its own value.
    expect(amountFieldText(typed, "2026-11-26", 0)).toBe("0");
  });
});

describe("routines", () => {
  it("keeps each group together, ungrouped habits last", () => {
    const groups = groupHabits([
      habit({ id: "1", group: "" }),
      habit({ id: "2", group: "Morning routine" }),
      habit({ id: "3", group: "Evening" }),
      habit({ id: "4", group: "Morning routine" }),
    ]);
    expect(groups.map((group) => [group.name, group.habits.map((h) => h.id)])).toEqual([
      ["Morning routine", ["2", "4"]],
      ["Evening", ["3"]],
      ["", ["1"]],
    ]);
  });
});

describe("the habit form", () => {
  it("sends a yes/no habit with a target of 1 and no empty cue", () => {
    const draft = { ...emptyDraft("2026-11-25"), name: "Stretch", reminders: ["07:30"] };
    expect(validateDraft(draft)).toEqual({});
    expect(definitionOf(draft)).toMatchObject({ type: "boolean", target: 1, cue: null, schedule: { kind: "daily" }, endDate: null });
  });

  it("names the fields that are wrong, with the server's schema", () => {
    const draft = { ...emptyDraft("2026-11-25"), type: "numeric" as const, target: "", scheduleKind: "weekdays" as const, days: [], endDate: "2026-11-01", reminders: ["25:00"], cueAfter: "I wake up" };
    const errors = validateDraft(draft);
    expect(errors.name).toBe("Name the habit");
    expect(errors.target).toBe("Enter a number");
    expect(errors["schedule.days"]).toBe("Choose at least one weekday");
    expect(errors["reminders.0"]).toBe("Use a time like 07:30");
    expect(errors["cue.will"]).toBe("Fill in both parts of the plan, or neither");
  });

  it("steps numeric habits by a sensible amount", () => {
    expect(numericStep(8)).toBe(1);
    expect(numericStep(2000)).toBe(100);
    expect(numericStep(250)).toBe(10);
  });
});

describe("strength history for the chart", () => {
  const calendarOf = (from: string, statuses: ("done" | "missed" | "skipped" | "before_start")[]) =>
    statuses.map((status, index) => {
      const date = new Date(`${from}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + index);
      return { dayKey: date.toISOString().slice(0, 10), status, value: status === "done" ? 1 : 0 };
    });
  const base = { type: "boolean" as const, target: 1, schedule: { kind: "daily" as const }, endDate: null, pauses: [] };

  it("matches the server's formula for a habit that started inside the window", () => {
    const calendar = calendarOf("2026-11-20", ["before_start", "before_start", "missed", "done", "done"]);
    const points = strengthHistory({ ...base, startDate: "2026-11-22", strength: 0 }, calendar);
    expect(points.map((point) => point.dayKey)).toEqual(["2026-11-22", "2026-11-23", "2026-11-24"]);
    expect(points[0].score).toBe(0);
    expect(points[1].score).toBeCloseTo(0.0519, 3);
    expect(points[2].score).toBeCloseTo(0.1011, 3);
  });

  it("ends at the server's strength for an older habit, fading the score it carried in", () => {
    const calendar = calendarOf("2026-11-20", ["missed", "missed", "skipped", "done"]);
    const points = strengthHistory({ ...base, startDate: "2026-01-01", strength: 0.5 }, calendar);
    expect(points).toHaveLength(4);
    expect(points[3].score).toBeCloseTo(0.5, 6);
    expect(points[0].score).toBeGreaterThan(points[1].score);
    // A skipped day neither raises nor lowers it.
    expect(points[2].score).toBeCloseTo(points[1].score, 9);
  });

  it("starts a young habit's heat map on the Monday of its first week", () => {
    expect(calendarStart("2026-11-25", "2026-08-27", isoWeekdayOf)).toBe("2026-11-23");
    expect(calendarStart("2026-01-01", "2026-08-27", isoWeekdayOf)).toBe("2026-08-27");
  });
});

describe("a fresh page and the phone's newer answers", () => {
  it("keeps a habit whose write was answered after the page was made, and takes the page for the rest", () => {
    const page = [habit({ id: "a", readAt: 100, streak: { current: 2, best: 2 } }), habit({ id: "b", readAt: 100 })];
    const shown = [habit({ id: "a", readAt: 150, streak: { current: 1, best: 2 } }), habit({ id: "b", readAt: 50 }), habit({ id: "gone", readAt: 200 })];
    const merged = newestViews(page, shown);
    expect(merged.map((view) => [view.id, view.readAt])).toEqual([
      ["a", 150],
      ["b", 100],
    ]);
    expect(merged[0].streak.current).toBe(1);
  });
});
