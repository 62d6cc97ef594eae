import "server-only";
import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";
import { photoContentTypes, photoPoses } from "@/lib/schemas/body";

/**
 * A progress photo's metadata (`progress_photos`). The id is `<userId>:<dayKey>:<16 hex>`, so a member's
 * photos over a range are one `_id` range read (the only index FerretDB uses) and listing never loads
 * image data. Photos are the member's only: never shown to trainers.
 */
const progressPhotoSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    dayKey: { type: String, required: true },
    pose: { type: String, enum: photoPoses, required: true },
    contentType: { type: String, enum: photoContentTypes, required: true },
    bytes: { type: Number, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: "progress_photos", versionKey: false },
);

const encryptedFieldSchema = new Schema(
  { v: { type: Number, required: true }, kid: { type: String, required: true }, iv: String, tag: String, ct: String },
  { _id: false },
);

/**
 * The image itself (`progress_photo_blobs`, same `_id` as its metadata): the file's bytes as base64,
 * sealed with the field cipher (AES-256-GCM) and bound to this photo (AAD `progress_photos:<_id>:image`),
 * so nothing readable is at rest and a blob copied onto another photo fails to open.
 */
const progressPhotoBlobSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    image: { type: encryptedFieldSchema, required: true },
  },
  { collection: "progress_photo_blobs", versionKey: false },
);

export type ProgressPhotoDoc = InferSchemaType<typeof progressPhotoSchema>;
export type ProgressPhotoBlobDoc = InferSchemaType<typeof progressPhotoBlobSchema>;
export const photoImageContext = (id: string) => `progress_photos:${id}:image`;
export const ProgressPhotoModel: Model<ProgressPhotoDoc> =
  (models.ProgressPhoto as Model<ProgressPhotoDoc>) ?? model<ProgressPhotoDoc>("ProgressPhoto", progressPhotoSchema);
export const ProgressPhotoBlobModel: Model<ProgressPhotoBlobDoc> =
  (models.ProgressPhotoBlob as Model<ProgressPhotoBlobDoc>) ?? model<ProgressPhotoBlobDoc>("ProgressPhotoBlob", progressPhotoBlobSchema);
