import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

/**
 * What Open Food Facts answered for a barcode, one document per GTIN (`_id`), so a code nobody has
 * entered there is not asked about on every scan. A product that was found lives in `foods`; a miss
 * (unknown, or too incomplete to log) is trusted for a week, checked when read (FerretDB has no TTL
 * indexes), because products do get added and completed.
 */
const barcodeLookupSchema = new Schema(
  {
    _id: { type: String, required: true },
    found: { type: Boolean, required: true },
    /** Why a miss is a miss: not on Open Food Facts, or there without energy and macros. */
    reason: { type: String, enum: ["not_found", "incomplete", null], default: null },
    checkedAt: { type: Date, required: true },
  },
  { collection: "barcode_lookups", versionKey: false },
);

export type BarcodeLookupDoc = InferSchemaType<typeof barcodeLookupSchema>;
export const BarcodeLookupModel: Model<BarcodeLookupDoc> =
  (models.BarcodeLookup as Model<BarcodeLookupDoc>) ?? model<BarcodeLookupDoc>("BarcodeLookup", barcodeLookupSchema);
