import { describe, expect, it } from "vitest";
import { factsOf, keepsFacts } from "@/lib/insights/fact-check";
import { renderInsight, type Persona } from "@/lib/insights/render";
import { insightKinds, ZInsightDraftSchema, type TInsightDraft } from "@/lib/schemas/insights";

const personas: Persona[] = ["supportive", "tough_love", "analytical", "calm"];
const FORBIDDEN = /diagnos|injury|injur|disorder|depress|anxiety|illness|condition|symptom/i;

const draft = (partial: Partial<TInsightDraft> & Pick<TInsightDraft, "key" | "kind" | "facts">): TInsightDraft =>
  ZInsightDraftSchema.parse({ tone: "info", priority: 50, evidence: [], fromMind: false, ...partial });

/** One draft per kind and wording variant, with facts shaped as the signals emit them. */
const samples: TInsightDraft[] = [
  ...["change_rep_range", "deload", "add_back_off_set"].map((change) =>
    draft({
      key: `plateau:back-squat:${change}`,
      kind: "plateau",
      suggestion: "vary_program",
      facts: { exerciseId: "back-squat", exerciseName: "Back squat", weeks: 4, recentBestKg: 102.5, previousBestKg: 102, changePercent: 0, direction: "flat", sessions: 8, change },
    }),
  ),
  draft({ key: "load_spike:2026-03-26", kind: "load_spike", tone: "caution", suggestion: "reduce", facts: { ratio: 1.82, threshold: 1.5, acuteLoad: 1750, chronicWeeklyLoad: 963, sinceDayKey: "2026-03-26" } }),
  draft({ key: "adherence_drop:sessions:a", kind: "adherence_drop", facts: { area: "sessions", basis: "plan", days: 14, sessions: 4, expectedSessions: 8, dropPercent: 50 } }),
  draft({ key: "adherence_drop:sessions:b", kind: "adherence_drop", facts: { area: "sessions", basis: "own_average", days: 14, sessions: 3, expectedSessions: 5.5, dropPercent: 45 } }),
  draft({ key: "adherence_drop:habits:c", kind: "adherence_drop", facts: { area: "habits", basis: "own_average", days: 14, completionPercent: 50, previousCompletionPercent: 100, dropPercent: 50 } }),
  draft({ key: "habit_strength_falling:walk", kind: "habit_strength_falling", facts: { habitId: "walk", habitName: "Evening walk", strength: 50, previousStrength: 66, fall: 16, days: 14 } }),
  ...(
    [
      ["green", "keep", "personal", 20, "below"],
      ["amber", "reduce", "defaults", null, null],
      ["red", "swap", "personal", 300, "above"],
      ["green", "keep", "personal", 0, "at"],
    ] as const
  ).map(([level, suggestion, baseline, loadChangePercent, loadDirection]) =>
    draft({
      key: `readiness:2026-03-31:${level}:${loadDirection}`,
      kind: "readiness",
      readiness: level,
      suggestion,
      fromMind: true,
      facts: {
        level,
        sleepHours: 6.25,
        sleepQuality: 2,
        mood: 3,
        energy: 2,
        stress: 4,
        scaleMax: 5,
        baseline,
        baselineCheckIns: baseline === "defaults" ? 3 : 20,
        loadBasis: loadChangePercent === null ? "none" : "personal",
        ...(loadChangePercent === null ? {} : { loadChangePercent, loadDirection }),
      },
    }),
  ),
  ...(["energy_over", "energy_under", "protein_low", "energy_under_protein_low"] as const).map((reason) =>
    draft({
      key: `nutrition_off_target:${reason}`,
      kind: "nutrition_off_target",
      suggestion: "adjust_intake",
      facts: {
        goal: reason === "energy_over" ? "lose_fat" : "build_muscle",
        reason,
        days: 14,
        avgKcal: reason === "energy_over" ? 2300 : 1700,
        targetKcal: 2000,
        deviationPercent: 15,
        direction: reason === "energy_over" ? "over" : "under",
        proteinG: 100,
        proteinPerKg: 1.25,
        proteinTargetPerKg: 1.6,
        weightKg: 80,
      },
    }),
  ),
  ...(["sleep_rpe:negative", "sleep_rpe:positive", "sleep_mood:positive", "sleep_mood:negative", "stress_habits:negative", "stress_habits:positive"] as const).map((id) => {
    const [pair, direction] = id.split(":");
    return draft({
      key: `correlation:${id}`,
      kind: "correlation",
      fromMind: true,
      facts: { pair, xLabel: pair.startsWith("stress") ? "stress" : "sleep", yLabel: "mood", direction, r: 0.71, p: 0.003, pRelation: "=", n: 14, days: 90 },
    });
  }),
  draft({ key: "correlation:p-small", kind: "correlation", fromMind: true, facts: { pair: "sleep_mood", xLabel: "sleep", yLabel: "mood", direction: "positive", r: 1, p: 0.001, pRelation: "<", n: 20, days: 90 } }),
  ...(
    [
      ["bestE1rm", "Best estimated 1RM", "valueKg", 142.5],
      ["mostReps", "Most reps", "valueReps", 15],
      ["longestDuration", "Longest time", "valueSeconds", 95],
      ["longestDistance", "Longest distance", "valueMetres", 5000],
    ] as const
  ).map(([kind, label, fact, value]) =>
    draft({
      key: `pr:back-squat:${kind}:2026-03-30`,
      kind: "personal_record",
      tone: "positive",
      facts: { exerciseId: "back-squat", exerciseName: "Back squat", recordKind: kind, recordLabel: label, dayKey: "2026-03-30", [fact]: value },
    }),
  ),
  ...(["no", "yes"] as const).map((support) =>
    draft({
      key: `wellbeing_down:${support}`,
      kind: "wellbeing_down",
      fromMind: true,
      facts: { mood: 2.5, previousMood: 3.8, energy: 2.8, previousEnergy: 3.5, stress: 3.9, previousStress: 2.4, checkIns: 5, days: 7, support },
    }),
  ),
];

describe("renderInsight", () => {
  it("the samples cover every kind", () => {
    expect(new Set(samples.map((s) => s.kind))).toEqual(new Set(insightKinds));
  });

  for (const sample of samples) {
    for (const persona of personas) {
      for (const weightUnit of ["kg", "lb"] as const) {
        it(`${sample.key} × ${persona} × ${weightUnit}: renders every fact, no other number, no diagnosis wording`, () => {
          const { title, body } = renderInsight(sample, { persona, weightUnit, firstName: "Alex" });
          const text = `${title}\n${body}`;
          expect(title.length).toBeGreaterThan(3);
          expect(body.length).toBeGreaterThan(20);
          expect(text).not.toMatch(/\{\w+\}|undefined|NaN|null/);
          for (const fact of factsOf(sample, weightUnit)) expect(text).toContain(fact);
          expect(keepsFacts(sample, text, weightUnit)).toBe(true);
          expect(text).not.toMatch(FORBIDDEN);
        });
      }
    }
  }

  it("is deterministic", () => {
    for (const sample of samples) {
      expect(renderInsight(sample, { persona: "calm", weightUnit: "kg", firstName: "Alex" })).toEqual(renderInsight(sample, { persona: "calm", weightUnit: "kg", firstName: "Alex" }));
    }
  });

  it("converts kilograms for lb members (kg × 2.20462, one decimal)", () => {
    const plateau = samples[0];
    const kg = renderInsight(plateau, { persona: "analytical", weightUnit: "kg", firstName: "Alex" }).body;
    const lb = renderInsight(plateau, { persona: "analytical", weightUnit: "lb", firstName: "Alex" }).body;
    expect(kg).toContain("102.5 kg");
    expect(kg).toContain("102 kg");
    // 102.5 × 2.20462 = 225.97 → 226 lb; 102 × 2.20462 = 224.87 → 224.9 lb.
    expect(lb).toContain("226 lb");
    expect(lb).toContain("224.9 lb");
    expect(lb).not.toContain("kg");
    const pr = samples.find((s) => s.key.startsWith("pr:back-squat:bestE1rm"))!;
    // 142.5 × 2.20462 = 314.16 → 314.2 lb.
    expect(renderInsight(pr, { persona: "supportive", weightUnit: "lb", firstName: "Alex" }).body).toContain("314.2 lb");
  });

  it("rates per kilogram are not weights: protein g/kg stays as it is for lb members", () => {
    const both = samples.find((s) => s.key === "nutrition_off_target:energy_under_protein_low")!;
    const body = renderInsight(both, { persona: "calm", weightUnit: "lb", firstName: "Alex" }).body;
    expect(body).toMatch(/^Alex, over your last 14 logged days you averaged 1700 kcal a day/);
    expect(body).toContain("1.25 g per kg");
    expect(body).toContain("1.6 g per kg");
    expect(factsOf(both, "lb")).toEqual(["1700", "2000", "15", "1.25", "1.6", "14"]);
  });

  it("phrases are capitalised at sentence starts only", () => {
    const amber = samples.find((s) => s.readiness === "amber")!;
    expect(renderInsight(amber, { persona: "tough_love", weightUnit: "kg", firstName: "Alex" }).body).toMatch(/^Alex, here's where you stand\. You slept 6\.25 hours/);
    expect(renderInsight(amber, { persona: "supportive", weightUnit: "kg", firstName: "Alex" }).body).toMatch(/^Alex, you slept 6\.25 hours/);
    expect(renderInsight(amber, { persona: "analytical", weightUnit: "kg", firstName: "Alex" }).body).toMatch(/^You slept/);
  });

  it("personas differ, address the member by first name, and work without one", () => {
    const plateau = samples[0];
    const bodies = personas.map((persona) => renderInsight(plateau, { persona, weightUnit: "kg", firstName: "Alex" }).body);
    expect(new Set(bodies).size).toBe(4);
    expect(bodies[0]).toMatch(/^Alex, /);
    const anonymous = renderInsight(plateau, { persona: "supportive", weightUnit: "kg", firstName: null });
    expect(anonymous.body).toMatch(/^Your best estimated max/);
    const pr = renderInsight(samples.find((s) => s.kind === "personal_record")!, { persona: "supportive", weightUnit: "kg", firstName: "" });
    expect(pr.body).toMatch(/^Well done! /);
  });

  it("names the suggested program change, the readiness suggestion and the soft flag", () => {
    expect(renderInsight(samples[1], { persona: "supportive", weightUnit: "kg", firstName: "A" }).body).toContain("deload week");
    expect(renderInsight(samples[2], { persona: "supportive", weightUnit: "kg", firstName: "A" }).body).toContain("back-off set");
    expect(renderInsight(samples[0], { persona: "supportive", weightUnit: "kg", firstName: "A" }).body).toContain("rep range");
    const spike = renderInsight(samples.find((s) => s.kind === "load_spike")!, { persona: "tough_love", weightUnit: "kg", firstName: "A" }).body;
    expect(spike).toContain("soft flag, not a prediction");
    const red = samples.find((s) => s.readiness === "red")!;
    expect(renderInsight(red, { persona: "analytical", weightUnit: "kg", firstName: "A" }).body).toContain("swapping today's session");
    expect(renderInsight(red, { persona: "analytical", weightUnit: "kg", firstName: "A" }).body).toContain("300% above");
  });

  it("mind wording points to professional support only after a flagged questionnaire", () => {
    const [plain, flagged] = samples.filter((s) => s.kind === "wellbeing_down");
    for (const persona of personas) {
      expect(renderInsight(plain, { persona, weightUnit: "kg", firstName: "A" }).body).not.toMatch(/professional/);
      expect(renderInsight(flagged, { persona, weightUnit: "kg", firstName: "A" }).body).toMatch(/talking to a professional/);
    }
  });
});

describe("fact check", () => {
  const plateau = samples[0];

  it("factsOf lists the shown numbers in the member's unit, then the names", () => {
    expect(factsOf(plateau, "kg")).toEqual(["102.5", "102", "4", "Back squat"]);
    expect(factsOf(plateau, "lb")).toEqual(["226", "224.9", "4", "Back squat"]);
  });

  it("accepts a rephrase that keeps every number and name (e1RM is not a number)", () => {
    expect(keepsFacts(plateau, "Back squat stalled: e1RM 102.5 kg over 4 weeks vs 102 kg before. Try a new rep range.", "kg")).toBe(true);
    expect(keepsFacts(plateau, "back squat: 226 lb now, 224.9 lb in the 4 weeks before.", "lb")).toBe(true);
  });

  it("rejects a missing, changed or new number, or a missing name", () => {
    expect(keepsFacts(plateau, "Back squat stalled at 102.5 kg, versus 102 kg.", "kg")).toBe(false); // 4 missing
    expect(keepsFacts(plateau, "Back squat: 102.5 kg over 4 weeks vs 103 kg.", "kg")).toBe(false); // changed
    expect(keepsFacts(plateau, "Back squat: 102.5 kg over 4 weeks vs 102 kg; add 5 kg.", "kg")).toBe(false); // new
    expect(keepsFacts(plateau, "Your squat: 102.5 kg over 4 weeks vs 102 kg.", "kg")).toBe(false); // name
    expect(keepsFacts(plateau, "Back squat: 102.5 kg over 4 weeks vs 102 kg.", "lb")).toBe(false); // wrong unit's numbers
  });

  it("digits inside names do not count as new numbers", () => {
    const named = draft({ ...plateau, facts: { ...plateau.facts, exerciseName: "5x5 Squat" } });
    expect(keepsFacts(named, "5x5 Squat: 102.5 kg in 4 weeks against 102 kg.", "kg")).toBe(true);
  });
});
