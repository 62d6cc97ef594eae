import { describe, expect, it } from "vitest";
import type { CheckInSummary } from "@/lib/analytics/history";
import { wellbeingSignal } from "@/lib/insights/wellbeing";
import { ZInsightDraftSchema } from "@/lib/schemas/insights";
import { checkIn, history, type DayInput } from "./insights-history-fixture";

const TODAY = "2026-03-31";
// Last 7 days: 03-25 … 03-31; the 7 before: 03-18 … 03-24.
const LAST = ["2026-03-25", "2026-03-27", "2026-03-29", "2026-03-31"];
const PREVIOUS = ["2026-03-18", "2026-03-20", "2026-03-22", "2026-03-24"];

const checkIns = (dayKeys: string[], values: Partial<CheckInSummary>[]): DayInput[] => dayKeys.map((dayKey, i) => ({ dayKey, checkIn: checkIn(values[i % values.length]) }));
const good = { mood: 4, energy: 4, stress: 2 };
const okay = { mood: 3, energy: 3, stress: 3 };

describe("wellbeing trend", () => {
  it("wellbeing (mood + energy + (6 − stress)) / 3 from 4 to 3 → down", () => {
    const draft = wellbeingSignal(history({ days: [...checkIns(PREVIOUS, [good]), ...checkIns(LAST, [okay])] }), TODAY)!;
    expect(ZInsightDraftSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      key: "wellbeing_down:2026-W14",
      kind: "wellbeing_down",
      fromMind: true,
      facts: { mood: 3, previousMood: 4, energy: 3, previousEnergy: 4, stress: 3, previousStress: 2, checkIns: 4, support: "no" },
    });
  });

  it("boundary: a fall of exactly 0.5 counts; a smaller one does not", () => {
    // last: mood 4,4,3,3 → 3.5; energy 3.5; stress 2,2,3,3 → 2.5 → (3.5 + 3.5 + 3.5)/3 = 3.5 → −0.5.
    const half = checkIns(LAST, [good, good, okay, okay]);
    expect(wellbeingSignal(history({ days: [...checkIns(PREVIOUS, [good]), ...half] }), TODAY)).not.toBeNull();
    // last: mood 4,4,4,3 → 3.75, energy 4, stress 2 → (3.75 + 4 + 4)/3 = 3.92 → −0.08 → steady.
    const noise = checkIns(LAST, [good, good, good, { mood: 3, energy: 4, stress: 2 }]);
    expect(wellbeingSignal(history({ days: [...checkIns(PREVIOUS, [good]), ...noise] }), TODAY)).toBeNull();
  });

  it("needs 3 check-ins in each week, and visible check-ins", () => {
    expect(wellbeingSignal(history({ days: [...checkIns(PREVIOUS, [good]), ...checkIns(LAST.slice(0, 2), [okay])] }), TODAY)).toBeNull();
    const hidden = [...checkIns(PREVIOUS, [good]), ...checkIns(LAST, [okay])].map((d) => ({ ...d, checkIn: null }));
    expect(wellbeingSignal(history({ mindAccess: "trends", days: hidden }), TODAY)).toBeNull();
  });

  it("a flagged questionnaire in the last 14 days adds the support pointer", () => {
    const draft = wellbeingSignal(
      history({
        days: [...checkIns(PREVIOUS, [good]), ...checkIns(LAST, [okay])],
        questionnaires: [{ instrument: "phq2", dayKey: "2026-03-28", score: 4, percent: null, flagged: true }],
      }),
      TODAY,
    )!;
    expect(draft.facts.support).toBe("yes");
    // A trainer's read (trends shared) never turns a questionnaire into the support pointer.
    const trainerRead = wellbeingSignal(
      history({
        mindAccess: "trends",
        days: [...checkIns(PREVIOUS, [good]), ...checkIns(LAST, [okay])],
        questionnaires: [{ instrument: "phq2", dayKey: "2026-03-28", score: 4, percent: null, flagged: true }],
      }),
      TODAY,
    )!;
    expect(trainerRead.facts.support).toBe("no");
  });
});
