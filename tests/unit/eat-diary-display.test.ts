import { describe, expect, it } from "vitest";
import { amountLabel, entryPreview, rescaledEntry, waterSteps, withPendingWrites } from "@/components/eat/diary-display";
import type { TDiaryDayView, TFoodView } from "@/lib/schemas/nutrition";

const oats: TFoodView = {
  id: "a".repeat(24),
  name: "Rolled oats",
  brand: "",
  category: "",
  source: "catalog",
  kind: "food",
  per100g: { energyKcal: 380, proteinG: 13, carbsG: 67, fatG: 7, fiberG: 10 },
  servings: [{ label: "1 cup", grams: 80 }],
  barcodes: [],
  mine: false,
  sharedWithClients: false,
  archived: false,
  recipe: null,
};

const emptyDay = (dayKey = "2026-12-05"): TDiaryDayView => ({
  dayKey,
  entries: [],
  totals: { energyKcal: 0, proteinG: 0, carbsG: 0, fatG: 0, fiberG: 0 },
  water: [],
  waterMl: 0,
  waterTargetMl: 2500,
  target: null,
  dayType: "rest",
  dayTypeReason: "",
  readAt: 0,
});

describe("the Eat screen's arithmetic", () => {
  it("previews an entry the way the server stores it", () => {
    // 1.5 cups = 120 g: 456 kcal, 15.6 g protein, 80.4 g carbs, 8.4 g fat, 12 g fibre.
    const entry = entryPreview("e1", "breakfast", oats, { unit: "serving", label: "1 cup", count: 1.5 })!;
    expect(entry).toMatchObject({ grams: 120, serving: { label: "1 cup", grams: 80, count: 1.5 }, nutrients: { energyKcal: 456, proteinG: 15.6, carbsG: 80.4, fatG: 8.4, fiberG: 12 } });
    expect(amountLabel(entry)).toBe("1.5 × 1 cup (120 g)");
    expect(entryPreview("e2", "lunch", oats, { unit: "serving", label: "1 bowl", count: 1 })).toBeNull();
  });

  it("rescales an entry to a new amount and applies queued writes once, in order", () => {
    const entry = entryPreview("e1", "breakfast", oats, { unit: "g", grams: 50 })!;
    // 50 g = 190 kcal; 100 g = 380 kcal.
    expect(rescaledEntry(entry, { unit: "g", grams: 100 }).nutrients.energyKcal).toBe(380);
    const day = withPendingWrites(emptyDay(), [
      { path: "diary.logFood", input: { dayKey: "2026-12-05", entryId: "e1", preview: entry } },
      { path: "diary.logFood", input: { dayKey: "2026-12-05", entryId: "e1", preview: entry } },
      { path: "diary.addWater", input: { dayKey: "2026-12-05", waterId: "w1", ml: 250 } },
      { path: "diary.logFood", input: { dayKey: "2026-12-04", entryId: "e9", preview: { ...entry, id: "e9" } } },
    ]);
    expect(day.entries.map((item) => item.id)).toEqual(["e1"]);
    expect(day.totals.energyKcal).toBe(190);
    expect(day.waterMl).toBe(250);
    const removed = withPendingWrites(day, [{ path: "diary.removeEntry", input: { dayKey: "2026-12-05", entryId: "e1" } }]);
    expect(removed.totals.energyKcal).toBe(0);
  });

  it("offers water in the member's units", () => {
    expect(waterSteps("ml").map((step) => step.ml)).toEqual([250, 500]);
    expect(waterSteps("fl_oz").map((step) => Math.round(step.ml))).toEqual([237, 473]);
  });
});
