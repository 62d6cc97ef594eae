import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { meals } from "@/lib/schemas/nutrition";

const nutrientsSchema = new Schema(
  { energyKcal: { type: Number, required: true }, proteinG: { type: Number, required: true }, carbsG: { type: Number, required: true }, fatG: { type: Number, required: true }, fiberG: { type: Number, default: 0 } },
  { _id: false },
);

const entrySchema = new Schema(
  {
    /** Made by the phone (UUID): logging the same entry again (an offline replay) finds it already there. */
    id: { type: String, required: true },
    meal: { type: String, enum: meals, required: true },
    kind: { type: String, enum: ["food", "quick"], required: true },
    foodId: { type: Schema.Types.ObjectId, default: null },
    name: { type: String, required: true },
    brand: { type: String, default: "" },
    grams: { type: Number, default: null },
    serving: { type: new Schema({ label: String, grams: Number, count: Number }, { _id: false }), default: null },
    /**
     * What the logged amount provided when it was logged: editing or deleting a custom food later never
     * rewrites what the member ate last month.
     */
    nutrients: { type: nutrientsSchema, required: true },
    loggedAt: { type: Date, required: true },
  },
  { _id: false },
);

/**
 * One document per member and member-local day, `_id` = `<userId>:<dayKey>`: every diary write is a
 * change to one document (atomic without transactions) found by primary key (the only lookup FerretDB
 * answers from an index), and totals for a day or week are a handful of key reads.
 */
const nutritionDaySchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    dayKey: { type: String, required: true },
    entries: { type: [entrySchema], default: [] },
    water: { type: [new Schema({ id: { type: String, required: true }, ml: { type: Number, required: true } }, { _id: false })], default: [] },
    /** Ids of removed entries and water: a late replay of their "add" must not bring them back. */
    removedIds: { type: [String], default: [] },
    /** Compare-and-set counter: a write that lost a race reads again and retries. */
    version: { type: Number, default: 0 },
  },
  { timestamps: true, collection: "nutrition_days" },
);
nutritionDaySchema.index({ userId: 1, dayKey: 1 }, { name: "user_day" });

export type NutritionDayDoc = InferSchemaType<typeof nutritionDaySchema>;
export type NutritionEntryDoc = InferSchemaType<typeof entrySchema>;
export const nutritionDayId = (userId: string, dayKey: string) => `${userId}:${dayKey}`;
export const NutritionDayModel: Model<NutritionDayDoc> = (models.NutritionDay as Model<NutritionDayDoc>) ?? model<NutritionDayDoc>("NutritionDay", nutritionDaySchema);
