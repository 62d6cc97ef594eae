import "server-only";
import { barcodeInputError, normalizeBarcode } from "@/lib/nutrition/barcode";
import type { z } from "zod";
import type { ZBarcodeLookupResult } from "@/lib/schemas/nutrition";
import { AppError } from "@/server/errors/app-error";
import type { SessionUser } from "@/server/users/user-service";
import { foodOwnersFor, isVisibleTo, type StoredFood } from "./food-access";
import { FoodModel } from "./food-model";
import { invalidateFoodSearch } from "./food-search-service";
import { toFoodView } from "./food-view";
import { findOrFetchByBarcode } from "./open-food-facts";

type Viewer = Pick<SessionUser, "id">;

/** Our own foods with that code, the member's own first, then their trainer's, then the shared database. */
async function ownMatch(viewer: Viewer, gtin: string): Promise<StoredFood | null> {
  const owners = await foodOwnersFor(viewer);
  const matches = ((await FoodModel.find({ barcodes: gtin, archivedAt: null }).lean()) as StoredFood[]).filter((food) => isVisibleTo(food, owners));
  const rank = (food: StoredFood) => (food.ownerId?.equals(owners.own) ? 0 : food.ownerId ? 1 : 2);
  return matches.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/**
 * Lookup order: our database (catalog, imports, custom foods, cached products), then the optional
 * online provider, whose answer is cached. Not found is an answer, not an error: the member creates it.
 */
export async function findFoodByBarcode(viewer: Viewer, code: string): Promise<z.infer<typeof ZBarcodeLookupResult>> {
  const gtin = normalizeBarcode(code);
  if (!gtin) throw new AppError("BAD_REQUEST", barcodeInputError(code) ?? "That is not a valid product barcode (EAN-13, EAN-8 or UPC). Check the digits.");
  const own = await ownMatch(viewer, gtin);
  if (own) return { status: "found", gtin, food: toFoodView(own, viewer.id) };
  const fetched = (await findOrFetchByBarcode(gtin)) as StoredFood | null;
  if (!fetched) return { status: "not_found", gtin };
  // A product fetched just now is a new global food: search should find it from now on.
  invalidateFoodSearch(null);
  return { status: "found", gtin, food: toFoodView(fetched, viewer.id) };
}
