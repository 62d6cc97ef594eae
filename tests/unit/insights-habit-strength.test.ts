import { describe, expect, it } from "vitest";
import type { HabitInfo } from "@/lib/analytics/history";
import { addDaysToKey } from "@/lib/dates/day-key";
import { habitStrengthFallingSignal } from "@/lib/insights/habit-strength-falling";
import { history } from "./insights-history-fixture";

const TODAY = "2026-03-31";
const TWO_WEEKS_AGO = addDaysToKey(TODAY, -14); // 2026-03-17

const habit = (before: number, now: number, extra: Partial<HabitInfo> = {}): HabitInfo => ({
  habitId: "walk",
  name: "Evening walk",
  archived: false,
  strength: [
    { dayKey: "2026-03-01", value: 70 },
    { dayKey: TWO_WEEKS_AGO, value: before },
    { dayKey: "2026-03-24", value: (before + now) / 2 },
    { dayKey: TODAY, value: now },
  ],
  ...extra,
});

describe("habit strength falling", () => {
  it("66 → 50 in 14 days: fell 16 points and is below 60", () => {
    const [draft] = habitStrengthFallingSignal(history({ habits: [habit(66, 50)] }), TODAY);
    expect(draft).toMatchObject({
      key: "habit_strength_falling:walk",
      kind: "habit_strength_falling",
      facts: { habitName: "Evening walk", strength: 50, previousStrength: 66, fall: 16, days: 14 },
    });
  });

  it("boundaries: a 15-point fall fires; 14 does not; ending at 60 does not", () => {
    expect(habitStrengthFallingSignal(history({ habits: [habit(65, 50)] }), TODAY)).toHaveLength(1);
    expect(habitStrengthFallingSignal(history({ habits: [habit(64, 50)] }), TODAY)).toEqual([]);
    expect(habitStrengthFallingSignal(history({ habits: [habit(80, 60)] }), TODAY)).toEqual([]);
    expect(habitStrengthFallingSignal(history({ habits: [habit(80, 59.9)] }), TODAY)).toHaveLength(1);
  });

  it("uses the last value on or before each day (gaps carry the value)", () => {
    // No point on 03-17: the 03-10 value (70) is "before"; 70 → 52 = 18.
    const h = history({ habits: [{ habitId: "a", name: "A", archived: false, strength: [{ dayKey: "2026-03-10", value: 70 }, { dayKey: "2026-03-29", value: 52 }] }] });
    expect(habitStrengthFallingSignal(h, TODAY)[0].facts).toMatchObject({ previousStrength: 70, strength: 52, fall: 18 });
  });

  it("nothing for an archived habit, a habit younger than 14 days, or a rising one", () => {
    expect(habitStrengthFallingSignal(history({ habits: [habit(66, 40, { archived: true })] }), TODAY)).toEqual([]);
    const young: HabitInfo = { habitId: "y", name: "Y", archived: false, strength: [{ dayKey: "2026-03-20", value: 60 }, { dayKey: TODAY, value: 30 }] };
    expect(habitStrengthFallingSignal(history({ habits: [young] }), TODAY)).toEqual([]);
    expect(habitStrengthFallingSignal(history({ habits: [habit(30, 45)] }), TODAY)).toEqual([]);
  });
});
