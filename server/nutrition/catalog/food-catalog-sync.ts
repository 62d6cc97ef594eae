import "server-only";
import { foodSearchText } from "@/lib/nutrition/food-search";
import { nutrientKeys } from "@/lib/nutrition/nutrients";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { FoodModel } from "../food-model";
import { catalogFoods, type CatalogFood } from "./food-catalog";

/** The stored fields a catalog food owns; anything else on the document (ids, timestamps) is left alone. */
function catalogFields(food: CatalogFood) {
  return {
    source: "catalog" as const,
    kind: "food" as const,
    name: food.name,
    brand: "",
    category: food.category,
    searchText: foodSearchText({ name: food.name }),
    per100g: { ...food.per100g },
    servings: food.servings.map((serving) => ({ label: serving.label, grams: serving.grams })),
    ownerId: null,
    visibility: "global" as const,
    archivedAt: null,
  };
}
type CatalogFields = ReturnType<typeof catalogFields>;
type SyncResult = { created: number; updated: number; unchanged: number };

type StoredFields = {
  source?: string;
  kind?: string;
  name?: string;
  brand?: string;
  category?: string;
  searchText?: string;
  per100g?: Partial<Record<(typeof nutrientKeys)[number], number>> | null;
  servings?: { label?: string; grams?: number }[];
  ownerId?: unknown;
  visibility?: string;
  archivedAt?: Date | null;
};

/** Whether the stored document already says what the catalog says, field by field. */
function isUpToDate(stored: StoredFields, wanted: CatalogFields): boolean {
  const scalarsMatch =
    stored.source === wanted.source &&
    (stored.kind ?? "food") === wanted.kind &&
    stored.name === wanted.name &&
    (stored.brand ?? "") === wanted.brand &&
    (stored.category ?? "") === wanted.category &&
    stored.searchText === wanted.searchText &&
    (stored.ownerId ?? null) === null &&
    stored.visibility === wanted.visibility &&
    (stored.archivedAt ?? null) === null;
  if (!scalarsMatch || !stored.per100g) return false;
  if (!nutrientKeys.every((key) => stored.per100g?.[key] === wanted.per100g[key])) return false;
  const servings = stored.servings ?? [];
  return servings.length === wanted.servings.length && servings.every((serving, i) => serving.label === wanted.servings[i].label && serving.grams === wanted.servings[i].grams);
}

/**
 * Writes the shipped food catalog into the foods collection (idempotent): creates missing foods and
 * rewrites only those whose stored fields differ, so a restart with an unchanged catalog writes
 * nothing and a catalog fix reaches existing databases. Foods logged in diaries keep their _id.
 */
export async function syncFoodCatalog(): Promise<SyncResult> {
  try {
    return await writeChangedFoods();
  } catch (error) {
    // Another instance starting at the same moment inserted a food first: this run now sees it.
    if (isDuplicateKeyError(error)) return writeChangedFoods();
    throw error;
  }
}

async function writeChangedFoods(): Promise<SyncResult> {
  const foods = catalogFoods();
  const stored = (await FoodModel.find({ source: "catalog" }).select({ sourceKey: 1, source: 1, kind: 1, name: 1, brand: 1, category: 1, searchText: 1, per100g: 1, servings: 1, ownerId: 1, visibility: 1, archivedAt: 1 }).lean()) as (StoredFields & {
    sourceKey: string;
    _id: unknown;
  })[];
  const bySourceKey = new Map(stored.map((doc) => [doc.sourceKey, doc]));
  const inserts: (CatalogFields & { sourceKey: string })[] = [];
  const updates: { filter: { _id: unknown }; update: { $set: CatalogFields } }[] = [];
  for (const food of foods) {
    const sourceKey = `catalog:${food.slug}`;
    const wanted = catalogFields(food);
    const existing = bySourceKey.get(sourceKey);
    if (!existing) inserts.push({ sourceKey, ...wanted });
    else if (!isUpToDate(existing, wanted)) updates.push({ filter: { _id: existing._id }, update: { $set: wanted } });
  }
  // Inserts in one command and updates by _id: FerretDB answers a filter on sourceKey with a full scan,
  // which made one upsert per food take ~25 s on a fresh database. The unique sourceKey index still
  // stops a second instance starting at the same moment from inserting a food twice.
  if (inserts.length > 0) await FoodModel.insertMany(inserts, { ordered: false });
  // One by one: rare (a catalog fix), and FerretDB 1.24 stalls on a bulk update of many documents.
  for (const { filter, update } of updates) await FoodModel.updateOne(filter, update);
  return { created: inserts.length, updated: updates.length, unchanged: foods.length - inserts.length - updates.length };
}
