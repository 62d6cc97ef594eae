import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { equipmentKinds, measurementTypes, movementPatterns, muscles } from "@/lib/train/vocabulary";

export const exerciseSources = ["catalog", "import", "custom"] as const;
/** global: everyone; private: the owner only; clients: the owner (a trainer) and their clients. */
export const exerciseVisibilities = ["global", "private", "clients"] as const;

// Catalog, imported and custom exercises share one collection so that search is one indexed query.
// Ids are strings: catalog slugs ("barbell-bench-press"), "fedb-…" for imports, UUIDs for custom ones.
const exerciseSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true, trim: true },
    aliases: { type: [String], default: [] },
    /** Lower-cased name and aliases without punctuation, for search. */
    searchText: { type: String, required: true },
    /** Lower-cased name without punctuation: the uniqueness key. */
    nameKey: { type: String, required: true },
    primaryMuscles: { type: [{ type: String, enum: muscles }], required: true },
    secondaryMuscles: { type: [{ type: String, enum: muscles }], default: [] },
    equipment: { type: String, enum: equipmentKinds, required: true },
    pattern: { type: String, enum: movementPatterns, required: true },
    unilateral: { type: Boolean, default: false },
    measurement: { type: String, enum: measurementTypes, required: true },
    instructions: { type: [String], default: [] },
    source: { type: String, enum: exerciseSources, required: true },
    sourceId: { type: String, default: null },
    visibility: { type: String, enum: exerciseVisibilities, required: true },
    ownerId: { type: Schema.Types.ObjectId, default: null },
  },
  { timestamps: true, collection: "exercises" },
);

exerciseSchema.index({ visibility: 1, name: 1 }, { name: "visibility_name" });
exerciseSchema.index({ ownerId: 1, name: 1 }, { name: "owner_name" });
// One exercise per name per owner (null owner = global), so imports and custom additions cannot twin.
exerciseSchema.index({ nameKey: 1, ownerId: 1 }, { unique: true, name: "name_owner_unique" });

export type ExerciseDoc = InferSchemaType<typeof exerciseSchema>;
export const ExerciseModel: Model<ExerciseDoc> = (models.Exercise as Model<ExerciseDoc>) ?? model<ExerciseDoc>("Exercise", exerciseSchema);
