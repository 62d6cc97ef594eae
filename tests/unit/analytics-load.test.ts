import { describe, expect, it } from "vitest";
import { acuteChronic, acuteChronicSeries, dailyLoads } from "@/lib/analytics/load";
import { addDaysToKey } from "@/lib/dates/day-key";
import { daysEnding, history, loadSession, session } from "./insights-history-fixture";

const END = "2026-03-31";

describe("dailyLoads", () => {
  it("gives every day in range, 0 without a session, and sums a day's sessions", () => {
    const h = history({
      days: [
        { dayKey: "2026-03-02", sessions: [loadSession(300), loadSession(120)] },
        { dayKey: "2026-03-04", sessions: [session({ minutes: 45, rpe: 8 })] }, // 45 × 8 = 360
        { dayKey: "2026-03-05", sessions: [session({ rpe: null })] }, // no load: counts 0
        { dayKey: "2026-03-09", sessions: [loadSession(999)] }, // outside the range
      ],
    });
    expect(dailyLoads(h, "2026-03-01", "2026-03-06")).toEqual([
      { dayKey: "2026-03-01", load: 0 },
      { dayKey: "2026-03-02", load: 420 },
      { dayKey: "2026-03-03", load: 0 },
      { dayKey: "2026-03-04", load: 360 },
      { dayKey: "2026-03-05", load: 0 },
      { dayKey: "2026-03-06", load: 0 },
    ]);
  });

  it("crosses month ends and is empty for a reversed range", () => {
    const h = history({ days: [{ dayKey: "2026-03-01", sessions: [loadSession(100)] }] });
    expect(dailyLoads(h, "2026-02-27", "2026-03-01").map((d) => d.dayKey)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(dailyLoads(h, "2026-03-02", "2026-03-01")).toEqual([]);
  });
});

describe("acuteChronic", () => {
  it("steady 100 a day for 28 days: acute 700, chronic 2800/4 = 700, ratio 1", () => {
    const loads = daysEnding(END, 28).map((dayKey) => ({ dayKey, load: 100 }));
    expect(acuteChronic(loads, END)).toEqual({ acute: 700, chronicWeekly: 700, ratio: 1, daysOfData: 28 });
  });

  it("a spike week: 21 days at 100 then 7 at 250 → acute 1750, chronic (2100+1750)/4 = 962.5, ratio ≈ 1.818", () => {
    const loads = daysEnding(END, 28).map((dayKey, i) => ({ dayKey, load: i < 21 ? 100 : 250 }));
    const result = acuteChronic(loads, END);
    expect(result.acute).toBe(1750);
    expect(result.chronicWeekly).toBe(962.5);
    expect(result.ratio).toBeCloseTo(1750 / 962.5, 10);
  });

  it("ignores days after the end day and before the 28-day window", () => {
    const loads = [
      { dayKey: addDaysToKey(END, -40), load: 500 }, // before the window, but starts the data
      ...daysEnding(END, 7).map((dayKey) => ({ dayKey, load: 100 })),
      { dayKey: addDaysToKey(END, 1), load: 10_000 },
    ];
    // acute 700, chronic 700/4 = 175, ratio 4; daysOfData = 41 (day −40 to the end day)
    expect(acuteChronic(loads, END)).toEqual({ acute: 700, chronicWeekly: 175, ratio: 4, daysOfData: 41 });
  });

  it("no ratio under 21 days of data (20 days → null, 21 → a ratio)", () => {
    const twenty = daysEnding(END, 20).map((dayKey) => ({ dayKey, load: 100 }));
    expect(acuteChronic(twenty, END)).toMatchObject({ acute: 700, chronicWeekly: 500, ratio: null, daysOfData: 20 });
    const twentyOne = daysEnding(END, 21).map((dayKey) => ({ dayKey, load: 100 }));
    // acute 700, chronic 2100/4 = 525 → 1.333…
    expect(acuteChronic(twentyOne, END).ratio).toBeCloseTo(700 / 525, 10);
  });

  it("no ratio when the chronic load is 0", () => {
    const loads = daysEnding(END, 28).map((dayKey) => ({ dayKey, load: 0 }));
    expect(acuteChronic(loads, END)).toEqual({ acute: 0, chronicWeekly: 0, ratio: null, daysOfData: 0 });
  });
});

describe("acuteChronicSeries", () => {
  it("matches acuteChronic day by day (sliding sums)", () => {
    const keys = daysEnding(END, 60);
    const h = history({ days: keys.filter((_, i) => i % 2 === 0 || i > 50).map((dayKey, i) => ({ dayKey, sessions: [loadSession(100 + (i % 5) * 40)] })) });
    const from = addDaysToKey(END, -20);
    const series = acuteChronicSeries(h, from, END);
    expect(series).toHaveLength(21);
    const loads = dailyLoads(h, keys[0], END);
    for (const point of series) {
      const expected = acuteChronic(loads, point.dayKey);
      expect(point.acute).toBeCloseTo(expected.acute, 6);
      expect(point.chronicWeekly).toBeCloseTo(expected.chronicWeekly, 6);
      if (expected.ratio === null) expect(point.ratio).toBeNull();
      else expect(point.ratio).toBeCloseTo(expected.ratio, 6);
    }
  });

  it("null ratios before 21 days of data", () => {
    const h = history({ days: daysEnding(END, 25).map((dayKey) => ({ dayKey, sessions: [loadSession(100)] })) });
    const series = acuteChronicSeries(h, addDaysToKey(END, -6), END);
    // data starts END−24; on END−6 it has 19 days, END−5: 20, END−4: 21
    expect(series.map((p) => p.ratio === null)).toEqual([true, true, false, false, false, false, false]);
  });
});
