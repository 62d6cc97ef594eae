import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gs1CheckDigit } from "@/lib/nutrition/barcode";
import { BarcodeLookupModel } from "@/server/nutrition/barcode-lookup-model";
import { FoodModel } from "@/server/nutrition/food-model";
import { createOpenFoodFactsProvider, OPEN_FOOD_FACTS_USER_AGENT } from "@/server/nutrition/open-food-facts";
import { useDatabase } from "./support/harness";

useDatabase();

/**
 * A stand-in for world.openfoodfacts.org: answers /api/v2/product/<code>.json from `products` in the
 * API v2 shape and counts every request, so the tests can see exactly when the provider goes out.
 */
type Reply = { status?: number; delayMs?: number; body: unknown };
const products = new Map<string, Reply>();
const requests: { code: string; fields: string | null; userAgent: string | undefined }[] = [];
let server: Server;
let baseUrl = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const match = /^\/api\/v2\/product\/(\d+)\.json$/.exec(url.pathname);
    const code = match?.[1] ?? "";
    requests.push({ code, fields: url.searchParams.get("fields"), userAgent: req.headers["user-agent"] });
    const reply = products.get(code) ?? { status: 404, body: { code, status: 0, status_verbose: "product not found" } };
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(reply.status ?? 200, { "content-type": "application/json" });
      res.end(JSON.stringify(reply.body));
    }, reply.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A valid GTIN-13 from a 12-digit body; prefix 200 is GS1's in-store range, so no shipped food has it. */
const gtin = (body12: string) => `${body12}${gs1CheckDigit(body12)}`;
const cola = gtin("200000000001");
const spread = gtin("200000000002");
const bare = gtin("200000000003");
const unknown = gtin("200000000004");
const slow = gtin("200000000005");
const agedMiss = gtin("200000000006");
const disabledCode = gtin("200000000007");
const ourCodes = [cola, spread, bare, unknown, slow, agedMiss, disabledCode];

const found = (code: string, product: Record<string, unknown>): Reply => ({ body: { code, status: 1, status_verbose: "product found", product: { code, ...product } } });
const requestsFor = (code: string) => requests.filter((request) => request.code === code).length;

beforeEach(async () => {
  await FoodModel.deleteMany({ barcodes: { $in: ourCodes } });
  await BarcodeLookupModel.deleteMany({ _id: { $in: ourCodes } });
  products.clear();
  products.set(
    cola,
    found(cola, {
      product_name: "Cola classic",
      brands: "Fizzco, Fizzco Drinks",
      quantity: "330 ml",
      serving_size: "1 can (330 ml)",
      serving_quantity: 330,
      categories_tags: ["en:beverages", "en:carbonated-drinks", "en:sodas"],
      nutriments: { "energy-kcal_100g": 42, energy_100g: 180, proteins_100g: 0, carbohydrates_100g: 10.6, fat_100g: 0, sugars_100g: 10.6 },
    }),
  );
  products.set(
    spread,
    // Energy only in kJ, numbers as strings (OFF sends both), no fibre, a string serving weight.
    found(spread, {
      product_name: "",
      product_name_en: "Hazelnut cocoa spread",
      brands: "Nuttos",
      serving_size: "15 g",
      serving_quantity: "15",
      nutriments: { energy_100g: "2252", proteins_100g: "6.3", carbohydrates_100g: 57.5, fat_100g: "30.9" },
    }),
  );
  // On OFF, but with no macronutrients: not loggable.
  products.set(bare, found(bare, { product_name: "Mystery snack", nutriments: { "energy-kcal_100g": 500 } }));
});

describe("Open Food Facts look-up", () => {
  it("stores a found product once as a global food with per-100 g values, then answers from the foods cache", async () => {
    const off = createOpenFoodFactsProvider({ baseUrl, enabled: true });
    const food = await off.findOrFetchByBarcode(cola);
    expect(food).toMatchObject({
      sourceKey: `off:${cola}`,
      source: "off",
      kind: "food",
      name: "Cola classic",
      brand: "Fizzco",
      category: "Sodas",
      per100g: { energyKcal: 42, proteinG: 0, carbsG: 10.6, fatG: 0, fiberG: 0 },
      servings: [{ label: "1 can (330 ml)", grams: 330 }],
      barcodes: [cola],
      ownerId: null,
      visibility: "global",
      origin: { provider: "openfoodfacts", fetchedAt: expect.any(Date) },
    });
    expect(food!.searchText).toContain("cola classic");
    const [request] = requests.filter((entry) => entry.code === cola);
    expect(request.userAgent).toBe(OPEN_FOOD_FACTS_USER_AGENT);
    expect(request.fields).toBe("code,product_name,product_name_en,brands,nutriments,serving_size,serving_quantity,quantity,categories_tags");

    const again = await off.findOrFetchByBarcode(cola);
    expect(String(again!._id)).toBe(String(food!._id));
    expect(requestsFor(cola)).toBe(1);
    expect(await FoodModel.countDocuments({ barcodes: cola })).toBe(1);
    // Another provider instance (another server process) finds it in the database too.
    await createOpenFoodFactsProvider({ baseUrl, enabled: true }).findOrFetchByBarcode(cola);
    expect(requestsFor(cola)).toBe(1);
  });

  it("converts kJ-only energy to kcal and fills in missing fibre and a missing product_name", async () => {
    const off = createOpenFoodFactsProvider({ baseUrl, enabled: true });
    const food = await off.findOrFetchByBarcode(spread);
    // 2252 kJ ÷ 4.184 = 538.24 → 538 kcal.
    expect(food).toMatchObject({
      name: "Hazelnut cocoa spread",
      brand: "Nuttos",
      category: "",
      per100g: { energyKcal: 538, proteinG: 6.3, carbsG: 57.5, fatG: 30.9, fiberG: 0 },
      servings: [{ label: "15 g", grams: 15 }],
    });
  });

  it("finds a code typed with spaces under its GTIN-13, and never sends an invalid one", async () => {
    const off = createOpenFoodFactsProvider({ baseUrl, enabled: true });
    const spaced = `${cola.slice(0, 1)} ${cola.slice(1, 7)} ${cola.slice(7)}`;
    expect((await off.findOrFetchByBarcode(spaced))?.barcodes).toEqual([cola]);
    const before = requests.length;
    const wrongCheck = `${cola.slice(0, 12)}${(Number(cola[12]) + 1) % 10}`;
    expect(await off.findOrFetchByBarcode(wrongCheck)).toBeNull();
    expect(await off.lookup("12345")).toBeNull();
    expect(requests.length).toBe(before);
  });

  it("remembers a code OFF does not know and does not ask again within a week", async () => {
    let clock = new Date("2026-03-01T10:00:00Z");
    const off = createOpenFoodFactsProvider({ baseUrl, enabled: true, now: () => clock });
    expect(await off.findOrFetchByBarcode(unknown)).toBeNull();
    expect(await BarcodeLookupModel.findById(unknown).lean()).toMatchObject({ found: false, reason: "not_found", checkedAt: clock });
    clock = new Date("2026-03-08T09:59:00Z"); // 6 days 23 h 59 min later
    expect(await off.findOrFetchByBarcode(unknown)).toBeNull();
    expect(requestsFor(unknown)).toBe(1);
    expect(await FoodModel.countDocuments({ barcodes: unknown })).toBe(0);
  });

  it("asks again once the remembered miss is older than a week, and stores the product added meanwhile", async () => {
    let clock = new Date("2026-03-01T10:00:00Z");
    const off = createOpenFoodFactsProvider({ baseUrl, enabled: true, now: () => clock });
    expect(await off.findOrFetchByBarcode(agedMiss)).toBeNull();
    products.set(agedMiss, found(agedMiss, { product_name: "New oat bar", nutriments: { "energy-kcal_100g": 410, proteins_100g: 9, carbohydrates_100g: 60, fat_100g: 14, fiber_100g: 7.25 } }));
    clock = new Date("2026-03-08T10:00:01Z");
    const food = await off.findOrFetchByBarcode(agedMiss);
    expect(food?.per100g).toEqual({ energyKcal: 410, proteinG: 9, carbsG: 60, fatG: 14, fiberG: 7.3 });
    expect(requestsFor(agedMiss)).toBe(2);
    expect(await BarcodeLookupModel.findById(agedMiss).lean()).toMatchObject({ found: true, checkedAt: clock });
  });

  it("treats a product without macronutrients as a remembered miss, not a 0 kcal food", async () => {
    const off = createOpenFoodFactsProvider({ baseUrl, enabled: true });
    expect(await off.lookup(bare)).toBeNull();
    expect(await off.findOrFetchByBarcode(bare)).toBeNull();
    expect(await off.findOrFetchByBarcode(bare)).toBeNull();
    expect(requestsFor(bare)).toBe(2); // the bare lookup() and the first find; the second find is cached
    expect(await BarcodeLookupModel.findById(bare).lean()).toMatchObject({ found: false, reason: "incomplete" });
    expect(await FoodModel.countDocuments({ barcodes: bare })).toBe(0);
  });

  it("makes no request at all when disabled, but still answers from foods already stored", async () => {
    products.set(disabledCode, found(disabledCode, { product_name: "Never fetched", nutriments: { "energy-kcal_100g": 1, proteins_100g: 0, carbohydrates_100g: 0, fat_100g: 0 } }));
    const off = createOpenFoodFactsProvider({ baseUrl, enabled: false });
    const before = requests.length;
    expect(await off.findOrFetchByBarcode(disabledCode)).toBeNull();
    expect(await off.lookup(disabledCode)).toBeNull();
    expect(requests.length).toBe(before);
    expect(await BarcodeLookupModel.countDocuments({ _id: disabledCode })).toBe(0);

    await createOpenFoodFactsProvider({ baseUrl, enabled: true }).findOrFetchByBarcode(cola);
    expect((await off.findOrFetchByBarcode(cola))?.name).toBe("Cola classic");
  });

  it("gives up on a server slower than the timeout without caching anything, and tries again next time", async () => {
    products.set(slow, { ...found(slow, { product_name: "Slow soup", nutriments: { "energy-kcal_100g": 35, proteins_100g: 1.2, carbohydrates_100g: 5, fat_100g: 1 } }), delayMs: 1_500 });
    const off = createOpenFoodFactsProvider({ baseUrl, enabled: true, timeoutMs: 150 });
    expect(await off.findOrFetchByBarcode(slow)).toBeNull();
    expect(await BarcodeLookupModel.countDocuments({ _id: slow })).toBe(0);
    expect(await FoodModel.countDocuments({ barcodes: slow })).toBe(0);

    products.set(slow, { ...products.get(slow)!, delayMs: 0 });
    // The default timeout for the retry, so a busy test machine cannot make the quick answer "slow".
    expect((await createOpenFoodFactsProvider({ baseUrl, enabled: true }).findOrFetchByBarcode(slow))?.name).toBe("Slow soup");
    expect(requestsFor(slow)).toBe(2);
  });

  it("does not cache a server error either", async () => {
    products.set(unknown, { status: 503, body: { error: "maintenance" } });
    const off = createOpenFoodFactsProvider({ baseUrl, enabled: true });
    expect(await off.findOrFetchByBarcode(unknown)).toBeNull();
    expect(await BarcodeLookupModel.countDocuments({ _id: unknown })).toBe(0);
  });
});

const sample = "/work/shared/data/foods/openfoodfacts-products-min.jsonl.gz";
const sampleProducts = (): Record<string, unknown>[] => {
  if (!existsSync(sample)) return [];
  return gunzipSync(readFileSync(sample))
    .toString("utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
};

describe.skipIf(!existsSync(sample))("Open Food Facts look-up with real products from the OFF sample dump", () => {
  type Nutriments = Record<string, number | string | undefined>;
  const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
  // Three products with complete, plausible per-100 g values and a 13-digit code with a valid check digit.
  const picked = sampleProducts()
    .filter((product) => {
      const n = (product.nutriments ?? {}) as Nutriments;
      const grams = [n.proteins_100g, n.carbohydrates_100g, n.fat_100g];
      return (
        typeof product.code === "string" &&
        /^\d{13}$/.test(product.code) &&
        !product.code.startsWith("200") &&
        gs1CheckDigit(product.code.slice(0, 12)) === Number(product.code[12]) &&
        typeof product.product_name === "string" &&
        product.product_name.trim() !== "" &&
        isNumber(n["energy-kcal_100g"]) &&
        n["energy-kcal_100g"] > 0 &&
        n["energy-kcal_100g"] <= 900 &&
        grams.every((value) => isNumber(value) && value >= 0 && value <= 100) &&
        (n.fiber_100g === undefined || (isNumber(n.fiber_100g) && n.fiber_100g <= 100))
      );
    })
    .slice(0, 3);
  const codes = picked.map((product) => product.code as string);

  beforeEach(async () => {
    await FoodModel.deleteMany({ barcodes: { $in: codes } });
    await BarcodeLookupModel.deleteMany({ _id: { $in: codes } });
    for (const product of picked) {
      const { code, product_name, product_name_en, brands, nutriments, serving_size, serving_quantity, quantity, categories_tags } = product;
      products.set(code as string, found(code as string, { product_name, product_name_en, brands, nutriments, serving_size, serving_quantity, quantity, categories_tags }));
    }
  });

  it("maps their per-100 g nutriments", async () => {
    expect(picked).toHaveLength(3);
    const off = createOpenFoodFactsProvider({ baseUrl, enabled: true });
    for (const product of picked) {
      const n = product.nutriments as Record<string, number>;
      const food = await off.findOrFetchByBarcode(product.code as string);
      const tenth = (value: number) => Math.round(value * 10) / 10;
      expect(food, product.code as string).toMatchObject({
        name: (product.product_name as string).trim(),
        source: "off",
        barcodes: [product.code],
        per100g: {
          energyKcal: Math.round(n["energy-kcal_100g"]),
          proteinG: tenth(n.proteins_100g),
          carbsG: tenth(n.carbohydrates_100g),
          fatG: tenth(n.fat_100g),
          fiberG: tenth(n.fiber_100g ?? 0),
        },
      });
    }
  });
});
