import { describe, expect, it } from "vitest";
import { questionnaires } from "@/lib/mind/questionnaires";
import {
  QuestionnaireAnswerError,
  ZGad2Answers,
  ZPhq2Answers,
  ZWho5Answers,
  gad2PositiveMessage,
  phq2PositiveMessage,
  scoreGad2,
  scorePhq2,
  scoreWho5,
  screenerDisclaimer,
  who5Due,
  who5DropMessage,
  who5LowMessage,
} from "@/lib/mind/scoring";

function expectAnswerError(run: () => unknown, questionnaireId: string) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(QuestionnaireAnswerError);
  expect((caught as QuestionnaireAnswerError).questionnaireId).toBe(questionnaireId);
}

describe("the instruments", () => {
  it("WHO-5 has the five published items, time frame and 5…0 options", () => {
    const { who5 } = questionnaires;
    expect(who5.items.map((item) => item.text)).toEqual([
      "I have felt cheerful and in good spirits",
      "I have felt calm and relaxed",
      "I have felt active and vigorous",
      "I woke up feeling fresh and rested",
      "My daily life has been filled with things that interest me",
    ]);
    expect(who5.timeFrame).toBe("Over the last two weeks");
    expect(who5.options.map((option) => [option.label, option.value])).toEqual([
      ["All of the time", 5],
      ["Most of the time", 4],
      ["More than half of the time", 3],
      ["Less than half of the time", 2],
      ["Some of the time", 1],
      ["At no time", 0],
    ]);
    expect(who5.scoring).toMatchObject({ rawMin: 0, rawMax: 25, percentageMultiplier: 4 });
  });

  it("PHQ-2 and GAD-2 have their two published items and the 0–3 frequency options", () => {
    const { phq2, gad2 } = questionnaires;
    expect(phq2.items.map((item) => item.text)).toEqual([
      "Little interest or pleasure in doing things",
      "Feeling down, depressed, or hopeless",
    ]);
    expect(gad2.items.map((item) => item.text)).toEqual([
      "Feeling nervous, anxious or on edge",
      "Not being able to stop or control worrying",
    ]);
    for (const screener of [phq2, gad2]) {
      expect(screener.timeFrame).toBe("Over the last 2 weeks");
      expect(screener.options.map((option) => [option.label, option.value])).toEqual([
        ["Not at all", 0],
        ["Several days", 1],
        ["More than half the days", 2],
        ["Nearly every day", 3],
      ]);
      expect(screener.scoring).toEqual({ min: 0, max: 6, positiveAtLeast: 3 });
    }
  });

  it("each instrument's item ids are unique, so stored answers map back to one item", () => {
    for (const questionnaire of Object.values(questionnaires)) {
      const ids = questionnaire.items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(Object.keys(questionnaires)).toEqual(["who5", "phq2", "gad2"]);
  });
});

describe("scoreWho5", () => {
  it("scores the extremes: 0 → 0% and 25 → 100%", () => {
    expect(scoreWho5([0, 0, 0, 0, 0])).toEqual({ raw: 0, percentage: 0, flags: { low: true, drop: false } });
    expect(scoreWho5([5, 5, 5, 5, 5])).toEqual({ raw: 25, percentage: 100, flags: { low: false, drop: false } });
  });

  it("flags raw 12 (48%) as low and not raw 13 (52%)", () => {
    expect(scoreWho5([3, 3, 3, 3, 0])).toEqual({ raw: 12, percentage: 48, flags: { low: true, drop: false } });
    expect(scoreWho5([3, 3, 3, 3, 1])).toEqual({ raw: 13, percentage: 52, flags: { low: false, drop: false } });
  });

  it("adds the items, whatever their order: 5+4+2+1+0 = 12 → 48%", () => {
    expect(scoreWho5([0, 2, 5, 1, 4])).toMatchObject({ raw: 12, percentage: 48 });
  });

  it("flags a drop of exactly 10 percentage points and not one of 9", () => {
    // Raw 13 = 52%: from 62% that is a 10-point drop, from 61% a 9-point one.
    expect(scoreWho5([3, 3, 3, 3, 1], 62).flags).toEqual({ low: false, drop: true });
    expect(scoreWho5([3, 3, 3, 3, 1], 61).flags).toEqual({ low: false, drop: false });
  });

  it("flags real answer-to-answer drops: 64% → 52% (12 points) but not 60% → 52% (8 points)", () => {
    expect(scoreWho5([3, 3, 3, 3, 1], 64).flags.drop).toBe(true);
    expect(scoreWho5([3, 3, 3, 3, 1], 60).flags.drop).toBe(false);
  });

  it("raises both flags when a low score is also a drop (60% → 48%)", () => {
    expect(scoreWho5([3, 3, 3, 3, 0], 60).flags).toEqual({ low: true, drop: true });
  });

  it("never flags a drop without a previous result, or for a rise or the same score", () => {
    expect(scoreWho5([1, 1, 1, 1, 1]).flags.drop).toBe(false);
    expect(scoreWho5([3, 3, 3, 3, 1], 40).flags.drop).toBe(false);
    expect(scoreWho5([3, 3, 3, 3, 1], 52).flags.drop).toBe(false);
    expect(scoreWho5([0, 0, 0, 0, 0], 0).flags.drop).toBe(false);
  });

  it("rejects a previous percentage outside 0–100 as a programming error, not a bad answer", () => {
    expect(() => scoreWho5([3, 3, 3, 3, 1], 101)).toThrow(RangeError);
    expect(() => scoreWho5([3, 3, 3, 3, 1], -1)).toThrow(RangeError);
    expect(() => scoreWho5([3, 3, 3, 3, 1], Number.NaN)).toThrow(RangeError);
  });

  it("rejects the wrong number of answers", () => {
    expectAnswerError(() => scoreWho5([3, 3, 3, 3]), "who5");
    expectAnswerError(() => scoreWho5([3, 3, 3, 3, 3, 3]), "who5");
    expectAnswerError(() => scoreWho5([]), "who5");
  });

  it("rejects non-integer and out-of-range answers", () => {
    expectAnswerError(() => scoreWho5([3, 3, 3, 3, 2.5]), "who5");
    expectAnswerError(() => scoreWho5([3, 3, 3, 3, Number.NaN]), "who5");
    expectAnswerError(() => scoreWho5([3, 3, 3, 3, Number.POSITIVE_INFINITY]), "who5");
    expectAnswerError(() => scoreWho5([3, 3, 3, 3, 6]), "who5");
    expectAnswerError(() => scoreWho5([-1, 3, 3, 3, 3]), "who5");
  });

  it("says which answer is wrong", () => {
    expect(() => scoreWho5([3, 3, 7, 3, 3])).toThrow("WHO-5 answer 3 must be a whole number from 0 to 5, got 7");
  });
});

describe("scorePhq2 and scoreGad2", () => {
  const cases = [
    { name: "PHQ-2", score: scorePhq2, id: "phq2" },
    { name: "GAD-2", score: scoreGad2, id: "gad2" },
  ] as const;

  for (const { name, score, id } of cases) {
    it(`${name}: 2 is negative and 3 is positive`, () => {
      expect(score([1, 1])).toEqual({ score: 2, positive: false });
      expect(score([0, 2])).toEqual({ score: 2, positive: false });
      expect(score([2, 1])).toEqual({ score: 3, positive: true });
      expect(score([0, 3])).toEqual({ score: 3, positive: true });
    });

    it(`${name}: scores the extremes 0 and 6`, () => {
      expect(score([0, 0])).toEqual({ score: 0, positive: false });
      expect(score([3, 3])).toEqual({ score: 6, positive: true });
    });

    it(`${name}: rejects the wrong number of answers, non-integers and out-of-range answers`, () => {
      expectAnswerError(() => score([1]), id);
      expectAnswerError(() => score([1, 1, 1]), id);
      expectAnswerError(() => score([1, 1.5]), id);
      expectAnswerError(() => score([4, 0]), id);
      expectAnswerError(() => score([0, -1]), id);
    });
  }
});

describe("request schemas", () => {
  it("accept whole-number answers of the right count and range", () => {
    expect(ZWho5Answers.safeParse([0, 5, 3, 2, 1]).success).toBe(true);
    expect(ZPhq2Answers.safeParse([0, 3]).success).toBe(true);
    expect(ZGad2Answers.safeParse([3, 0]).success).toBe(true);
  });

  it("reject wrong counts, fractions, out-of-range values and non-numbers", () => {
    expect(ZWho5Answers.safeParse([0, 5, 3, 2]).success).toBe(false);
    expect(ZWho5Answers.safeParse([0, 5, 3, 2, 6]).success).toBe(false);
    expect(ZWho5Answers.safeParse([0, 5, 3, 2, 1.5]).success).toBe(false);
    expect(ZPhq2Answers.safeParse([0, 4]).success).toBe(false);
    expect(ZPhq2Answers.safeParse([0]).success).toBe(false);
    expect(ZGad2Answers.safeParse([-1, 0]).success).toBe(false);
    expect(ZGad2Answers.safeParse(["1", "2"]).success).toBe(false);
    expect(ZGad2Answers.safeParse([0, 1, 2]).success).toBe(false);
  });
});

describe("who5Due", () => {
  it("is due when the member has never done it", () => {
    expect(who5Due(null, "2026-12-05")).toBe(true);
  });

  it("is due 14 days after the last one, not 13", () => {
    expect(who5Due("2026-11-21", "2026-12-05")).toBe(true);
    expect(who5Due("2026-11-22", "2026-12-05")).toBe(false);
    expect(who5Due("2026-11-01", "2026-12-05")).toBe(true);
  });

  it("is not due on the day it was done, or when the last one is dated after today", () => {
    expect(who5Due("2026-12-05", "2026-12-05")).toBe(false);
    expect(who5Due("2026-12-06", "2026-12-05")).toBe(false);
  });

  it("counts calendar days across a month, a year and a daylight-saving change", () => {
    expect(who5Due("2026-12-22", "2027-01-05")).toBe(true);
    expect(who5Due("2026-10-19", "2026-11-01")).toBe(false); // 13 days, spans the 25 October clock change
  });

  it("refuses malformed day keys instead of hiding the questionnaire", () => {
    expect(() => who5Due("5.12.2026", "2026-12-05")).toThrow(RangeError);
    expect(() => who5Due(null, "")).toThrow(RangeError);
  });
});

describe("supportive wording", () => {
  const messages = [screenerDisclaimer, who5LowMessage, who5DropMessage, phq2PositiveMessage, gad2PositiveMessage];

  it("the disclaimer says these are screening questions, not a diagnosis", () => {
    expect(screenerDisclaimer).toMatch(/^These are screening questions, not a diagnosis\./);
  });

  it("every message points to a professional and none names a condition", () => {
    for (const message of messages) {
      expect(message).toMatch(/professional/);
      expect(message).not.toMatch(/depress|anxiety disorder|disorder|you have|urgent|emergency/i);
    }
  });
});
