import { describe, expect, it } from "vitest";
import { catalogFoods } from "@/server/nutrition/catalog/food-catalog";
import { syncFoodCatalog } from "@/server/nutrition/catalog/food-catalog-sync";
import { FoodModel } from "@/server/nutrition/food-model";
import { useDatabase } from "./support/harness";

useDatabase();

const foods = catalogFoods();
const sourceKeys = foods.map((food) => `catalog:${food.slug}`);

describe("food catalog sync", () => {
  it("stores every catalog food once, and a second run writes nothing", async () => {
    // The app's start-up may have synced this database already: then the first run only confirms it.
    const first = await syncFoodCatalog();
    expect(first.created + first.updated + first.unchanged).toBe(foods.length);
    const second = await syncFoodCatalog();
    expect(second).toEqual({ created: 0, updated: 0, unchanged: foods.length });
    expect(await FoodModel.countDocuments({ sourceKey: { $in: sourceKeys } })).toBe(foods.length);

    const banana = await FoodModel.findOne({ sourceKey: "catalog:banana-raw" }).lean();
    expect(banana).toMatchObject({
      source: "catalog",
      kind: "food",
      name: "Banana, raw",
      brand: "",
      category: "Fruit",
      searchText: "banana raw",
      per100g: { energyKcal: 89, proteinG: 1.1, carbsG: 22.8, fatG: 0.3, fiberG: 2.6 },
      servings: [
        { label: "1 medium", grams: 118 },
        { label: "1 cup, sliced", grams: 150 },
      ],
      ownerId: null,
      visibility: "global",
      archivedAt: null,
    });
    expect((await FoodModel.findOne({ sourceKey: "catalog:creme-fraiche" }).lean())?.searchText).toBe("creme fraiche");
  });

  it("puts back a food whose stored values drifted, keeping its id", async () => {
    await syncFoodCatalog();
    const before = await FoodModel.findOne({ sourceKey: "catalog:banana-raw" }).lean();
    await FoodModel.updateOne({ _id: before!._id }, { $set: { "per100g.energyKcal": 1234, servings: [{ label: "1 crate", grams: 9000 }] } });
    await FoodModel.updateOne({ sourceKey: "catalog:olive-oil" }, { $set: { name: "Olive oil (edited)", archivedAt: new Date() } });

    expect(await syncFoodCatalog()).toEqual({ created: 0, updated: 2, unchanged: foods.length - 2 });
    const after = await FoodModel.findOne({ sourceKey: "catalog:banana-raw" }).lean();
    expect(String(after!._id)).toBe(String(before!._id)); // diary entries point at it
    expect(after!.per100g.energyKcal).toBe(89);
    expect(after!.servings).toEqual([
      { label: "1 medium", grams: 118 },
      { label: "1 cup, sliced", grams: 150 },
    ]);
    const oil = await FoodModel.findOne({ sourceKey: "catalog:olive-oil" }).lean();
    expect(oil).toMatchObject({ name: "Olive oil", archivedAt: null });

    expect(await syncFoodCatalog()).toEqual({ created: 0, updated: 0, unchanged: foods.length });
  });

  it("creates a catalog food that is missing", async () => {
    await syncFoodCatalog();
    await FoodModel.deleteOne({ sourceKey: "catalog:water" });
    expect(await syncFoodCatalog()).toEqual({ created: 1, updated: 0, unchanged: foods.length - 1 });
    expect(await FoodModel.countDocuments({ sourceKey: "catalog:water" })).toBe(1);
  });
});
