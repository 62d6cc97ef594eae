import { describe, expect, it } from "vitest";
import { ageOn, isValidTimeZone, MIN_AGE, ZProfileInputSchema } from "@/lib/schemas/profile";

const yearsAgo = (years: number, dayOffset = 0) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() + dayOffset);
  return d.toISOString().slice(0, 10);
};

const valid = {
  name: "Sam",
  dateOfBirth: "1990-05-01",
  sex: "prefer_not_to_say",
  heightCm: 175,
  weightKg: 80,
  units: { weight: "lb", height: "ft_in" },
  timeZone: "America/New_York",
  goal: "build_muscle",
  experience: "beginner",
  coachPersona: "tough_love",
  healthNotes: "  ",
};

describe("profile input", () => {
  it("accepts a complete profile and turns blank health notes into null", () => {
    const parsed = ZProfileInputSchema.parse(valid);
    expect(parsed.healthNotes).toBeNull();
    expect(parsed.sex).toBe("prefer_not_to_say");
  });

  it("computes age on calendar dates", () => {
    expect(ageOn("2000-02-29", "2018-02-28")).toBe(17);
    expect(ageOn("2000-02-29", "2018-03-01")).toBe(18);
    expect(ageOn("1990-12-31", "2026-12-31")).toBe(36);
  });

  it(`requires members to be at least ${MIN_AGE}`, () => {
    expect(ZProfileInputSchema.safeParse({ ...valid, dateOfBirth: yearsAgo(MIN_AGE) }).success).toBe(true);
    const tooYoung = ZProfileInputSchema.safeParse({ ...valid, dateOfBirth: yearsAgo(MIN_AGE, 1) });
    expect(tooYoung.success).toBe(false);
    expect(tooYoung.error?.issues[0].message).toMatch(/at least 16/);
  });

  it.each([
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone"],
    ["a height out of range", { heightCm: 40 }, "heightCm"],
    ["a weight out of range", { weightKg: 500 }, "weightKg"],
    ["a missing weight (NaN from an empty box)", { weightKg: Number.NaN }, "weightKg"],
    ["an unknown persona", { coachPersona: "drill_sergeant" }, "coachPersona"],
    ["an empty name", { name: "   " }, "name"],
    ["a malformed date", { dateOfBirth: "01/05/1990" }, "dateOfBirth"],
  ])("rejects %s on the right field", (_case, patch, field) => {
    const result = ZProfileInputSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it("knows real IANA time zones", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("Nowhere/Special")).toBe(false);
  });
});
