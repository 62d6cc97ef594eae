import { describe, expect, it } from "vitest";
import { addDaysToKey } from "@/lib/dates/day-key";
import { computeReadiness, levelOf, readinessSignal } from "@/lib/insights/readiness";
import { ZInsightDraftSchema } from "@/lib/schemas/insights";
import { checkIn, daysEnding, history, loadSession, type DayInput } from "./insights-history-fixture";
import type { CheckInSummary } from "@/lib/analytics/history";

const TODAY = "2026-03-31";
const YESTERDAY = addDaysToKey(TODAY, -1);

/** `count` baseline check-ins on the days just before today. */
const baseline = (count: number, values: Partial<CheckInSummary> | ((i: number) => Partial<CheckInSummary>) = {}): DayInput[] =>
  daysEnding(YESTERDAY, count).map((dayKey, i) => ({ dayKey, checkIn: checkIn(typeof values === "function" ? values(i) : values) }));
const today = (values: Partial<CheckInSummary>): DayInput => ({ dayKey: TODAY, checkIn: checkIn(values) });

describe("readiness: check-in", () => {
  it("no check-in today → no readiness (yesterday's does not count)", () => {
    expect(readinessSignal(history({ days: baseline(10) }), TODAY)).toBeNull();
  });

  it("fewer than 7 baseline check-ins: fixed defaults (sleep 7.5 ± 1 h, scales 3 ± 1), and says so", () => {
    // z: sleep (6.5 − 7.5)/1 = −1, quality (2 − 3) = −1, stress −(4 − 3) = −1, mood −1, energy −1 → mean −1
    // → amber (−1.25 ≤ −1 < −0.5), suggestion reduce.
    const draft = readinessSignal(history({ days: [...baseline(3), today({ sleepHours: 6.5, sleepQuality: 2, stress: 4, mood: 2, energy: 2 })] }), TODAY)!;
    expect(ZInsightDraftSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      key: `readiness:${TODAY}`,
      kind: "readiness",
      readiness: "amber",
      suggestion: "reduce",
      tone: "caution",
      fromMind: true,
      facts: { level: "amber", baseline: "defaults", baselineCheckIns: 3, sleepHours: 6.5, stress: 4, mood: 2, energy: 2, sleepQuality: 2, scaleMax: 5, loadBasis: "none" },
    });
    expect(draft.evidence.find((e) => e.label.startsWith("Check-in score"))?.value).toBe(-1);
  });

  it("green → keep, red → swap (defaults)", () => {
    const green = readinessSignal(history({ days: [today({})] }), TODAY)!; // all at the defaults → 0
    expect(green).toMatchObject({ readiness: "green", suggestion: "keep", tone: "positive" });
    // sleep (4.5 − 7.5) = −3, quality 1 → −2, stress 5 → −2, mood 2 → −1, energy 1 → −2 → mean −2 → red.
    const red = readinessSignal(history({ days: [today({ sleepHours: 4.5, sleepQuality: 1, stress: 5, mood: 2, energy: 1 })] }), TODAY)!;
    expect(red).toMatchObject({ readiness: "red", suggestion: "swap", tone: "action" });
    // z-scores are clamped to ±3: 2 hours of sleep is −5.5 → −3.
    const clamped = computeReadiness(history({ days: [today({ sleepHours: 2 })] }), TODAY)!;
    expect(clamped.zScores.sleepHours).toBe(-3);
    expect(clamped.checkInScore).toBeCloseTo(-0.6, 10);
  });

  it("level boundaries: −0.5 is green, −1.25 is amber, below is red", () => {
    expect(levelOf(-0.5)).toBe("green");
    expect(levelOf(-0.51)).toBe("amber");
    expect(levelOf(-1.25)).toBe("amber");
    expect(levelOf(-1.26)).toBe("red");
  });

  it("7 baseline check-ins switch to the member's own baseline (SD floored at 0.5)", () => {
    const usual = { sleepHours: 6, sleepQuality: 3, mood: 3, energy: 3, stress: 2 };
    const todays = today({ sleepHours: 6, sleepQuality: 3, mood: 2, energy: 3, stress: 3 });
    // 6 check-ins → defaults: sleep −1.5, quality 0, mood −1, energy 0, stress 0 → −2.5/5 = −0.5 → green.
    const six = readinessSignal(history({ days: [...baseline(6, usual), todays] }), TODAY)!;
    expect(six.facts).toMatchObject({ baseline: "defaults", level: "green" });
    // 7 check-ins → personal: all SDs 0 → floor 0.5; sleep 0, quality 0, mood (2−3)/0.5 = −2, energy 0,
    // stress −(3−2)/0.5 = −2 → −4/5 = −0.8 → amber.
    const seven = readinessSignal(history({ days: [...baseline(7, usual), todays] }), TODAY)!;
    expect(seven.facts).toMatchObject({ baseline: "personal", baselineCheckIns: 7, level: "amber" });
  });

  it("uses the sample SD of the baseline when above the floor", () => {
    // sleep 7, 8, 7, 8, … (8 check-ins): mean 7.5, sample SD √(8 × 0.25 / 7) = 0.5345; today 6.5 → z = −1.8708.
    // Other scales constant at 3 and 3 today → 0. Mean −0.374 → green.
    const r = computeReadiness(history({ days: [...baseline(8, (i) => ({ sleepHours: i % 2 ? 8 : 7 })), today({ sleepHours: 6.5 })] }), TODAY)!;
    expect(r.zScores.sleepHours).toBeCloseTo(-1 / Math.sqrt(2 / 7), 4);
    expect(r.checkInScore).toBeCloseTo(-1 / Math.sqrt(2 / 7) / 5, 4);
    expect(r.level).toBe("green");
  });

  it("check-ins older than 28 days are not part of the baseline", () => {
    const old = daysEnding(addDaysToKey(TODAY, -29), 10).map((dayKey) => ({ dayKey, checkIn: checkIn() }));
    expect(readinessSignal(history({ days: [...old, today({})] }), TODAY)!.facts).toMatchObject({ baseline: "defaults", baselineCheckIns: 0 });
  });

  it("hidden check-ins (mind data not shared) → no readiness", () => {
    const h = history({ mindAccess: "none", days: [{ dayKey: TODAY, checkIn: null, sessions: [loadSession(300)] }] });
    expect(readinessSignal(h, TODAY)).toBeNull();
  });
});

describe("readiness: recent load", () => {
  // Baseline load: 2026-02-28 … 03-27 (28 days before the last 3) at 100 a day → 300 expected over 3 days.
  const loads = (recent: number): DayInput[] => [
    ...daysEnding(addDaysToKey(TODAY, -4), 28).map((dayKey) => ({ dayKey, sessions: [loadSession(100)] })),
    ...daysEnding(YESTERDAY, 3).map((dayKey) => ({ dayKey, sessions: recent ? [loadSession(recent)] : [] })),
  ];

  it("+300 % over the last 3 days costs the maximum 1 point: neutral check-in → −1 → amber", () => {
    // recent 3 × 400 = 1200 vs 300 → +300 %; penalty min(1, 0.5 × 3) = 1.
    const draft = readinessSignal(history({ days: [...loads(400), today({})] }), TODAY)!;
    expect(draft.facts).toMatchObject({ level: "amber", loadBasis: "personal", loadChangePercent: 300, loadDirection: "above" });
    expect(draft.evidence.find((e) => e.label === "Session load, last 3 days")?.value).toBe(1200);
    expect(draft.evidence.find((e) => e.label === "Your usual load for 3 days")?.value).toBe(300);
  });

  it("+100 % costs 0.5 → −0.5 → still green; a lighter recent load costs nothing", () => {
    expect(readinessSignal(history({ days: [...loads(200), today({})] }), TODAY)!.facts).toMatchObject({ level: "green", loadChangePercent: 100 });
    expect(readinessSignal(history({ days: [...loads(0), today({})] }), TODAY)!.facts).toMatchObject({ level: "green", loadChangePercent: 100, loadDirection: "below" });
  });

  it("under 21 days of load data the load is left out", () => {
    const short = daysEnding(YESTERDAY, 15).map((dayKey) => ({ dayKey, sessions: [loadSession(400)] }));
    const draft = readinessSignal(history({ days: [...short, today({})] }), TODAY)!;
    expect(draft.facts).toMatchObject({ loadBasis: "none", level: "green" });
    expect(draft.facts.loadChangePercent).toBeUndefined();
  });
});
