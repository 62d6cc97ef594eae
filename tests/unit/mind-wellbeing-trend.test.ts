import { describe, expect, it } from "vitest";
import { windowAverages, wellbeingTrend, type CheckInScores } from "@/lib/mind/wellbeing-trend";

const day = (mood: number, energy: number, stress: number): CheckInScores => ({ dayKey: "2026-12-01", mood, energy, stress });
const times = (count: number, checkIn: CheckInScores) => Array.from({ length: count }, () => checkIn);

// The week before: wellbeing (3 + 3 + 6 − 3) / 3 = 3.
const steadyWeek = times(3, day(3, 3, 3));

describe("wellbeing trend", () => {
  it("calls a rise of exactly 0.5 up, and a smaller one steady", () => {
    // Mood 4, energy (4+3+4+3)/4 = 3.5, stress 3: (4 + 3.5 + 3) / 3 = 3.5, half a point up.
    expect(wellbeingTrend([day(4, 4, 3), day(4, 3, 3), day(4, 4, 3), day(4, 3, 3)], steadyWeek)).toBe("up");
    // Energy (4+3+3+3)/4 = 3.25: (4 + 3.25 + 3) / 3 = 3.417, up by 0.417 only.
    expect(wellbeingTrend([day(4, 4, 3), day(4, 3, 3), day(4, 3, 3), day(4, 3, 3)], steadyWeek)).toBe("steady");
    expect(wellbeingTrend(steadyWeek, steadyWeek)).toBe("steady");
  });

  it("calls a fall of exactly 0.5 down, and a smaller one steady", () => {
    // Mood 2.5, energy 2, stress 3: (2.5 + 2 + 3) / 3 = 2.5, half a point down.
    expect(wellbeingTrend([day(2, 2, 3), day(3, 2, 3), day(2, 2, 3), day(3, 2, 3)], steadyWeek)).toBe("down");
    // Mood 2.75: (2.75 + 2 + 3) / 3 = 2.583, down by 0.417 only.
    expect(wellbeingTrend([day(2, 2, 3), day(3, 2, 3), day(3, 2, 3), day(3, 2, 3)], steadyWeek)).toBe("steady");
    // Stress counts the other way round: more stress is worse.
    expect(wellbeingTrend(times(3, day(3, 3, 5)), steadyWeek)).toBe("down");
  });

  it("needs three check-ins in each week", () => {
    expect(wellbeingTrend(times(2, day(5, 5, 1)), steadyWeek)).toBe("not_enough_data");
    expect(wellbeingTrend(times(3, day(5, 5, 1)), times(2, day(3, 3, 3)))).toBe("not_enough_data");
    expect(wellbeingTrend(times(3, day(5, 5, 1)), [])).toBe("not_enough_data");
    expect(wellbeingTrend(times(3, day(5, 5, 1)), steadyWeek)).toBe("up");
  });

  it("averages each scale to one decimal, with nulls for an empty week", () => {
    expect(windowAverages([day(1, 4, 5), day(2, 4, 4), day(2, 5, 4)])).toEqual({ mood: 1.7, energy: 4.3, stress: 4.3, checkIns: 3 });
    expect(windowAverages([day(3, 2, 1)])).toEqual({ mood: 3, energy: 2, stress: 1, checkIns: 1 });
    expect(windowAverages([])).toEqual({ mood: null, energy: null, stress: null, checkIns: 0 });
  });
});
