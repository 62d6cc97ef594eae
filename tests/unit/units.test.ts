import { describe, expect, it } from "vitest";
import { cmToFeetInches, feetInchesToCm, formatHeight, formatWeight, kgToLb, lbToKg, weightFromKg, weightToKg } from "@/lib/units";

describe("unit conversions", () => {
  it("uses the exact international pound", () => {
    expect(lbToKg(1)).toBe(0.45359237);
    expect(kgToLb(0.45359237)).toBeCloseTo(1, 12);
    expect(kgToLb(100)).toBeCloseTo(220.462262, 5);
  });

  it("shows weights in the member's unit to one decimal", () => {
    expect(weightFromKg(100, "lb")).toBe(220.5);
    expect(weightFromKg(64.5, "kg")).toBe(64.5);
    expect(formatWeight(92.99, "lb")).toBe("205 lb");
  });

  it("stores typed weights as kilograms to 0.01 kg and round-trips what people type", () => {
    expect(weightToKg(205, "lb")).toBe(92.99);
    expect(weightToKg(80, "kg")).toBe(80);
    for (const lb of [95, 132.5, 180, 205, 315.2]) expect(weightFromKg(weightToKg(lb, "lb"), "lb")).toBe(lb);
  });

  it("converts heights between centimetres and feet + inches", () => {
    expect(feetInchesToCm(6, 0)).toBe(182.9);
    expect(feetInchesToCm(5, 10)).toBe(177.8);
    expect(cmToFeetInches(177.8)).toEqual({ feet: 5, inches: 10 });
    expect(cmToFeetInches(180)).toEqual({ feet: 5, inches: 10.9 });
    expect(formatHeight(180.3, "ft_in")).toBe("5 ft 11 in");
    expect(formatHeight(168, "cm")).toBe("168 cm");
  });

  it("carries 12 inches into a foot instead of showing 5 ft 12 in", () => {
    // 182.8 cm is 71.97 in, which rounds to 72.0 in: 6 ft 0 in.
    expect(cmToFeetInches(182.8)).toEqual({ feet: 6, inches: 0 });
  });
});
