import { describe, expect, it } from "vitest";
import { personalRecordsSignal } from "@/lib/insights/personal-records";
import { ZInsightDraftSchema } from "@/lib/schemas/insights";
import { history, session } from "./insights-history-fixture";

const TODAY = "2026-03-31";
// Window: 2026-03-25 … 03-31.

describe("personal records", () => {
  const h = history({
    days: [
      { dayKey: "2026-03-24", sessions: [session({ records: [{ exerciseId: "back-squat", kind: "heaviest", value: 120 }] })] }, // 7 days ago: out
      { dayKey: "2026-03-28", sessions: [session({ records: [{ exerciseId: "back-squat", kind: "heaviest", value: 130 }] })] },
      {
        dayKey: "2026-03-30",
        sessions: [
          session({ records: [{ exerciseId: "back-squat", kind: "bestE1rm", value: 140 }, { exerciseId: "bench-press", kind: "mostReps", value: 15 }] }),
          session({ records: [{ exerciseId: "back-squat", kind: "bestE1rm", value: 142.5 }] }),
        ],
      },
      { dayKey: "2026-04-01", sessions: [session({ records: [{ exerciseId: "back-squat", kind: "heaviest", value: 150 }] })] }, // future
    ],
  });

  it("one positive draft per exercise in the last 7 days: its estimated-max record over a heaviest one, the best of the day", () => {
    const drafts = personalRecordsSignal(h, TODAY);
    for (const draft of drafts) expect(ZInsightDraftSchema.parse(draft)).toEqual(draft);
    expect(drafts.map((d) => d.key).sort()).toEqual(["pr:back-squat:bestE1rm:2026-03-30", "pr:bench-press:mostReps:2026-03-30"]);
    const e1rm = drafts.find((d) => d.key === "pr:back-squat:bestE1rm:2026-03-30")!;
    expect(e1rm).toMatchObject({ tone: "positive", kind: "personal_record", facts: { exerciseName: "Back squat", recordLabel: "Best estimated 1RM", valueKg: 142.5 } });
    expect(e1rm.evidence[0]).toMatchObject({ unit: "kg", value: 142.5 });
    expect(drafts.find((d) => d.key.startsWith("pr:bench-press"))!.facts).toMatchObject({ valueReps: 15 });
    // Newer first: 03-30 is 1 day ago → 35 + 5/10.
    expect(e1rm.priority).toBe(35.5);
  });

  it("at most three exercises, the newest records first", () => {
    const lifts = ["back-squat", "bench-press", "deadlift", "overhead-press", "barbell-row"];
    const busy = history({
      days: lifts.map((exerciseId, index) => ({ dayKey: `2026-03-2${5 + index}`, sessions: [session({ records: [{ exerciseId, kind: "mostReps", value: 10 + index }] })] })),
    });
    // Days 03-25 … 03-29: the three newest are barbell-row (29), overhead-press (28), deadlift (27).
    expect(personalRecordsSignal(busy, TODAY).map((d) => d.facts.exerciseId)).toEqual(["barbell-row", "overhead-press", "deadlift"]);
  });

  it("nothing without records in the window", () => {
    expect(personalRecordsSignal(h, "2026-04-10")).toEqual([]);
    expect(personalRecordsSignal(history(), TODAY)).toEqual([]);
  });
});
