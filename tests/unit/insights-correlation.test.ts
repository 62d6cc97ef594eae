import { describe, expect, it } from "vitest";
import type { CheckInSummary, HabitDaySummary } from "@/lib/analytics/history";
import { correlationPValue, correlationSignal } from "@/lib/insights/correlation";
import { ZInsightDraftSchema } from "@/lib/schemas/insights";
import { checkIn, daysEnding, history, session, type DayInput } from "./insights-history-fixture";

const TODAY = "2026-03-31";

/**
 * Two-valued designs make r hand-computable: code x and y as −1 / +1 (low / high). With a pairs
 * (low, high), b (high, low), c (low, low), d (high, high) and a = b, c = d both means are 0, each
 * variance is n, and r = Σx'y' / n = 2(c − a) / n.
 */
const design = (a: number, b: number, c: number, d: number): [boolean, boolean][] => [
  ...Array.from({ length: a }, (): [boolean, boolean] => [false, true]),
  ...Array.from({ length: b }, (): [boolean, boolean] => [true, false]),
  ...Array.from({ length: c }, (): [boolean, boolean] => [false, false]),
  ...Array.from({ length: d }, (): [boolean, boolean] => [true, true]),
];

/** Sleep 6 or 8 hours, session RPE 6 or 8 the same day (mood, stress constant). */
const sleepRpe = (pairs: [boolean, boolean][], overrides: Partial<DayInput> = {}): DayInput[] =>
  daysEnding(TODAY, pairs.length).map((dayKey, i) => ({
    dayKey,
    checkIn: checkIn({ sleepHours: pairs[i][0] ? 8 : 6 }),
    sessions: [session({ rpe: pairs[i][1] ? 8 : 6 })],
    ...overrides,
  }));

describe("correlation", () => {
  it("sleep vs session RPE: a = b = 6, c = d = 1 over 14 days → r = −10/14 = −0.714, p ≈ 0.003", () => {
    // Fisher z = atanh(−0.714) × √11 = −0.896 × 3.317 = −2.97; p = 2 × (1 − Φ(2.97)) = 2 × 0.0015 = 0.003.
    const drafts = correlationSignal(history({ days: sleepRpe(design(6, 6, 1, 1)) }), TODAY);
    expect(drafts).toHaveLength(1); // mood and stress are constant: no other pair
    expect(ZInsightDraftSchema.parse(drafts[0])).toEqual(drafts[0]);
    expect(drafts[0]).toMatchObject({
      key: "correlation:sleep_rpe",
      kind: "correlation",
      fromMind: true,
      facts: { pair: "sleep_rpe", direction: "negative", r: 0.71, p: 0.003, pRelation: "=", n: 14 },
    });
    expect(drafts[0].evidence[0]).toMatchObject({ unit: "r", value: -0.71 });
  });

  it("|r| ≥ 0.4 but not significant: a = b = 2, c = d = 5 → r = 6/14 = 0.429, p ≈ 0.13 → nothing", () => {
    // z = atanh(0.4286) × √11 = 0.458 × 3.317 = 1.52; p = 2 × (1 − 0.9357) = 0.129.
    expect(correlationPValue(6 / 14, 14)).toBeCloseTo(0.129, 2);
    expect(correlationSignal(history({ days: sleepRpe(design(2, 2, 5, 5)) }), TODAY)).toEqual([]);
  });

  it("noise: a = b = 3, c = d = 4 → r = 2/14 = 0.14 → nothing", () => {
    expect(correlationSignal(history({ days: sleepRpe(design(3, 3, 4, 4)) }), TODAY)).toEqual([]);
  });

  it("needs 14 paired days: a perfect r = 1 over 13 days is not told; over 14 it is (p shown as < 0.001)", () => {
    expect(correlationSignal(history({ days: sleepRpe(design(0, 0, 7, 6)) }), TODAY)).toEqual([]);
    const fourteen = correlationSignal(history({ days: sleepRpe(design(0, 0, 7, 7)) }), TODAY);
    expect(fourteen[0].facts).toMatchObject({ r: 1, direction: "positive", p: 0.001, pRelation: "<", n: 14 });
    // Unrated sessions do not pair.
    expect(correlationSignal(history({ days: sleepRpe(design(0, 0, 7, 7)).map((d, i) => (i === 0 ? { ...d, sessions: [session({ rpe: null })] } : d)) }), TODAY)).toEqual([]);
  });

  it("hidden check-ins (mind data not shared) → nothing", () => {
    const days = sleepRpe(design(6, 6, 1, 1)).map((d) => ({ ...d, checkIn: null }));
    expect(correlationSignal(history({ mindAccess: "none", days }), TODAY)).toEqual([]);
  });

  it("pairs older than 90 days are not used", () => {
    const old = sleepRpe(design(6, 6, 1, 1)).map((d, i) => ({ ...d, dayKey: daysEnding("2025-12-01", 14)[i] }));
    expect(correlationSignal(history({ days: old }), TODAY)).toEqual([]);
  });

  it("sleep vs mood and stress vs habit completion", () => {
    // sleep 6/8 with mood 2/4 in design (1,1,6,6): r = 2(6 − 1)/14 = 0.714 positive.
    const pairs = design(1, 1, 6, 6);
    const mood = daysEnding(TODAY, 14).map((dayKey, i) => ({ dayKey, checkIn: checkIn({ sleepHours: pairs[i][0] ? 8 : 6, mood: pairs[i][1] ? 4 : 2 }) }));
    expect(correlationSignal(history({ days: mood }), TODAY).map((d) => [d.key, d.facts.direction, d.facts.r])).toEqual([["correlation:sleep_mood", "positive", 0.71]]);
    // stress 2/4 with the day's habit completion 1/0 in design (6,6,1,1): r = −0.714 (more stress, fewer habits).
    const habitsFor = (done: boolean): HabitDaySummary[] => [{ habitId: "h", status: done ? "done" : "missed", value: 0 }];
    const stressPairs = design(6, 6, 1, 1);
    const stress = daysEnding(TODAY, 14).map((dayKey, i) => ({
      dayKey,
      checkIn: checkIn({ stress: stressPairs[i][0] ? 4 : 2 } as Partial<CheckInSummary>),
      habits: habitsFor(stressPairs[i][1]),
    }));
    const found = correlationSignal(history({ days: stress }), TODAY);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ key: "correlation:stress_habits", fromMind: true, facts: { direction: "negative", r: 0.71, n: 14 } });
  });
});
