import { describe, expect, it } from "vitest";
import { defaultTrainingSetup, type TTrainingSetup } from "@/lib/schemas/training-setup";
import { loadingFor, platesPerSide, roundLoadKg } from "@/lib/train/plates";
import { weightToKg } from "@/lib/units";

const kg = defaultTrainingSetup.kg; // bar 20; 25, 20 ×4 pairs; 15, 10, 5, 2.5, 1.25 ×2 pairs
const lb = defaultTrainingSetup.lb; // bar 45; 45 ×4 pairs; 35, 25, 10, 5, 2.5 ×2 pairs

describe("platesPerSide", () => {
  it("breaks a kg total into plates, heaviest first", () => {
    expect(platesPerSide(100, kg)).toEqual({ perSide: [25, 15], achieved: 100, remainder: 0, belowBar: false });
    expect(platesPerSide(62.5, kg).perSide).toEqual([20, 1.25]);
    expect(platesPerSide(142.5, kg).perSide).toEqual([25, 25, 10, 1.25]);
    expect(platesPerSide(20, kg)).toEqual({ perSide: [], achieved: 20, remainder: 0, belowBar: false });
  });

  it("adds up small plates without float drift", () => {
    const result = platesPerSide(20 + 2 * (2.5 + 2.5 + 1.25 + 1.25), kg);
    expect(result.perSide).toEqual([5, 2.5]);
    expect(result.achieved).toBe(35);
    expect(result.remainder).toBe(0);
  });

  it("loads an lb bar: 225 lb is 45 lb bar + two 45s a side", () => {
    expect(platesPerSide(225, lb)).toEqual({ perSide: [45, 45], achieved: 225, remainder: 0, belowBar: false });
    expect(platesPerSide(185, lb).perSide).toEqual([45, 25]);
  });

  it("reports what it can't make and never loads more than asked", () => {
    expect(platesPerSide(101, kg)).toEqual({ perSide: [25, 15], achieved: 100, remainder: 1, belowBar: false });
  });

  it("flags a total below the bar", () => {
    expect(platesPerSide(15, kg)).toEqual({ perSide: [], achieved: 20, remainder: 0, belowBar: true });
  });

  it("respects pair counts without being blindly greedy", () => {
    const few: TTrainingSetup = { ...kg, plates: [{ weight: 25, pairs: 1 }, { weight: 15, pairs: 2 }] };
    // Greedy would take the 25 and be stuck 5 short; two 15s make 30 a side.
    expect(platesPerSide(80, few)).toEqual({ perSide: [15, 15], achieved: 80, remainder: 0, belowBar: false });
    // More than every plate: load them all.
    expect(platesPerSide(200, few)).toEqual({ perSide: [25, 15, 15], achieved: 130, remainder: 70, belowBar: false });
  });
});

describe("roundLoadKg", () => {
  it("rounds a barbell to the nearest loadable total", () => {
    expect(roundLoadKg(100, "barbell", kg)).toBe(100);
    expect(roundLoadKg(101, "barbell", kg)).toBe(100);
    expect(roundLoadKg(102, "barbell", kg)).toBe(102.5);
    expect(roundLoadKg(101.25, "barbell", kg)).toBe(102.5); // a tie goes up
    expect(roundLoadKg(102, "barbell", kg, "down")).toBe(100);
    expect(roundLoadKg(100.1, "barbell", kg, "up")).toBe(102.5);
  });

  it("gives the bar for targets below it, and never a negative load", () => {
    expect(roundLoadKg(12, "barbell", kg)).toBe(20);
    expect(roundLoadKg(-5, "barbell", kg, "down")).toBe(20);
    expect(roundLoadKg(-5, "bodyweight", kg)).toBe(0);
  });

  it("treats smith machines, EZ and trap bars as the setup's bar", () => {
    expect(loadingFor("smith_machine")).toBe("bar");
    expect(roundLoadKg(61, "trap_bar", kg)).toBe(60);
    expect(roundLoadKg(10, "ez_bar", kg)).toBe(20);
  });

  it("stops at the heaviest bar the plates can make", () => {
    const few: TTrainingSetup = { ...kg, plates: [{ weight: 20, pairs: 1 }] };
    expect(roundLoadKg(300, "barbell", few)).toBe(60);
    expect(roundLoadKg(300, "barbell", few, "up")).toBe(60);
    expect(roundLoadKg(45, "barbell", few)).toBe(60); // 20 or 60: 60 is closer
  });

  it("rounds an lb bar in pounds and returns kilograms", () => {
    expect(roundLoadKg(weightToKg(225, "lb"), "barbell", lb)).toBe(weightToKg(225, "lb"));
    expect(roundLoadKg(100, "barbell", lb)).toBe(weightToKg(220, "lb")); // 220.46 lb
    // 135 lb is stored as 61.23 kg (134.995 lb): rounding down must not drop to 130 lb.
    expect(roundLoadKg(weightToKg(135, "lb"), "barbell", lb, "down")).toBe(weightToKg(135, "lb"));
    expect(roundLoadKg(weightToKg(135, "lb"), "barbell", lb, "up")).toBe(weightToKg(135, "lb"));
  });

  it("uses dumbbell steps for dumbbells and kettlebells", () => {
    expect(roundLoadKg(23, "dumbbell", kg)).toBe(24);
    expect(roundLoadKg(22.9, "dumbbell", kg)).toBe(22);
    expect(roundLoadKg(23.9, "kettlebell", kg, "down")).toBe(22);
    expect(roundLoadKg(0.5, "dumbbell", kg)).toBe(2); // there is no 0 kg dumbbell
    expect(roundLoadKg(weightToKg(52, "lb"), "dumbbell", lb)).toBe(weightToKg(50, "lb"));
  });

  it("uses machine steps for machines and cables", () => {
    expect(roundLoadKg(47, "machine", kg)).toBe(45);
    expect(roundLoadKg(48, "cable", kg)).toBe(50);
    expect(roundLoadKg(weightToKg(104, "lb"), "machine", lb)).toBe(weightToKg(100, "lb"));
  });

  it("rounds added load to the smallest plate", () => {
    expect(roundLoadKg(3, "bodyweight", kg)).toBe(2.5);
    expect(roundLoadKg(0.5, "band", kg)).toBe(0);
    expect(roundLoadKg(0, "other", kg)).toBe(0);
  });
});
