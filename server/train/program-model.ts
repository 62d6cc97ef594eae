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
    // A client's copy of a trainer's template (server/train/program-assignment-service.ts): who assigned
    // it, which template version it was copied from, and the assignment it is (`<templateId>:<version>:
    // <clientId>:<startDate>`; the copy's `_id` is derived from it, so assigning twice inserts the same
    // `_id` and the second insert fails instead of making a second copy). Null on everyone else's programs.
    assignedBy: { type: Schema.Types.ObjectId, default: null },
    source: { type: new Schema({ programId: { type: Schema.Types.ObjectId, required: true }, version: { type: Number, required: true } }, { _id: false }), default: null },
    assignmentKey: { type: String, default: null },
    /** When the assignment made the copy the client's active program; null while an assignment is half done. */
    activatedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: "programs", minimize: false },
);

programSchema.index({ ownerId: 1, archivedAt: 1, updatedAt: -1 }, { name: "owner_archived_updated" });
programSchema.index({ assignedBy: 1, "source.programId": 1 }, { name: "assigned_by_source" });

export type ProgramDoc = InferSchemaType<typeof programSchema>;
export const ProgramModel: Model<ProgramDoc> = (models.Program as Model<ProgramDoc>) ?? model<ProgramDoc>("Program", programSchema);
