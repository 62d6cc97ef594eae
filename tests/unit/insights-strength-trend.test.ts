import { describe, expect, it } from "vitest";
import { mainLifts, weeklyBestE1rm } from "@/lib/analytics/strength-trend";
import { weekKeyOfDay } from "@/lib/dates/day-key";
import { bench, curl, history, session, squat } from "./insights-history-fixture";

describe("weekKeyOfDay", () => {
  it("uses ISO weeks and the ISO week-numbering year (the app's week-key format)", () => {
    expect(weekKeyOfDay("2026-03-31")).toBe("2026-W14"); // Tuesday; 2026-W01 starts Mon 29 Dec 2025
    expect(weekKeyOfDay("2025-12-29")).toBe("2026-W01");
    expect(weekKeyOfDay("2024-12-30")).toBe("2025-W01");
    expect(weekKeyOfDay("2027-01-03")).toBe("2026-W53"); // Sunday; 2026 has 53 ISO weeks
  });
});

describe("weeklyBestE1rm", () => {
  it("keeps the best e1RM per ISO week, oldest first, leaving out weeks without the lift", () => {
    const h = history({
      days: [
        { dayKey: "2026-03-02", sessions: [session({ bestE1rmKg: { "back-squat": 100, "bench-press": 80 } })] }, // W10
        { dayKey: "2026-03-04", sessions: [session({ bestE1rmKg: { "back-squat": 102.5 } }), session({ bestE1rmKg: { "back-squat": 101 } })] }, // W10
        { dayKey: "2026-03-09", sessions: [session({ bestE1rmKg: { "bench-press": 82 } })] }, // W11: no squat
        { dayKey: "2026-03-16", sessions: [session({ bestE1rmKg: { "back-squat": 104 } })] }, // W12
        { dayKey: "2025-12-29", sessions: [session({ bestE1rmKg: { "back-squat": 95 } })] }, // 2026-W01
        { dayKey: "2026-01-01", sessions: [session({ bestE1rmKg: { "back-squat": 96 } })] }, // 2026-W01 too
      ],
    });
    expect(weeklyBestE1rm(h, "back-squat")).toEqual([
      { weekKey: "2026-W01", e1rmKg: 96 },
      { weekKey: "2026-W10", e1rmKg: 102.5 },
      { weekKey: "2026-W12", e1rmKg: 104 },
    ]);
    expect(weeklyBestE1rm(h, "deadlift")).toEqual([]);
  });
});

describe("mainLifts", () => {
  const logged = (counts: Record<string, number>) =>
    Object.entries(counts).flatMap(([exerciseId, count]) =>
      Array.from({ length: count }, (_, i) => ({ dayKey: `2026-02-${String(i + 1).padStart(2, "0")}`, sessions: [session({ bestE1rmKg: { [exerciseId]: 50 } })] })),
    );

  it("gives the logged lifts marked as main lifts, most logged first", () => {
    const h = history({ days: logged({ "back-squat": 2, "bench-press": 5, "biceps-curl": 9 }) });
    expect(mainLifts(h).map((e) => e.exerciseId)).toEqual(["bench-press", "back-squat"]);
  });

  it("without marked (logged) main lifts, the three most-logged exercises", () => {
    const plain = [squat, bench, curl, { exerciseId: "row", name: "Row", isMainLift: false }].map((e) => ({ ...e, isMainLift: false }));
    const h = history({ exercises: plain, days: logged({ "back-squat": 2, "bench-press": 5, "biceps-curl": 9, row: 1 }) });
    expect(mainLifts(h).map((e) => e.exerciseId)).toEqual(["biceps-curl", "bench-press", "back-squat"]);
  });

  it("is empty without any logged lift", () => {
    expect(mainLifts(history())).toEqual([]);
  });
});
