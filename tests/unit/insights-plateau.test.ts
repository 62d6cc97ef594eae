import { describe, expect, it } from "vitest";
import { addDaysToKey } from "@/lib/dates/day-key";
import { plateauSignal } from "@/lib/insights/plateau";
import { ZInsightDraftSchema } from "@/lib/schemas/insights";
import { curl, history, session, squat } from "./insights-history-fixture";

const TODAY = "2026-03-31";
// Recent window: 2026-03-04 … 2026-03-31 (28 days); previous: 2026-02-04 … 2026-03-03.

type Lift = { dayKey: string; e1rm: number; rpe?: number };
const liftDays = (exerciseId: string, lifts: Lift[]) =>
  lifts.map(({ dayKey, e1rm, rpe }) => ({ dayKey, sessions: [session({ rpe: rpe ?? 7, bestE1rmKg: { [exerciseId]: e1rm } })] }));

const previous = (e1rms: number[]) => e1rms.map((e1rm, i) => ({ dayKey: addDaysToKey("2026-02-05", 7 * i), e1rm })); // 02-05, 02-12, 02-19, 02-26
const recent = (e1rms: number[], rpe = 7) => e1rms.map((e1rm, i) => ({ dayKey: addDaysToKey("2026-03-05", 7 * i), e1rm, rpe })); // 03-05 … 03-26

describe("plateau", () => {
  it("flags a main lift whose best of the last 4 weeks is not 1 % above the 4 weeks before", () => {
    // previous best 102; recent best 102.5; 102 × 1.01 = 103.02 > 102.5 → plateau.
    // change = (102.5 − 102) / 102 = 0.49 % → shown as 0 %, direction "flat"; 8 sessions; RPE 7 and
    // 4 recent sessions → "change_rep_range".
    const h = history({ days: liftDays("back-squat", [...previous([100, 102, 101, 100]), ...recent([101, 102.5, 102, 101])]) });
    const [draft] = plateauSignal(h, TODAY);
    expect(plateauSignal(h, TODAY)).toHaveLength(1);
    expect(ZInsightDraftSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      // Keyed by the day of the best lift in both windows: 102.5 on 03-12.
      key: "plateau:back-squat:2026-03-12",
      kind: "plateau",
      tone: "action",
      suggestion: "vary_program",
      fromMind: false,
      facts: { exerciseName: "Back squat", recentBestKg: 102.5, previousBestKg: 102, changePercent: 0, direction: "flat", sessions: 8, weeks: 4, change: "change_rep_range" },
    });
    expect(draft.evidence[0]).toMatchObject({ value: 102.5, unit: "kg" });
    expect(draft.evidence[1]).toMatchObject({ value: 102, unit: "kg" });
  });

  it("boundary: exactly +1 % is progress, just under is a plateau", () => {
    // previous best 100 → 101 is +1 % → no plateau; 100.9 → +0.9 % → plateau.
    const at = history({ days: liftDays("back-squat", [...previous([100, 99, 98, 97]), ...recent([99, 101, 100, 100])]) });
    expect(plateauSignal(at, TODAY)).toEqual([]);
    const under = history({ days: liftDays("back-squat", [...previous([100, 99, 98, 97]), ...recent([99, 100.9, 100, 100])]) });
    expect(plateauSignal(under, TODAY)).toHaveLength(1);
  });

  it("needs 6 sessions of the lift in 8 weeks, at least 2 in each half", () => {
    // 2 + 3 = 5 sessions → nothing, however flat.
    expect(plateauSignal(history({ days: liftDays("back-squat", [...previous([100, 100]), ...recent([100, 100, 100])]) }), TODAY)).toEqual([]);
    // 5 + 1: only one recent session → nothing.
    const lopsided = [...previous([100, 100, 100, 100]), { dayKey: "2026-02-27", e1rm: 100 }, { dayKey: "2026-03-20", e1rm: 100 }];
    expect(plateauSignal(history({ days: liftDays("back-squat", lopsided) }), TODAY)).toEqual([]);
    // Data older than 8 weeks does not count: 4 sessions in early January + 4 recent → nothing.
    const old = [0, 1, 2, 3].map((i) => ({ dayKey: addDaysToKey("2026-01-05", 7 * i), e1rm: 100 }));
    expect(plateauSignal(history({ days: liftDays("back-squat", [...old, ...recent([100, 100, 100, 100])]) }), TODAY)).toEqual([]);
  });

  it("a steadily progressing lift gives nothing", () => {
    // previous best 103.5; recent best 107.5 (+3.9 %).
    const h = history({ days: liftDays("back-squat", [...previous([100, 101, 102.5, 103.5]), ...recent([104.5, 105.5, 106.5, 107.5])]) });
    expect(plateauSignal(h, TODAY)).toEqual([]);
  });

  it("suggests a deload on high effort (mean RPE ≥ 8.5) or a fall of more than 2.5 %", () => {
    const hard = history({ days: liftDays("back-squat", [...previous([100, 100, 100, 100]), ...recent([100, 100, 100, 100], 9)]) });
    expect(plateauSignal(hard, TODAY)[0].facts).toMatchObject({ change: "deload" });
    expect(plateauSignal(hard, TODAY)[0].suggestion).toBe("vary_program");
    // 97 < 100 × 0.975 = 97.5 → regression: change −3 %, direction "down".
    const falling = history({ days: liftDays("back-squat", [...previous([100, 100, 100, 100]), ...recent([97, 96, 97, 96])]) });
    expect(plateauSignal(falling, TODAY)[0].facts).toMatchObject({ change: "deload", changePercent: 3, direction: "down" });
    // 97.6 ≥ 97.5 → not a regression → rep range.
    const slight = history({ days: liftDays("back-squat", [...previous([100, 100, 100, 100]), ...recent([97.6, 96, 97, 96])]) });
    expect(plateauSignal(slight, TODAY)[0].facts).toMatchObject({ change: "change_rep_range" });
  });

  it("suggests a back-off set when the lift was trained under 4 times in the last 4 weeks", () => {
    const h = history({ days: liftDays("back-squat", [...previous([100, 100, 100, 100]), ...recent([100, 100])]) });
    expect(plateauSignal(h, TODAY)[0].facts).toMatchObject({ change: "add_back_off_set", sessions: 6 });
  });

  it("only looks at main lifts: a flat curl beside a marked squat is not flagged", () => {
    const h = history({
      days: [
        ...liftDays("back-squat", [...previous([100, 101, 102, 103]), ...recent([104, 105, 106, 107])]),
        ...liftDays(curl.exerciseId, [...previous([30, 30, 30, 30]), ...recent([30, 30, 30, 30])]),
      ],
    });
    expect(plateauSignal(h, TODAY)).toEqual([]);
    expect(squat.isMainLift).toBe(true);
  });

  it("ignores sessions after today", () => {
    const h = history({
      days: liftDays("back-squat", [...previous([100, 100, 100, 100]), ...recent([100, 100, 100, 100]), { dayKey: "2026-04-02", e1rm: 120 }]),
    });
    expect(plateauSignal(h, TODAY)).toHaveLength(1);
  });
});
