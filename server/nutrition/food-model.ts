import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

export const foodSources = ["catalog", "usda", "off", "custom"] as const;
export const foodVisibilities = ["global", "private", "clients"] as const;

const nutrientsSchema = new Schema(
  { energyKcal: { type: Number, required: true }, proteinG: { type: Number, required: true }, carbsG: { type: Number, required: true }, fatG: { type: Number, required: true }, fiberG: { type: Number, default: 0 } },
  { _id: false },
);

/**
 * Every food a member can log, in one collection so search, barcodes and logging treat them alike:
 * the shipped catalog, USDA imports, Open Food Facts look-ups (cached), members' custom foods, and
 * recipes (a recipe is a food whose nutrients come from its ingredients).
 */
const foodSchema = new Schema(
  {
    /**
     * Where it came from, unique, so an import or catalog sync run twice writes each food once:
     * `catalog:<slug>`, `usda:<fdcId>`, `off:<barcode>`, `custom:<_id>`.
     */
    sourceKey: { type: String, required: true },
    source: { type: String, enum: foodSources, required: true },
    kind: { type: String, enum: ["food", "recipe"], default: "food" },
    name: { type: String, required: true },
    brand: { type: String, default: "" },
    category: { type: String, default: "" },
    /** Lower-case, accents removed, name and brand: what search matches against (lib/nutrition/food-search). */
    searchText: { type: String, required: true },
    per100g: { type: nutrientsSchema, required: true },
    /** Household measures ("1 medium (118 g)"), with their weight. */
    servings: { type: [new Schema({ label: { type: String, required: true }, grams: { type: Number, required: true } }, { _id: false })], default: [] },
    /** GTIN-13 (UPC-A padded with a leading 0) or GTIN-8 codes, normalised by lib/nutrition/barcode. */
    barcodes: { type: [String], default: [] },
    /** Null for the shared catalog, imports and Open Food Facts; the member or trainer otherwise. */
    ownerId: { type: Schema.Types.ObjectId, default: null },
    /** global: everyone; private: the owner; clients: a trainer's food, seen by their active clients too. */
    visibility: { type: String, enum: foodVisibilities, required: true },
    /** Recipes only: what went in, and how many servings it makes. */
    ingredients: {
      type: [new Schema({ foodId: { type: Schema.Types.ObjectId, required: true }, name: { type: String, required: true }, grams: { type: Number, required: true } }, { _id: false })],
      default: [],
    },
    recipeServings: { type: Number, default: null },
    /** Recipes only: the cooked weight when the member weighed it (water lost or gained in cooking). */
    cookedWeightG: { type: Number, default: null },
    /** Where an import found it (fdcId, data type, release), for the import report and re-runs. */
    origin: { type: Schema.Types.Mixed, default: null },
    archivedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: "foods" },
);
foodSchema.index({ sourceKey: 1 }, { unique: true, name: "source_key_unique" });
foodSchema.index({ barcodes: 1 }, { name: "barcodes" });
foodSchema.index({ ownerId: 1, archivedAt: 1 }, { name: "owner_archived" });

export type FoodDoc = InferSchemaType<typeof foodSchema>;
export const FoodModel: Model<FoodDoc> = (models.Food as Model<FoodDoc>) ?? model<FoodDoc>("Food", foodSchema);
