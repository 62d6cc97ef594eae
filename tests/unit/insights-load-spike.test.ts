import { describe, expect, it } from "vitest";
import { loadSpikeSignal } from "@/lib/insights/load-spike";
import { ZInsightDraftSchema } from "@/lib/schemas/insights";
import { daysEnding, history, loadSession } from "./insights-history-fixture";

const TODAY = "2026-03-31";

/** 28 days ending today: the first 21 at `base`, the last 7 at `recent` (a load every day). */
const loadHistory = (base: number, recent: number, days = 28) =>
  history({ days: daysEnding(TODAY, days).map((dayKey, i) => ({ dayKey, sessions: [loadSession(i < days - 7 ? base : recent)] })) });

describe("load spike", () => {
  it("flags a ratio above 1.5 as a soft flag, keyed by the day the run above 1.5 began", () => {
    // acute = 7 × 250 = 1750; chronic = (21 × 100 + 1750) / 4 = 962.5; ratio = 1.818… → 1.82.
    // Run start: on 03-25 (first 250 day) acute 6×100+250 = 850, chronic (2100+250)/4 = 587.5 → 1.447;
    // on 03-26 acute 1000, chronic 2600/4 = 650 → 1.538 > 1.5 → key day 2026-03-26.
    const draft = loadSpikeSignal(loadHistory(100, 250), TODAY)!;
    expect(ZInsightDraftSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      key: "load_spike:2026-03-26",
      kind: "load_spike",
      tone: "caution",
      fromMind: false,
      facts: { ratio: 1.82, threshold: 1.5, acuteLoad: 1750, chronicWeeklyLoad: 963, sinceDayKey: "2026-03-26" },
    });
    expect(draft.evidence.find((e) => e.unit === "ratio" && e.label.startsWith("Acute"))?.value).toBe(1.82);
  });

  it("boundary: exactly 1.5 is not flagged, just above is", () => {
    // recent 180: acute 1260, chronic (2100 + 1260) / 4 = 840 → 1.5 exactly.
    expect(loadSpikeSignal(loadHistory(100, 180), TODAY)).toBeNull();
    // recent 181: acute 1267, chronic 841.75 → 1.505.
    expect(loadSpikeSignal(loadHistory(100, 181), TODAY)?.facts.ratio).toBe(1.51);
  });

  it("needs a real week of training: a short easy session after weeks off is no spike", () => {
    // 21 days at 5 AU, then 7 days at 40 AU: acute 280, chronic (105 + 280) / 4 = 96.25 → ratio 2.91,
    // but 280 AU is under LOAD_SPIKE_MIN_ACUTE (300).
    expect(loadSpikeSignal(loadHistory(5, 40), TODAY)).toBeNull();
    // 7 days at 43 AU: acute 301 ≥ 300, chronic (105 + 301) / 4 = 101.5 → 2.97 → flagged.
    expect(loadSpikeSignal(loadHistory(5, 43), TODAY)?.facts.ratio).toBe(2.97);
  });

  it("needs 21 days of load data", () => {
    // 20 days: 13 at 100, 7 at 400 → the ratio would be 2800 / ((1300 + 2800) / 4) = 2.73, but no ratio yet.
    expect(loadSpikeSignal(loadHistory(100, 400, 20), TODAY)).toBeNull();
    // 21 days: 14 at 100, 7 at 400 → 2800 / (4200 / 4) = 2.67 → flagged.
    expect(loadSpikeSignal(loadHistory(100, 400, 21), TODAY)?.facts.ratio).toBe(2.67);
  });

  it("noise: loads varying ±20 % around a steady level give nothing", () => {
    const pattern = [100, 120, 80, 110, 90, 0, 105];
    const h = history({ days: daysEnding(TODAY, 56).map((dayKey, i) => ({ dayKey, sessions: pattern[i % 7] ? [loadSession(pattern[i % 7])] : [] })) });
    expect(loadSpikeSignal(h, TODAY)).toBeNull();
  });

  it("no history, or sessions without a load, give nothing", () => {
    expect(loadSpikeSignal(history(), TODAY)).toBeNull();
  });
});
