import "server-only";
import type { Types } from "mongoose";
import { z } from "zod";
import { env } from "@/lib/env";
import { normalizeBarcode } from "@/lib/nutrition/barcode";
import { foodSearchText } from "@/lib/nutrition/food-search";
import { roundNutrients, type Nutrients } from "@/lib/nutrition/nutrients";
import { isDuplicateKeyError } from "@/server/errors/app-error";
import { logger } from "@/server/logging/logger";
import { BarcodeLookupModel } from "./barcode-lookup-model";
import { FoodModel, type FoodDoc } from "./food-model";

export { OPEN_FOOD_FACTS_ATTRIBUTION, OPEN_FOOD_FACTS_LICENSE_URL } from "@/lib/nutrition/barcode";

/** A product as the app can log it: per-100 g nutrients are complete, a serving only when OFF gives its weight. */
export type OffProduct = {
  gtin: string;
  name: string;
  brand: string;
  category: string;
  per100g: Nutrients;
  servings: { label: string; grams: number }[];
  /** The pack size as printed ("400 g"), for the member to recognise the product. */
  quantity: string;
};

export type OpenFoodFactsOptions = {
  baseUrl?: string;
  enabled?: boolean;
  fetch?: typeof fetch;
  /** OFF can be slow; a scan should fall back to search rather than hang. */
  timeoutMs?: number;
  /** How long "OFF does not have it" is believed before asking again. */
  missTtlMs?: number;
  now?: () => Date;
};

export type CachedFood = FoodDoc & { _id: Types.ObjectId };

/** OFF asks API clients to name themselves and give a contact. */
export const OPEN_FOOD_FACTS_USER_AGENT = "CharacterCoach/0.1 (support@charactercoach.app)";
const FIELDS = "code,product_name,product_name_en,brands,nutriments,serving_size,serving_quantity,quantity,categories_tags";
const DEFAULT_TIMEOUT_MS = 4_000;
const DEFAULT_MISS_TTL_MS = 7 * 24 * 60 * 60_000;
const KJ_PER_KCAL = 4.184;

// OFF is crowd-sourced: numbers arrive as numbers or strings, fields as odd types. A field that does not
// parse counts as absent instead of failing the whole product.
const amount = z
  .union([z.number(), z.string().trim().regex(/^\d+(\.\d+)?$/).transform(Number)])
  .refine(Number.isFinite)
  .optional()
  .catch(undefined);
const text = z.string().trim().optional().catch(undefined);

const ZOffProduct = z.object({
  product_name: text,
  product_name_en: text,
  brands: text,
  nutriments: z.record(z.string(), z.unknown()).optional().catch(undefined),
  serving_size: text,
  serving_quantity: amount,
  quantity: text,
  categories_tags: z.array(z.string()).optional().catch(undefined),
});
const ZOffResponse = z.object({
  status: z.coerce.number().catch(0),
  product: ZOffProduct.optional().catch(undefined),
});
type RawOffProduct = z.infer<typeof ZOffProduct>;

/** "en:chocolate-spreads" → "Chocolate spreads": the most specific English category, if any. */
function categoryOf(tags: string[] | undefined): string {
  const english = (tags ?? []).filter((tag) => tag.startsWith("en:"));
  const last = english[english.length - 1];
  if (!last) return "";
  const words = last.slice(3).replace(/-/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : "";
}

/**
 * Maps OFF's per-100 g nutriments to a loggable food, or null when energy or a macronutrient is
 * missing or impossible (more than 100 g of a macro, or more energy than pure fat, in 100 g): a food
 * the app would log as 0 kcal would be worse than none. Fibre is often left out and then counts as 0.
 */
export function mapOffProduct(gtin: string, product: RawOffProduct): OffProduct | null {
  const name = product.product_name || product.product_name_en;
  if (!name) return null;
  const nutriments = product.nutriments ?? {};
  const read = (key: string) => amount.parse(nutriments[key]);
  const kj = read("energy-kj_100g") ?? read("energy_100g"); // energy_100g is always kJ in OFF
  const energyKcal = read("energy-kcal_100g") ?? (kj === undefined ? undefined : kj / KJ_PER_KCAL);
  const proteinG = read("proteins_100g");
  const carbsG = read("carbohydrates_100g");
  const fatG = read("fat_100g");
  const fiberG = read("fiber_100g") ?? 0;
  if (energyKcal === undefined || proteinG === undefined || carbsG === undefined || fatG === undefined) return null;
  const grams = [proteinG, carbsG, fatG, fiberG];
  if (energyKcal < 0 || energyKcal > 1_000 || grams.some((value) => value < 0 || value > 100)) return null;

  const servingGrams = product.serving_quantity;
  const servings =
    servingGrams !== undefined && servingGrams > 0 && servingGrams <= 5_000
      ? [{ label: (product.serving_size || "1 serving").slice(0, 80), grams: servingGrams }]
      : [];
  return {
    gtin,
    name: name.slice(0, 200),
    brand: (product.brands ?? "").split(",")[0].trim().slice(0, 120),
    category: categoryOf(product.categories_tags),
    per100g: roundNutrients({ energyKcal, proteinG, carbsG, fatG, fiberG }),
    servings,
    quantity: (product.quantity ?? "").slice(0, 60),
  };
}

type FetchOutcome = { kind: "found"; product: OffProduct } | { kind: "miss"; reason: "not_found" | "incomplete" } | { kind: "error" };

/**
 * The Open Food Facts look-up, cached in the foods collection. Base URL, switch, fetch and timeout are
 * parameters (defaults from the environment) so tests can point it at a local server.
 */
export function createOpenFoodFactsProvider(options: OpenFoodFactsOptions = {}) {
  const baseUrl = (options.baseUrl ?? env.OPEN_FOOD_FACTS_URL).replace(/\/+$/, "");
  const enabled = options.enabled ?? env.OPEN_FOOD_FACTS_ENABLED === "1";
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const missTtlMs = options.missTtlMs ?? DEFAULT_MISS_TTL_MS;
  const now = options.now ?? (() => new Date());
  // A double scan (the camera reads the same code twice) shares one request.
  const inFlight = new Map<string, Promise<FetchOutcome>>();

  async function request(gtin: string): Promise<FetchOutcome> {
    const url = `${baseUrl}/api/v2/product/${gtin}.json?fields=${FIELDS}`;
    try {
      const response = await fetchImpl(url, {
        headers: { "User-Agent": OPEN_FOOD_FACTS_USER_AGENT, Accept: "application/json" },
        signal: AbortSignal.timeout(timeoutMs),
      });
      // API v2 answers an unknown code with 404 and {status: 0}.
      if (response.status === 404) {
        await response.body?.cancel();
        return { kind: "miss", reason: "not_found" };
      }
      if (!response.ok) {
        await response.body?.cancel();
        logger.warn({ gtin, status: response.status }, "Open Food Facts answered with an error");
        return { kind: "error" };
      }
      const body = ZOffResponse.parse(await response.json());
      if (body.status !== 1 || !body.product) return { kind: "miss", reason: "not_found" };
      const product = mapOffProduct(gtin, body.product);
      return product ? { kind: "found", product } : { kind: "miss", reason: "incomplete" };
    } catch (error) {
      // Timeouts, refused connections, broken JSON: say nothing about the product, cache nothing.
      logger.warn({ gtin, err: error }, "Open Food Facts lookup failed");
      return { kind: "error" };
    }
  }

  function fetchOnce(gtin: string): Promise<FetchOutcome> {
    const pending = inFlight.get(gtin);
    if (pending) return pending;
    const started = request(gtin).finally(() => inFlight.delete(gtin));
    inFlight.set(gtin, started);
    return started;
  }

  /** The product behind `barcode` on Open Food Facts, or null (disabled, unknown, incomplete, unreachable). */
  async function lookup(barcode: string): Promise<OffProduct | null> {
    const gtin = normalizeBarcode(barcode);
    if (!gtin || !enabled) return null;
    const outcome = await fetchOnce(gtin);
    return outcome.kind === "found" ? outcome.product : null;
  }

  async function storeFood(product: OffProduct, fetchedAt: Date): Promise<CachedFood | null> {
    const sourceKey = `off:${product.gtin}`;
    const fields = {
      source: "off",
      kind: "food",
      name: product.name,
      brand: product.brand,
      category: product.category,
      searchText: foodSearchText({ name: product.name, brand: product.brand }),
      per100g: product.per100g,
      servings: product.servings,
      barcodes: [product.gtin],
      ownerId: null,
      visibility: "global",
      origin: { provider: "openfoodfacts", fetchedAt, quantity: product.quantity },
    };
    try {
      return (await FoodModel.findOneAndUpdate({ sourceKey }, { $set: fields }, { upsert: true, returnDocument: "after", runValidators: true }).lean()) as CachedFood | null;
    } catch (error) {
      // Two instances stored the same product at once: the other one's copy is just as good.
      if (isDuplicateKeyError(error)) return (await FoodModel.findOne({ sourceKey }).lean()) as CachedFood | null;
      throw error;
    }
  }

  async function rememberLookup(gtin: string, found: boolean, reason: "not_found" | "incomplete" | null, checkedAt: Date): Promise<void> {
    try {
      await BarcodeLookupModel.updateOne({ _id: gtin }, { $set: { found, reason, checkedAt } }, { upsert: true });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error; // a concurrent writer recorded the same answer
    }
  }

  /**
   * The global food for `barcode`: one already in the foods collection (catalog, import, or an earlier
   * look-up), else fetched from Open Food Facts and stored, else null. A miss is remembered for a week;
   * a failed request is not, so the next scan tries again. Members' own foods are the caller's concern
   * (they are not global). A cached OFF product an admin archived stays archived and is not re-fetched.
   */
  async function findOrFetchByBarcode(barcode: string): Promise<CachedFood | null> {
    const gtin = normalizeBarcode(barcode);
    if (!gtin) return null;
    const known = (await FoodModel.findOne({ barcodes: gtin, visibility: "global", archivedAt: null }).lean()) as CachedFood | null;
    if (known) return known;
    if (!enabled) return null;
    if (await FoodModel.exists({ sourceKey: `off:${gtin}` })) return null;

    const lastLookup = await BarcodeLookupModel.findById(gtin).lean();
    if (lastLookup && !lastLookup.found && now().getTime() - lastLookup.checkedAt.getTime() < missTtlMs) return null;

    const outcome = await fetchOnce(gtin);
    const checkedAt = now();
    if (outcome.kind === "error") return null;
    if (outcome.kind === "miss") {
      await rememberLookup(gtin, false, outcome.reason, checkedAt);
      return null;
    }
    const food = await storeFood(outcome.product, checkedAt);
    await rememberLookup(gtin, true, null, checkedAt);
    return food;
  }

  return { lookup, findOrFetchByBarcode };
}

let defaultProvider: ReturnType<typeof createOpenFoodFactsProvider> | null = null;
const provider = () => (defaultProvider ??= createOpenFoodFactsProvider());

/** {@link createOpenFoodFactsProvider}'s look-up with the environment's settings. */
export function lookupOpenFoodFacts(gtin: string): Promise<OffProduct | null> {
  return provider().lookup(gtin);
}

/** {@link createOpenFoodFactsProvider}'s cached find-or-fetch with the environment's settings. */
export function findOrFetchByBarcode(gtin: string): Promise<CachedFood | null> {
  return provider().findOrFetchByBarcode(gtin);
}
