import { describe, expect, it } from "vitest";
import { displayEvidence, draftTrainerMessage, neutralLabel, subjectOf, trainerSummary, trainerTitle, type DraftableInsight } from "@/lib/insights/draft-message";
import { insightKinds, type InsightKind } from "@/lib/schemas/insights";

const names = { clientFirstName: "Maya", trainerFirstName: "Tom", weightUnit: "kg" as const };

// Shaped as the engine (lib/insights) makes them.
const plateau: DraftableInsight = {
  key: "plateau:barbell-back-squat",
  kind: "plateau",
  facts: { exerciseName: "Back squat", weeks: 4, recentBestKg: 100, previousBestKg: 100 },
  evidence: [
    { label: "Best e1RM, last 4 weeks", value: 100, unit: "kg", decimals: 1 },
    { label: "Best e1RM, the 4 weeks before", value: 100, unit: "kg", decimals: 1 },
    { label: "Change", value: 0, unit: "percent", decimals: 1 },
    { label: "Sessions with the lift in 8 weeks", value: 7, unit: "sessions", decimals: 0 },
  ],
  suggestion: "vary_program",
};

function insightOf(kind: InsightKind, overrides: Partial<DraftableInsight> = {}): DraftableInsight {
  return { key: `${kind}:x`, kind, facts: {}, evidence: [{ label: "Sessions, last 14 days", value: 2, unit: "sessions", decimals: 0 }], suggestion: "none", ...overrides };
}

describe("displayEvidence", () => {
  it("keeps kilograms for a kg client and converts for a lb client (100 kg = 220.5 lb to one decimal)", () => {
    expect(displayEvidence({ label: "Estimated 1RM", value: 100, unit: "kg", decimals: 1 }, "kg")).toEqual({ label: "Estimated 1RM", value: 100, unit: "kg", text: "100 kg" });
    // 100 / 0.45359237 = 220.462…
    expect(displayEvidence({ label: "Estimated 1RM", value: 100, unit: "kg", decimals: 1 }, "lb")).toEqual({ label: "Estimated 1RM", value: 220.5, unit: "lb", text: "220.5 lb" });
    // 102.5 kg = 225.97 lb, no decimals asked.
    expect(displayEvidence({ label: "Top set", value: 102.5, unit: "kg", decimals: 0 }, "lb").text).toBe("226 lb");
  });

  it("formats the other units with their decimals", () => {
    expect(displayEvidence({ label: "Ratio", value: 1.4567, unit: "ratio", decimals: 2 }, "kg").text).toBe("1.46");
    expect(displayEvidence({ label: "Completed", value: 42, unit: "percent", decimals: 0 }, "kg").text).toBe("42%");
    expect(displayEvidence({ label: "Done", value: 1, unit: "sessions", decimals: 0 }, "kg").text).toBe("1 session");
    expect(displayEvidence({ label: "Intake", value: 2150, unit: "kcal", decimals: 0 }, "kg").text).toBe("2,150 kcal");
    expect(displayEvidence({ label: "Correlation", value: -0.618, unit: "r", decimals: 2 }, "kg").text).toBe("r = -0.62");
    expect(displayEvidence({ label: "Load", value: 1840, unit: "au", decimals: 0 }, "kg").text).toBe("1,840 AU");
  });
});

describe("draftTrainerMessage", () => {
  it("writes a plateau message with the client's name, the lift, the first numbers in kg and the trainer's name", () => {
    expect(draftTrainerMessage(plateau, names)).toBe(
      "Hi Maya, I've been looking at your Back squat numbers. Here's what I'm seeing (best e1RM, last 4 weeks: 100 kg; best e1RM, the 4 weeks before: 100 kg; change: 0%). " +
        "Progress has levelled off, which is completely normal after a good run. I'd like to change things up for a few weeks (a different rep range or a variation) to get it moving again. Sound good?\n\nTom",
    );
  });

  it("says how long the plateau lasted from the facts when the numbers do not", () => {
    const text = draftTrainerMessage({ ...plateau, evidence: [{ label: "Best e1RM", value: 100, unit: "kg", decimals: 1 }] }, names);
    expect(text).toContain("Here's what I'm seeing (best e1RM: 100 kg). It has held steady for about 4 weeks. Progress");
  });

  it("converts the numbers to pounds for a client who uses lb", () => {
    const text = draftTrainerMessage(plateau, { ...names, weightUnit: "lb" });
    expect(text).toContain("best e1RM, last 4 weeks: 220.5 lb");
    expect(text).not.toContain(" kg");
  });

  it("is deterministic", () => {
    expect(draftTrainerMessage(plateau, names)).toBe(draftTrainerMessage(structuredClone(plateau), { ...names }));
  });

  it("celebrates a personal record with its number", () => {
    const pr = insightOf("personal_record", { key: "pr:bench:e1rm:2026-12-01", facts: { exerciseName: "Bench press" }, evidence: [{ label: "Estimated 1RM", value: 80, unit: "kg", decimals: 1 }] });
    expect(draftTrainerMessage(pr, names)).toBe("Maya, congratulations on your new personal record on Bench press! Estimated 1RM: 80 kg. That's your consistent work paying off. Well done, enjoy it!\n\nTom");
  });

  it("calls a load spike a soft flag and never an injury", () => {
    const spike = insightOf("load_spike", { evidence: [{ label: "Acute:chronic ratio", value: 1.62, unit: "ratio", decimals: 2 }] });
    const text = draftTrainerMessage(spike, names);
    expect(text).toContain("(acute:chronic ratio: 1.62)");
    expect(text).toContain("soft flag");
    expect(text.toLowerCase()).not.toMatch(/injur|diagnos|depress|anxiety|disorder/);
  });

  it("words readiness by its level", () => {
    const red = draftTrainerMessage(insightOf("readiness", { readiness: "red", evidence: [] }), names);
    expect(red).toContain("Your readiness today is red.");
    expect(red).toContain("lighter version of today's session");
    const green = draftTrainerMessage(insightOf("readiness", { readiness: "green", evidence: [] }), names);
    expect(green).toContain("good to go");
  });

  it("has a message for every kind, none of them a diagnosis, each naming the client, with the numbers, signed by the trainer", () => {
    const texts = insightKinds.map((kind) => draftTrainerMessage(insightOf(kind, { readiness: kind === "readiness" ? "amber" : undefined }), names));
    expect(new Set(texts).size).toBe(insightKinds.length);
    for (const text of texts) {
      expect(text).toMatch(/Maya/);
      expect(text.endsWith("\n\nTom")).toBe(true);
      expect(text).toMatch(/sessions, last 14 days: 2 sessions/i);
      expect(text.toLowerCase()).not.toMatch(/diagnos|depress|anxiety|disorder|injur|illness/);
    }
  });

  it("greets without a name and signs nothing when the names are missing", () => {
    const text = draftTrainerMessage(insightOf("adherence_drop"), { clientFirstName: " ", trainerFirstName: "", weightUnit: "kg" });
    expect(text.startsWith("Hi there, ")).toBe(true);
    expect(text.endsWith("fits your week better.")).toBe(true);
  });
});

describe("the trainer's neutral title and summary", () => {
  it("names the subject from the facts only (keys hold ids and weeks, not names)", () => {
    expect(subjectOf(plateau)).toBe("Back squat");
    expect(subjectOf({ ...plateau, facts: {} })).toBeNull();
    expect(subjectOf(insightOf("habit_strength_falling", { facts: { habitName: "Drink water" } }))).toBe("Drink water");
    expect(subjectOf(insightOf("adherence_drop", { key: "adherence_drop:sessions:2026-W49" }))).toBeNull();
    expect(trainerTitle(plateau)).toBe("Plateau: Back squat");
    expect(trainerTitle({ ...plateau, facts: {} })).toBe("Plateau");
    expect(trainerTitle(insightOf("readiness", { readiness: "red" }))).toBe("Readiness red");
  });

  it("summarises in the third person with the numbers and the suggestion", () => {
    expect(trainerSummary(plateau, "lb")).toBe(
      "No estimated 1RM progress on Back squat over the recent weeks. Best e1RM, last 4 weeks: 220.5 lb; best e1RM, the 4 weeks before: 220.5 lb; change: 0%; sessions with the lift in 8 weeks: 7 sessions. Suggested: a change of program for this lift.",
    );
    const adherence = insightOf("adherence_drop", { evidence: [{ label: "Your usual sessions in that time", value: 4, unit: "sessions", decimals: 1 }] });
    expect(trainerSummary(adherence, "kg")).toBe("Fewer planned sessions or habits completed than usual. The client's usual sessions in that time: 4 sessions.");
  });

  it("rewrites labels written for the member about the client", () => {
    expect(neutralLabel("Your usual load for 3 days")).toBe("The client's usual load for 3 days");
    expect(neutralLabel("Check-ins in your 28-day baseline")).toBe("Check-ins in the client's 28-day baseline");
    expect(neutralLabel("Best e1RM, last 4 weeks")).toBe("Best e1RM, last 4 weeks");
  });
});
