import { describe, expect, it } from "vitest";
import { activityLabels, activityLevels, activityMultipliers, maintenanceFromProfile, mifflinStJeorBmr } from "@/lib/nutrition/energy";

describe("mifflinStJeorBmr", () => {
  it("matches the published equation for a man: 10·80 + 6.25·180 − 5·30 + 5 = 1,780 kcal", () => {
    expect(mifflinStJeorBmr({ sex: "male", weightKg: 80, heightCm: 180, ageYears: 30 })).toBe(1780);
  });

  it("matches the published equation for a woman: 10·60 + 6.25·165 − 5·25 − 161 = 1,345.25 kcal", () => {
    expect(mifflinStJeorBmr({ sex: "female", weightKg: 60, heightCm: 165, ageYears: 25 })).toBe(1345.25);
  });

  it("uses the midpoint constant −78 when sex is not given: 1,780 − 5 − 78 = 1,697 kcal", () => {
    expect(mifflinStJeorBmr({ sex: "prefer_not_to_say", weightKg: 80, heightCm: 180, ageYears: 30 })).toBe(1697);
    // Halfway between the male and female results for the same body.
    const male = mifflinStJeorBmr({ sex: "male", weightKg: 70, heightCm: 170, ageYears: 40 });
    const female = mifflinStJeorBmr({ sex: "female", weightKg: 70, heightCm: 170, ageYears: 40 });
    expect(mifflinStJeorBmr({ sex: "prefer_not_to_say", weightKg: 70, heightCm: 170, ageYears: 40 })).toBe((male + female) / 2);
  });

  it("refuses missing or non-positive measurements", () => {
    expect(() => mifflinStJeorBmr({ sex: "male", weightKg: 0, heightCm: 180, ageYears: 30 })).toThrow(/Weight/);
    expect(() => mifflinStJeorBmr({ sex: "male", weightKg: 80, heightCm: Number.NaN, ageYears: 30 })).toThrow(/Height/);
    expect(() => mifflinStJeorBmr({ sex: "male", weightKg: 80, heightCm: 180, ageYears: -1 })).toThrow(/Age/);
  });
});

describe("activity levels", () => {
  it("use the customary multipliers", () => {
    expect(activityLevels.map((level) => activityMultipliers[level])).toEqual([1.2, 1.375, 1.55, 1.725, 1.9]);
  });

  it("each have a plain-words name and blurb", () => {
    for (const level of activityLevels) {
      expect(activityLabels[level].name.length).toBeGreaterThan(3);
      expect(activityLabels[level].blurb.length).toBeGreaterThan(10);
    }
    expect(activityLabels.sedentary.blurb).toMatch(/desk job/i);
  });
});

describe("maintenanceFromProfile", () => {
  it("multiplies BMR by the activity factor and rounds to 10 kcal: 1,780 × 1.55 = 2,759 → 2,760", () => {
    const result = maintenanceFromProfile({ sex: "male", weightKg: 80, heightCm: 180, ageYears: 30, activity: "moderate" });
    expect(result.bmrKcal).toBe(1780);
    expect(result.maintenanceKcal).toBe(2760);
    expect(result.explanation.join(" ")).toContain("1,780");
    expect(result.explanation.join(" ")).toContain("× 1.55");
    expect(result.explanation.at(-1)).toContain("2,760 kcal");
  });

  it("rounds BMR to whole kcal: 1,345.25 → 1,345; × 1.2 = 1,614.3 → 1,610", () => {
    const result = maintenanceFromProfile({ sex: "female", weightKg: 60, heightCm: 165, ageYears: 25, activity: "sedentary" });
    expect(result.bmrKcal).toBe(1345);
    expect(result.maintenanceKcal).toBe(1610);
    expect(result.explanation[0]).toContain("− 161");
  });

  it("explains the midpoint when sex is not given: 1,697 × 1.9 = 3,224.3 → 3,220", () => {
    const result = maintenanceFromProfile({ sex: "prefer_not_to_say", weightKg: 80, heightCm: 180, ageYears: 30, activity: "extra" });
    expect(result.bmrKcal).toBe(1697);
    expect(result.maintenanceKcal).toBe(3220);
    expect(result.explanation.join(" ")).toMatch(/midpoint/);
  });
});
