import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

// A program is one document: weeks × days × slots are embedded, so an edit is a single atomic write
// (FerretDB has no multi-document transactions). The nested shape is validated by zod
// (lib/schemas/program.ts) before it is stored, so here it is kept as plain data.
const programSchema = new Schema(
  {
    ownerId: { type: Schema.Types.ObjectId, required: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    description: { type: String, default: "" },
    weeks: { type: Schema.Types.Mixed, required: true },
    archivedAt: { type: Date, default: null },
    copiedFromId: { type: Schema.Types.ObjectId, default: null },
    /** Bumped on every edit; an edit naming an older version is refused instead of overwriting. */
    version: { type: Number, required: true, default: 1 },
  },
  { timestamps: true, collection: "programs", minimize: false },
);

programSchema.index({ ownerId: 1, archivedAt: 1, updatedAt: -1 }, { name: "owner_archived_updated" });

export type ProgramDoc = InferSchemaType<typeof programSchema>;
export const ProgramModel: Model<ProgramDoc> = (models.Program as Model<ProgramDoc>) ?? model<ProgramDoc>("Program", programSchema);
