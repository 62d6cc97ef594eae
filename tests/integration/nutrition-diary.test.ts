import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { NutritionDayModel, nutritionDayId } from "@/server/nutrition/nutrition-day-model";
import { onboardedMember, useDatabase, validProfile } from "./support/harness";
import { codeOf, type Caller } from "./support/training";

useDatabase();

const member = onboardedMember;

/** Rolled oats as a label states them per 100 g, with a cup of 80 g. */
const oats = (caller: Caller) =>
  caller.foods.createCustom({
    name: `Rolled oats ${randomUUID().slice(0, 6)}`,
    nutrients: { energyKcal: 380, proteinG: 13, carbsG: 67, fatG: 7, fiberG: 10 },
    basis: { kind: "per100g" },
    servings: [{ label: "1 cup", grams: 80 }],
  });

describe("food diary", () => {
  it("logs by grams and servings, totals the day, and replays exactly once", async () => {
    const { user, caller, today } = await member();
    const food = await oats(caller);
    const cupEntry = randomUUID();
    // 1.5 cups = 120 g: 456 kcal, 15.6 g protein, 80.4 g carbs, 8.4 g fat, 12 g fibre.
    const first = await caller.diary.logFood({ entryId: cupEntry, dayKey: today, meal: "breakfast", foodId: food.id, amount: { unit: "serving", label: "1 cup", count: 1.5 } });
    expect(first.entries).toHaveLength(1);
    expect(first.entries[0]).toMatchObject({ grams: 120, serving: { label: "1 cup", grams: 80, count: 1.5 }, nutrients: { energyKcal: 456, proteinG: 15.6, carbsG: 80.4, fatG: 8.4, fiberG: 12 } });

    // 50 g at lunch: 190 kcal, 6.5 / 33.5 / 3.5 g, 5 g fibre. The day: 646 kcal, 22.1 / 113.9 / 11.9, 17.
    const lunch = await caller.diary.logFood({ entryId: randomUUID(), dayKey: today, meal: "lunch", foodId: food.id, amount: { unit: "g", grams: 50 } });
    expect(lunch.totals).toEqual({ energyKcal: 646, proteinG: 22.1, carbsG: 113.9, fatG: 11.9, fiberG: 17 });

    // The phone sends the same write again (lost answer, replayed queue): nothing is added.
    const replay = await caller.diary.logFood({ entryId: cupEntry, dayKey: today, meal: "breakfast", foodId: food.id, amount: { unit: "serving", label: "1 cup", count: 1.5 } });
    expect(replay.entries).toHaveLength(2);
    expect(replay.totals.energyKcal).toBe(646);

    // Removed, then a late replay of its log: it stays removed.
    await caller.diary.removeEntry({ dayKey: today, entryId: cupEntry });
    const afterLateReplay = await caller.diary.logFood({ entryId: cupEntry, dayKey: today, meal: "breakfast", foodId: food.id, amount: { unit: "g", grams: 10 } });
    expect(afterLateReplay.entries.map((entry) => entry.meal)).toEqual(["lunch"]);
    expect(afterLateReplay.totals.energyKcal).toBe(190);

    // Editing an amount re-reads the food: 100 g of oats is 380 kcal.
    const lunchId = afterLateReplay.entries[0].id;
    const edited = await caller.diary.updateEntry({ dayKey: today, entryId: lunchId, amount: { unit: "g", grams: 100 }, meal: "dinner" });
    expect(edited.entries[0]).toMatchObject({ meal: "dinner", grams: 100, nutrients: { energyKcal: 380 } });

    const stored = await NutritionDayModel.findById(nutritionDayId(user.id, today)).lean();
    expect(stored?.entries).toHaveLength(1);
    expect(await AuditEventModel.countDocuments({ targetUserId: user.id, action: /^nutrition\./ })).toBeGreaterThanOrEqual(5);
  });

  it("copies yesterday's meal once, quick-adds, and counts water", async () => {
    const { caller, today } = await member();
    const yesterday = addDaysToKey(today, -1);
    const food = await oats(caller);
    await caller.diary.logFood({ entryId: randomUUID(), dayKey: yesterday, meal: "breakfast", foodId: food.id, amount: { unit: "g", grams: 100 } });
    await caller.diary.quickAdd({ entryId: randomUUID(), dayKey: yesterday, meal: "breakfast", name: "Latte", energyKcal: 120, proteinG: 6 });

    const requestId = randomUUID();
    const copied = await caller.diary.copyMeal({ requestId, fromDayKey: yesterday, fromMeal: "breakfast", toDayKey: today, toMeal: "breakfast" });
    expect(copied.entries.map((entry) => entry.name)).toEqual([food.name, "Latte"]);
    expect(copied.totals).toMatchObject({ energyKcal: 500, proteinG: 19 });
    const again = await caller.diary.copyMeal({ requestId, fromDayKey: yesterday, fromMeal: "breakfast", toDayKey: today, toMeal: "breakfast" });
    expect(again.entries).toHaveLength(2);
    expect(await codeOf(caller.diary.copyMeal({ requestId: randomUUID(), fromDayKey: yesterday, fromMeal: "dinner", toDayKey: today, toMeal: "dinner" }))).toBe("BAD_REQUEST");

    const glass = randomUUID();
    await caller.diary.addWater({ waterId: glass, dayKey: today, ml: 250 });
    await caller.diary.addWater({ waterId: glass, dayKey: today, ml: 250 });
    const water = await caller.diary.addWater({ waterId: randomUUID(), dayKey: today, ml: 500 });
    expect(water.waterMl).toBe(750);
    expect((await caller.diary.removeWater({ dayKey: today, waterId: glass })).waterMl).toBe(500);
  });

  it("lets copied entries be edited and removed, and answers a replayed copy after its source changed", async () => {
    const { caller, today } = await member();
    const yesterday = addDaysToKey(today, -1);
    const source = randomUUID();
    await caller.diary.quickAdd({ entryId: source, dayKey: yesterday, meal: "lunch", name: "Soup", energyKcal: 300 });
    const requestId = randomUUID();
    const copied = await caller.diary.copyMeal({ requestId, fromDayKey: yesterday, fromMeal: "lunch", toDayKey: today, toMeal: "lunch" });
    const copyId = copied.entries[0].id;
    expect(copyId).toMatch(/^[0-9a-f-]{36}$/);
    // The source meal emptied, then the copy is replayed (its answer was lost): the day as it is, no error.
    await caller.diary.removeEntry({ dayKey: yesterday, entryId: source });
    expect((await caller.diary.copyMeal({ requestId, fromDayKey: yesterday, fromMeal: "lunch", toDayKey: today, toMeal: "lunch" })).entries).toHaveLength(1);
    expect((await caller.diary.updateEntry({ dayKey: today, entryId: copyId, meal: "dinner" })).entries[0].meal).toBe("dinner");
    expect((await caller.diary.removeEntry({ dayKey: today, entryId: copyId })).entries).toEqual([]);
  });

  it("keeps a very big day readable, and refuses foods no label could describe", async () => {
    const { caller, today } = await member();
    // Two 6,000 kcal quick adds (kJ typed as kcal, say): allowed one by one, and the day still loads.
    await caller.diary.quickAdd({ entryId: randomUUID(), dayKey: today, meal: "dinner", energyKcal: 6000 });
    const day = await caller.diary.quickAdd({ entryId: randomUUID(), dayKey: today, meal: "dinner", energyKcal: 6000 });
    expect(day.totals.energyKcal).toBe(12000);
    expect((await caller.diary.week({ dayKey: today })).days.at(-1)?.totals.energyKcal).toBe(12000);
    // 400 kcal in a "3 g" serving would be 13,333 kcal per 100 g.
    expect(await codeOf(caller.foods.createCustom({ name: "Typo bar", nutrients: { energyKcal: 400, proteinG: 5, carbsG: 50, fatG: 10, fiberG: 0 }, basis: { kind: "perServing", grams: 3 } }))).toBe("BAD_REQUEST");
    // 100 servings of 80 g is 8 kg in one entry.
    const food = await oats(caller);
    expect(await codeOf(caller.diary.logFood({ entryId: randomUUID(), dayKey: today, meal: "lunch", foodId: food.id, amount: { unit: "serving", label: "1 cup", count: 100 } }))).toBe("BAD_REQUEST");
  });

  it("refuses bad input and other members' foods, and changes nothing", async () => {
    const { user, caller, today } = await member();
    const other = await member();
    const theirs = await oats(other.caller);
    const mine = await oats(caller);
    expect(await codeOf(caller.diary.logFood({ entryId: randomUUID(), dayKey: today, meal: "lunch", foodId: theirs.id, amount: { unit: "g", grams: 10 } }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.diary.logFood({ entryId: randomUUID(), dayKey: today, meal: "lunch", foodId: mine.id, amount: { unit: "g", grams: -5 } }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.diary.logFood({ entryId: randomUUID(), dayKey: today, meal: "lunch", foodId: mine.id, amount: { unit: "serving", label: "1 bowl", count: 1 } }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.diary.logFood({ entryId: "not-a-uuid", dayKey: today, meal: "lunch", foodId: mine.id, amount: { unit: "g", grams: 10 } }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.diary.logFood({ entryId: randomUUID(), dayKey: addDaysToKey(today, 3), meal: "lunch", foodId: mine.id, amount: { unit: "g", grams: 10 } }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.foods.get({ foodId: theirs.id }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.foods.updateCustom({ foodId: theirs.id, food: { name: "Mine now", brand: "", nutrients: { energyKcal: 1, proteinG: 0, carbsG: 0, fatG: 0, fiberG: 0 }, basis: { kind: "per100g" }, servings: [], barcode: null, shareWithClients: false } }))).toBe("NOT_FOUND");
    // Members cannot share foods with "clients": that is a trainer's.
    expect(await codeOf(caller.foods.createCustom({ name: "Shared", nutrients: { energyKcal: 1, proteinG: 0, carbsG: 0, fatG: 0, fiberG: 0 }, basis: { kind: "per100g" }, shareWithClients: true }))).toBe("FORBIDDEN");
    expect(await NutritionDayModel.exists({ _id: nutritionDayId(user.id, today) })).toBeNull();
  });

  it("keeps entries on the member-local day they were logged when the member changes time zone", async () => {
    // Sydney is 18–19 hours ahead of Los Angeles: Sydney's tomorrow is Los Angeles's day after tomorrow.
    const { caller } = await member("Australia/Sydney");
    const now = new Date();
    const sydneyToday = dayKeyOf(now, "Australia/Sydney");
    const sydneyTomorrow = addDaysToKey(sydneyToday, 1);
    const food = await oats(caller);
    await caller.diary.logFood({ entryId: randomUUID(), dayKey: sydneyToday, meal: "breakfast", foodId: food.id, amount: { unit: "g", grams: 100 } });
    await caller.diary.quickAdd({ entryId: randomUUID(), dayKey: sydneyTomorrow, meal: "breakfast", energyKcal: 300 });

    await caller.profile.save({ ...validProfile, timeZone: "America/Los_Angeles" });
    const laToday = dayKeyOf(now, "America/Los_Angeles");
    await caller.diary.quickAdd({ entryId: randomUUID(), dayKey: laToday, meal: "dinner", energyKcal: 700 });

    // Each day keeps exactly what was logged on it.
    const days = await Promise.all([laToday, sydneyToday, sydneyTomorrow].map((dayKey) => caller.diary.day({ dayKey })));
    const byDay = new Map(days.map((day) => [day.dayKey, day.totals.energyKcal]));
    if (laToday !== sydneyToday) {
      expect(Object.fromEntries(byDay)).toEqual({ [laToday]: 700, [sydneyToday]: 380, [sydneyTomorrow]: 300 });
    } else {
      expect(Object.fromEntries(byDay)).toEqual({ [sydneyToday]: 1080, [sydneyTomorrow]: 300 });
    }
    // "Today" now follows Los Angeles: its day after tomorrow is too far ahead to log.
    expect(await codeOf(caller.diary.quickAdd({ entryId: randomUUID(), dayKey: addDaysToKey(laToday, 2), meal: "snacks", energyKcal: 100 }))).toBe("BAD_REQUEST");
    // The week ending on Los Angeles's tomorrow has each of those days that falls in it, on its own day.
    const weekEnd = addDaysToKey(laToday, 1);
    const week = await caller.diary.week({ dayKey: weekEnd });
    const inWeek = [...byDay].filter(([dayKey]) => dayKey <= weekEnd);
    expect(week.days.filter((day) => day.logged).map((day) => [day.dayKey, day.totals.energyKcal])).toEqual(inWeek.sort(([a], [b]) => a.localeCompare(b)));
  });
});

describe("body weight", () => {
  it("keeps one weigh-in per day and smooths the trend", async () => {
    const { caller, today } = await member();
    await caller.bodyWeight.log({ dayKey: addDaysToKey(today, -1), kg: 80 });
    await caller.bodyWeight.log({ dayKey: today, kg: 81 });
    const history = await caller.bodyWeight.log({ dayKey: today, kg: 79 });
    // Two weigh-ins: 80 then 79 a day later; trend = 80 + 0.1 × (79 − 80) = 79.9.
    expect(history.entries).toEqual([
      { dayKey: addDaysToKey(today, -1), kg: 80, trendKg: 80 },
      { dayKey: today, kg: 79, trendKg: 79.9 },
    ]);
    expect(await codeOf(caller.bodyWeight.log({ dayKey: addDaysToKey(today, 1), kg: 79 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.bodyWeight.log({ dayKey: today, kg: 10 }))).toBe("BAD_REQUEST");
  });
});
