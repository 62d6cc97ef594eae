import "server-only";
import { randomBytes } from "node:crypto";
import { Types } from "mongoose";
import { MAX_PHOTO_BYTES, ZPhotoId, type PhotoContentType, type PhotoPose, type TPhotoView, type TPhotosView } from "@/lib/schemas/body";
import type { ProgressRange } from "@/lib/schemas/progress";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { fieldCipher, type EncryptedField } from "@/server/crypto/field-encryption";
import { AppError } from "@/server/errors/app-error";
import { allDayIds, bodyContext, dayIdRange } from "./body-context";
import { rangeStartDay, sniffImageType } from "./body-math";
import { photoImageContext, ProgressPhotoBlobModel, ProgressPhotoModel } from "./progress-photo-model";

type Member = { id: string };

/** Photos a member may keep for one day (a few retakes of each pose). */
export const MAX_PHOTOS_PER_DAY = 12;
/** Photos a member may keep in all (years of weekly front/side/back sets), so one account cannot fill the database. */
export const MAX_PHOTOS_PER_MEMBER = 600;
const EARLIEST_PHOTO_DAY = "2000-01-01";

function photoView(doc: { _id: string; dayKey: string; pose: string; contentType: string; bytes: number; createdAt: Date }): TPhotoView {
  return {
    id: doc._id,
    dayKey: doc.dayKey,
    pose: doc.pose as PhotoPose,
    contentType: doc.contentType as PhotoContentType,
    bytes: doc.bytes,
    createdAt: doc.createdAt.toISOString(),
  };
}

/** Whether an id names one of this member's photos (ids start with the owner's id). */
const ownsId = (member: Member, id: string) => ZPhotoId.safeParse(id).success && id.startsWith(`${member.id}:`);

/**
 * Stores a photo for the member: checked by size and by its first bytes (JPEG, PNG or WebP whatever the
 * request claims), sealed with the field cipher, then listed. Audited as `progress_photo.upload`.
 */
export async function storePhoto(actor: AuditActor, member: Member, input: { dayKey: string; pose: PhotoPose; bytes: Uint8Array }): Promise<TPhotoView> {
  if (input.bytes.length === 0) throw new AppError("BAD_REQUEST", "The photo is empty.");
  if (input.bytes.length > MAX_PHOTO_BYTES) throw new AppError("BAD_REQUEST", "The photo is larger than 2 MB.");
  const contentType = sniffImageType(input.bytes);
  if (!contentType) throw new AppError("BAD_REQUEST", "Only JPEG, PNG or WebP photos can be uploaded.");
  const { todayKey } = await bodyContext(member.id);
  if (input.dayKey > todayKey) throw new AppError("BAD_REQUEST", "A photo is for today or an earlier day.");
  if (input.dayKey < EARLIEST_PHOTO_DAY) throw new AppError("BAD_REQUEST", "Choose a day from 2000 on.");
  const sameDay = await ProgressPhotoModel.countDocuments({ _id: { $gte: `${member.id}:${input.dayKey}:`, $lt: `${member.id}:${input.dayKey};` } });
  if (sameDay >= MAX_PHOTOS_PER_DAY) throw new AppError("BAD_REQUEST", `At most ${MAX_PHOTOS_PER_DAY} photos a day: delete one first.`);
  const all = await ProgressPhotoModel.countDocuments({ _id: { $gte: `${member.id}:`, $lt: `${member.id};` } });
  if (all >= MAX_PHOTOS_PER_MEMBER) throw new AppError("BAD_REQUEST", `You have ${MAX_PHOTOS_PER_MEMBER} progress photos, the most kept: delete some first.`);

  const id = `${member.id}:${input.dayKey}:${randomBytes(8).toString("hex")}`;
  const userId = new Types.ObjectId(member.id);
  const image = fieldCipher().encrypt(Buffer.from(input.bytes).toString("base64"), photoImageContext(id));
  // The image first: a listed photo always has its data (a failure between the two leaves an unlisted blob).
  await ProgressPhotoBlobModel.create({ _id: id, userId, image });
  const doc = await ProgressPhotoModel.create({ _id: id, userId, dayKey: input.dayKey, pose: input.pose, contentType, bytes: input.bytes.length, createdAt: new Date() });
  await recordAudit(actor, { action: "progress_photo.upload", subjectType: "progress_photo", subjectId: id, targetUserId: member.id, meta: { bytes: input.bytes.length, contentType } });
  return photoView(doc.toObject());
}

/**
 * A photo's bytes, for its owner only. Anyone else (and an unknown id) gets NOT_FOUND, the same answer
 * either way, and the attempt is audited as denied. Audited as `progress_photo.view`.
 */
export async function readPhoto(actor: AuditActor, member: Member, id: string): Promise<{ bytes: Buffer; contentType: PhotoContentType; dayKey: string }> {
  const meta = ownsId(member, id) ? await ProgressPhotoModel.findOne({ _id: id, userId: new Types.ObjectId(member.id) }).lean() : null;
  const blob = meta ? await ProgressPhotoBlobModel.findOne({ _id: id, userId: new Types.ObjectId(member.id) }).lean() : null;
  if (!meta || !blob) {
    await recordAudit(actor, { action: "progress_photo.view", subjectType: "progress_photo", subjectId: id.slice(0, 64), targetUserId: member.id, outcome: "denied" });
    throw new AppError("NOT_FOUND", "No such photo.");
  }
  const bytes = Buffer.from(fieldCipher().decrypt(blob.image as EncryptedField, photoImageContext(id)), "base64");
  await recordAudit(actor, { action: "progress_photo.view", subjectType: "progress_photo", subjectId: id, targetUserId: member.id });
  return { bytes, contentType: meta.contentType as PhotoContentType, dayKey: meta.dayKey };
}

/** The member's photos over a range (metadata only, oldest first). Audited as `progress_photo.list`. */
export async function listPhotos(actor: AuditActor, member: Member, range: ProgressRange): Promise<TPhotosView> {
  const { todayKey } = await bodyContext(member.id);
  const first = range === "all" ? await ProgressPhotoModel.findOne({ _id: allDayIds(member.id) }).sort({ _id: 1 }).select({ dayKey: 1 }).lean() : null;
  const fromDayKey = rangeStartDay(range, todayKey, first?.dayKey ?? null);
  // "<to>;" bounds the last day's ids (`<userId>:<dayKey>:<hex>`).
  const bounds = dayIdRange(member.id, fromDayKey, todayKey);
  const docs = await ProgressPhotoModel.find({ _id: { $gte: bounds.$gte, $lt: `${bounds.$lte};` }, userId: new Types.ObjectId(member.id) })
    .sort({ _id: 1 })
    .lean();
  await recordAudit(actor, { action: "progress_photo.list", subjectType: "progress_photo", subjectId: `${fromDayKey}..${todayKey}`, targetUserId: member.id, meta: { count: docs.length } });
  return { todayKey, fromDayKey, photos: docs.map(photoView).sort((a, b) => a.dayKey.localeCompare(b.dayKey) || a.createdAt.localeCompare(b.createdAt)) };
}

/** Deletes one of the member's photos (metadata and image). Someone else's id: NOT_FOUND, nothing changes. */
export async function deletePhoto(actor: AuditActor, member: Member, id: string): Promise<{ id: string; deleted: boolean }> {
  const owned = ownsId(member, id) ? await ProgressPhotoModel.findOne({ _id: id, userId: new Types.ObjectId(member.id) }).select({ _id: 1 }).lean() : null;
  if (!owned) {
    await recordAudit(actor, { action: "progress_photo.delete", subjectType: "progress_photo", subjectId: id.slice(0, 64), targetUserId: member.id, outcome: "denied" });
    throw new AppError("NOT_FOUND", "No such photo.");
  }
  await ProgressPhotoModel.deleteOne({ _id: id });
  await ProgressPhotoBlobModel.deleteOne({ _id: id });
  await recordAudit(actor, { action: "progress_photo.delete", subjectType: "progress_photo", subjectId: id, targetUserId: member.id });
  return { id, deleted: true };
}
