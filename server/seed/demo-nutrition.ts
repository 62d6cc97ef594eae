import "server-only";
import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import type { Meal, TAmount } from "@/lib/schemas/nutrition";
import { BodyWeightModel, bodyWeightId } from "@/server/nutrition/body-weight-model";
import { foodEntry } from "@/server/nutrition/diary-service";
import type { StoredFood } from "@/server/nutrition/food-access";
import { FoodModel } from "@/server/nutrition/food-model";
import { NutritionDayModel, nutritionDayId } from "@/server/nutrition/nutrition-day-model";
import { proposeFromEstimate } from "@/server/nutrition/proposal-service";
import { setupTargets } from "@/server/nutrition/targets-service";
import type { SessionUser } from "@/server/users/user-service";
import { coin } from "./demo-habits";

type Item = [slug: string, amount: TAmount];
const g = (grams: number): TAmount => ({ unit: "g", grams });
const serving = (label: string, count = 1): TAmount => ({ unit: "serving", label, count });

/** Sam's usual day (about 2,000 kcal): the same few meals most people eat, rotated. */
const samDays: Record<Meal, Item[][]> = {
  breakfast: [
    [["oats-rolled-dry", g(60)], ["milk-skim", g(200)], ["banana-raw", serving("1 medium")], ["coffee-brewed", g(240)]],
    [["eggs-scrambled", g(150)], ["bread-whole-wheat", g(64)], ["orange-juice", g(250)]],
    [["greek-yogurt-nonfat", g(200)], ["granola", g(50)], ["blueberries-raw", g(100)]],
  ],
  lunch: [
    [["chicken-breast-roasted", g(150)], ["rice-white-cooked", g(200)], ["broccoli-boiled", g(120)]],
    [["sandwich-ham-cheese", g(180)], ["apple-raw", serving("1 medium")]],
    [["caesar-salad-chicken", g(300)], ["bread-sourdough", g(50)]],
  ],
  dinner: [
    [["salmon-farmed-baked", g(150)], ["potato-baked", g(250)], ["green-salad", g(150)]],
    [["spaghetti-meat-sauce", g(350)]],
    [["beef-broccoli-stir-fry", g(300)], ["rice-brown-cooked", g(150)]],
    [["chili-con-carne", g(350)], ["tortilla-corn", g(52)]],
  ],
  snacks: [[["almonds", g(30)]], [["protein-bar", g(60)]], [["apple-raw", serving("1 medium")], ["peanut-butter", g(32)]], []],
};

/** Maya's week: a little more, for strength training. */
const mayaDays: Record<Meal, Item[][]> = {
  breakfast: [[["skyr-plain", g(200)], ["muesli", g(60)], ["strawberries-raw", g(120)]], [["bread-rye", g(80)], ["egg-hard-boiled", g(100)], ["cheddar", g(30)]]],
  lunch: [[["lentils-boiled", g(200)], ["quinoa-cooked", g(150)], ["feta", g(40)]], [["tofu-firm", g(150)], ["rice-basmati-cooked", g(200)], ["spinach-boiled", g(100)]]],
  dinner: [[["chicken-thigh-roasted", g(180)], ["sweet-potato-baked", g(250)], ["green-beans-boiled", g(120)]], [["pasta-cooked", g(250)], ["marinara-sauce", g(150)], ["parmesan", g(20)]]],
  snacks: [[["whey-protein", g(30)], ["banana-raw", serving("1 medium")]], [["hummus", g(60)], ["carrots-raw", g(100)]]],
};

const meals: Meal[] = ["breakfast", "lunch", "dinner", "snacks"];

async function catalogFoods(slugs: string[]): Promise<Map<string, StoredFood>> {
  const foods = (await FoodModel.find({ sourceKey: { $in: slugs.map((slug) => `catalog:${slug}`) } }).lean()) as StoredFood[];
  return new Map(foods.map((food) => [food.sourceKey.slice("catalog:".length), food]));
}

/** Writes `days` of meals ending yesterday; each day's amounts vary ±15 % and a few days go unlogged. */
async function seedMeals(member: Pick<SessionUser, "id">, today: string, days: number, plan: Record<Meal, Item[][]>, seed: number, skipShare: number): Promise<void> {
  const foods = await catalogFoods(meals.flatMap((meal) => plan[meal].flat().map(([slug]) => slug)));
  const loggedAt = new Date();
  for (let back = days; back >= 1; back--) {
    if (coin(seed, back) < skipShare) continue;
    const dayKey = addDaysToKey(today, -back);
    const entries = meals.flatMap((meal, mealIndex) => {
      const options = plan[meal];
      const choice = options[Math.floor(coin(seed + mealIndex + 1, back) * options.length)];
      const scale = 0.85 + 0.3 * coin(seed + 10 + mealIndex, back);
      return choice.flatMap(([slug, amount]) => {
        const food = foods.get(slug);
        if (!food) return [];
        const scaled: TAmount = amount.unit === "g" ? g(Math.round(amount.grams * scale)) : amount;
        return [foodEntry(randomUUID(), meal, food, scaled, loggedAt)];
      });
    });
    await NutritionDayModel.updateOne(
      { _id: nutritionDayId(member.id, dayKey) },
      { $set: { userId: new Types.ObjectId(member.id), dayKey, entries, water: [{ id: randomUUID(), ml: 1500 + 250 * Math.floor(coin(seed + 20, back) * 5) }], removedIds: [], version: 1 } },
      { upsert: true },
    );
  }
}

/** Weigh-ins most mornings on a line from `startKg` changing `kgPerWeek`, with day-to-day water swings. */
async function seedWeighIns(member: Pick<SessionUser, "id">, today: string, days: number, startKg: number, kgPerWeek: number, seed: number): Promise<void> {
  for (let back = days; back >= 0; back--) {
    if (coin(seed, back) < 0.3) continue;
    const dayKey = addDaysToKey(today, -back);
    const kg = Math.round((startKg + (kgPerWeek / 7) * (days - back) + (coin(seed + 1, back) - 0.5) * 0.8) * 10) / 10;
    await BodyWeightModel.updateOne({ _id: bodyWeightId(member.id, dayKey) }, { $set: { userId: new Types.ObjectId(member.id), dayKey, kg } }, { upsert: true });
  }
}

/**
 * Sam: his trainer set his targets from the formula five weeks ago; four weeks of meals (about 2,000 kcal)
 * and weigh-ins falling about 0.45 kg a week say his real maintenance is lower than the formula
 * thought, so a proposal waits for the trainer's review.
 */
export async function seedSamNutrition(sam: SessionUser, timeZone: string, trainer: Pick<SessionUser, "id" | "role">, now = new Date()): Promise<void> {
  const today = dayKeyOf(now, timeZone);
  await setupTargets(trainer, sam.id, { activity: "moderate", trainingDaysPerWeek: 3, waterMl: 3000 });
  await seedMeals(sam, today, 30, samDays, 31, 0.08);
  await seedWeighIns(sam, today, 30, 94.2, -0.45, 41);
  await proposeFromEstimate(sam.id);
}

/** Maya: a week of meals and a few weigh-ins (no proposal: too little data yet). */
export async function seedMayaNutrition(maya: SessionUser, timeZone: string, now = new Date()): Promise<void> {
  const today = dayKeyOf(now, timeZone);
  await seedMeals(maya, today, 7, mayaDays, 51, 0);
  await seedWeighIns(maya, today, 7, 64.6, 0.1, 61);
}
