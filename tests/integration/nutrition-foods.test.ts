import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { endLink } from "@/server/coaching/coaching-service";
import { coachingCast } from "./support/coaching";
import { onboardedMember, useDatabase } from "./support/harness";
import { codeOf, type Caller } from "./support/training";

useDatabase();

const member = onboardedMember;

const unique = () => randomUUID().slice(0, 6);
const label = (caller: Caller, name: string, barcode: string | null = null, shareWithClients = false) =>
  caller.foods.createCustom({ name, nutrients: { energyKcal: 120, proteinG: 3, carbsG: 20, fatG: 3, fiberG: 2 }, basis: { kind: "perServing", grams: 30 }, barcode, shareWithClients });

describe("foods", () => {
  it("stores a label read per serving per 100 g, with the serving", async () => {
    const { caller } = await member();
    // 120 kcal per 30 g serving = 400 kcal per 100 g; 3 g protein → 10 g; 20 g carbs → 66.7 g.
    const food = await label(caller, `Crackers ${unique()}`);
    expect(food.per100g).toEqual({ energyKcal: 400, proteinG: 10, carbsG: 66.7, fatG: 10, fiberG: 6.7 });
    expect(food.servings).toEqual([{ label: "1 serving", grams: 30 }]);
    expect(food).toMatchObject({ mine: true, source: "custom", sharedWithClients: false });
  });

  it("works out a recipe per serving from its ingredients, by the cooked weight when given", async () => {
    const { caller, today } = await member();
    const oats = await caller.foods.createCustom({ name: `Oats ${unique()}`, nutrients: { energyKcal: 380, proteinG: 13, carbsG: 67, fatG: 7, fiberG: 10 }, basis: { kind: "per100g" } });
    const milk = await caller.foods.createCustom({ name: `Milk ${unique()}`, nutrients: { energyKcal: 50, proteinG: 3.4, carbsG: 4.8, fatG: 2, fiberG: 0 }, basis: { kind: "per100g" } });
    // 200 g oats (760 kcal) + 500 g milk (250 kcal) = 1,010 kcal, cooked down to 600 g, 4 servings of 150 g.
    const recipe = await caller.foods.createRecipe({ name: `Porridge ${unique()}`, servings: 4, cookedWeightG: 600, ingredients: [{ foodId: oats.id, grams: 200 }, { foodId: milk.id, grams: 500 }] });
    expect(recipe.kind).toBe("recipe");
    expect(recipe.servings).toEqual([{ label: "1 serving", grams: 150 }]);
    expect(recipe.per100g.energyKcal).toBe(168); // 1,010 × 100 / 600 = 168.3
    const day = await caller.diary.logFood({ entryId: randomUUID(), dayKey: today, meal: "breakfast", foodId: recipe.id, amount: { unit: "serving", label: "1 serving", count: 1 } });
    expect(day.totals.energyKcal).toBe(252); // 168 kcal/100 g × 150 g (rounded per 100 g first)
    expect(recipe.recipe).toMatchObject({ servings: 4, cookedWeightG: 600, ingredients: [{ foodId: oats.id, grams: 200 }, { foodId: milk.id, grams: 500 }] });

    // A recipe can only use foods its author can see.
    const stranger = await member();
    expect(await codeOf(stranger.caller.foods.createRecipe({ name: "Borrowed", servings: 1, ingredients: [{ foodId: oats.id, grams: 10 }] }))).toBe("NOT_FOUND");
  });

  it("finds barcodes in our database, the member's own first, and says when a code is unknown", async () => {
    const { caller } = await member();
    const other = await member();
    // A valid EAN-13 nobody has, then one the other member saved privately.
    const code = "4006381333931";
    expect(await caller.foods.byBarcode({ code })).toEqual({ status: "not_found", gtin: code });
    await label(other.caller, `Their bar ${unique()}`, code);
    expect((await caller.foods.byBarcode({ code })).status).toBe("not_found");
    const mine = await label(caller, `My bar ${unique()}`, code);
    expect(await caller.foods.byBarcode({ code })).toMatchObject({ status: "found", gtin: code, food: { id: mine.id } });
    // UPC-A (12 digits) is the same product as its GTIN-13 with a leading zero.
    const upc = await label(caller, `Soup ${unique()}`, "036000291452");
    expect(upc.barcodes).toEqual(["0036000291452"]);
    expect(await caller.foods.byBarcode({ code: "036000291452" })).toMatchObject({ status: "found", food: { id: upc.id } });
    // A wrong check digit is bad input, not a miss.
    expect(await codeOf(caller.foods.byBarcode({ code: "4006381333932" }))).toBe("BAD_REQUEST");
    expect(await codeOf(label(caller, "Typo", "4006381333932"))).toBe("BAD_REQUEST");
  });

  it("searches the shipped catalog with typos and ranks the member's recent foods first", async () => {
    const { caller, today } = await member();
    const results = await caller.foods.search({ query: "banan", limit: 10 });
    expect(results[0].name).toBe("Banana, raw");
    expect((await caller.foods.search({ query: "chiken brest", limit: 5 })).map((food) => food.name)).toContain("Chicken breast, roasted, skinless");
    expect(await caller.foods.search({ query: "zzqxv", limit: 5 })).toEqual([]);

    // Log a banana dish of their own: it now ranks first for "banan", and shows in recent foods.
    const muffin = await caller.foods.createCustom({ name: `Banana oat muffin ${unique()}`, nutrients: { energyKcal: 260, proteinG: 6, carbsG: 40, fatG: 8, fiberG: 3 }, basis: { kind: "per100g" }, servings: [{ label: "1 muffin", grams: 70 }] });
    await caller.diary.logFood({ entryId: randomUUID(), dayKey: today, meal: "snacks", foodId: muffin.id, amount: { unit: "serving", label: "1 muffin", count: 2 } });
    expect((await caller.foods.search({ query: "banan", limit: 10 }))[0].id).toBe(muffin.id);
    const recent = await caller.foods.recent({ limit: 5 });
    expect(recent[0]).toMatchObject({ food: { id: muffin.id }, lastAmount: { unit: "serving", label: "1 muffin", count: 2 }, count: 1 });

    // Another member's private food never shows in search.
    const other = await member();
    expect((await other.caller.foods.search({ query: muffin.name, limit: 20 })).map((food) => food.id)).not.toContain(muffin.id);
  });

  it("shows a trainer's shared foods to their clients only while coaching lasts", async () => {
    const cast = await coachingCast();
    const shared = await label(cast.callers.trainer, `Coach's protein oats ${unique()}`, null, true);
    expect(shared.sharedWithClients).toBe(true);
    expect((await cast.callers.client.foods.mine()).map((food) => food.id)).toContain(shared.id);
    expect((await cast.callers.client.foods.get({ foodId: shared.id })).mine).toBe(false);
    expect(await codeOf(cast.callers.otherMember.foods.get({ foodId: shared.id }))).toBe("NOT_FOUND");
    // The client cannot edit it.
    expect(await codeOf(cast.callers.client.foods.archive({ foodId: shared.id }))).toBe("NOT_FOUND");

    await endLink(cast.users.trainer.id, cast.users.client.id);
    expect(await codeOf(cast.callers.client.foods.get({ foodId: shared.id }))).toBe("NOT_FOUND");
    expect((await cast.callers.client.foods.mine()).map((food) => food.id)).not.toContain(shared.id);
  });
});
