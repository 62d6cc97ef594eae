import { describe, expect, it } from "vitest";
import type { MemberHistory } from "@/lib/analytics/history";
import { isoWeekdayOf } from "@/lib/dates/day-key";
import { computeInsights } from "@/lib/insights/compute";
import { keepsFacts } from "@/lib/insights/fact-check";
import { renderInsight } from "@/lib/insights/render";
import { ZInsightDraftSchema } from "@/lib/schemas/insights";
import { checkIn, daysEnding, history, nutrition, session, type DayInput } from "./insights-history-fixture";

const TODAY = "2026-03-31";
const DAYS = daysEnding(TODAY, 84); // 12 weeks

/**
 * A steady member: Mon/Wed/Fri sessions (60 min × RPE 7 = 420) with the squat e1RM rising 0.5 kg a
 * session, a daily habit always done (strength 80), intake on target, a check-in every day with sleep
 * cycling 7 / 7.5 / 8 h and mood 3 / 4 (independent cycles: r = 0 over whole periods), energy 3, stress 2.
 */
function steadyDays(options: { flatSquat?: boolean; skipRecent?: boolean; lowWeek?: boolean } = {}): DayInput[] {
  let squat = 100;
  return DAYS.map((dayKey, i) => {
    const training = [1, 3, 5].includes(isoWeekdayOf(dayKey));
    const recent = i >= DAYS.length - 14;
    const lastWeek = i >= DAYS.length - 7;
    const trains = training && !(options.skipRecent && recent && i % 3 !== 0);
    if (trains) squat += options.flatSquat && i >= DAYS.length - 56 ? 0 : 0.5;
    return {
      dayKey,
      sessions: trains ? [session({ minutes: 60, rpe: 7, bestE1rmKg: { "back-squat": squat } })] : [],
      checkIn: checkIn(
        options.lowWeek && lastWeek
          ? { sleepHours: [7, 7.5, 8][i % 3], mood: 2, energy: 2, stress: 4, sleepQuality: 2 }
          : { sleepHours: [7, 7.5, 8][i % 3], mood: [3, 4][i % 2], energy: 3, stress: 2, sleepQuality: 3 },
      ),
      habits: [{ habitId: "water", status: "done", value: 1 }],
      nutrition: i < DAYS.length - 1 ? nutrition({ energyKcal: 2000 }) : null,
      weightKg: i % 7 === 0 ? 80 : null,
    };
  });
}

const base = (days: DayInput[], extra: Partial<MemberHistory> = {}) =>
  history({
    plannedSessionsPerWeek: 3,
    goal: "general_health",
    habits: [{ habitId: "water", name: "Drink water", archived: false, strength: DAYS.map((dayKey) => ({ dayKey, value: 80 })) }],
    days,
    ...extra,
  });

describe("computeInsights", () => {
  it("an empty history gives nothing", () => {
    expect(computeInsights(history(), { todayKey: TODAY })).toEqual([]);
  });

  it("a steady member gives only a green readiness", () => {
    const drafts = computeInsights(base(steadyDays()), { todayKey: TODAY });
    expect(drafts.map((d) => [d.kind, d.readiness])).toEqual([["readiness", "green"]]);
  });

  it("a struggling member: readiness, wellbeing, adherence and plateau, highest priority first", () => {
    // Last 14 days: 2 of 6 planned sessions (67 % drop); squat flat for 8 weeks; last week's check-ins
    // mood 2, energy 2, stress 4 (wellbeing (2 + 2 + 2)/3 = 2 vs about 3.5 → down). Readiness: today is
    // one of those days; its 28-day baseline already holds 6 of them, so against baseline (mean, SD with
    // the 0.5 floor): sleep 8 vs 7.5 / 0.5 → +1, quality 2 vs 2.786 / 0.5 → −1.571, mood 2 vs 3.179 /
    // 0.772 → −1.526, energy 2 vs 2.786 / 0.5 → −1.571, stress −(4 − 2.429) / 0.836 → −1.880;
    // mean −1.110, no load penalty (lighter recent load) → amber.
    const drafts = computeInsights(base(steadyDays({ flatSquat: true, skipRecent: true, lowWeek: true })), { todayKey: TODAY });
    for (const draft of drafts) expect(ZInsightDraftSchema.parse(draft)).toEqual(draft);
    expect(drafts.map((d) => d.key)).toEqual(["readiness:2026-03-31", "wellbeing_down:2026-W14", "adherence_drop:sessions:2026-W14", "plateau:back-squat:2026-03-23"]);
    expect(drafts[0].readiness).toBe("amber");
    expect(drafts[0].evidence.find((e) => e.label.startsWith("Check-in score"))?.value).toBe(-1.11);
    expect(drafts[2].facts).toMatchObject({ sessions: 2, expectedSessions: 6, dropPercent: 67 });
    const priorities = drafts.map((d) => d.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    // Every real draft renders in every persona with its facts intact.
    for (const draft of drafts) {
      for (const persona of ["supportive", "tough_love", "analytical", "calm"] as const) {
        const { title, body } = renderInsight(draft, { persona, weightUnit: "lb", firstName: "Sam" });
        expect(keepsFacts(draft, `${title}\n${body}`, "lb")).toBe(true);
      }
    }
  });

  it("mind data hidden: the same member gives no check-in based insight", () => {
    const hidden = steadyDays({ flatSquat: true, skipRecent: true, lowWeek: true }).map((d) => ({ ...d, checkIn: null }));
    const drafts = computeInsights(base(hidden, { mindAccess: "none" }), { todayKey: TODAY });
    expect(drafts.map((d) => d.key)).toEqual(["adherence_drop:sessions:2026-W14", "plateau:back-squat:2026-03-23"]);
    expect(drafts.every((d) => !d.fromMind)).toBe(true);
  });

  it("is deterministic and reads nothing after today", () => {
    const days = steadyDays({ flatSquat: true, skipRecent: true, lowWeek: true });
    const future: DayInput = { dayKey: "2026-04-02", sessions: [session({ bestE1rmKg: { "back-squat": 200 }, records: [{ exerciseId: "back-squat", kind: "bestE1rm", value: 200 }] })] };
    expect(computeInsights(base([...days, future]), { todayKey: TODAY })).toEqual(computeInsights(base(days), { todayKey: TODAY }));
  });
});
