import { Types } from "mongoose";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { addDaysToKey } from "@/lib/dates/day-key";
import { MAX_PHOTO_BYTES } from "@/lib/schemas/body";
import type { AuditActor } from "@/server/audit/audit-service";
import { AuditEventModel } from "@/server/audit/audit-model";
import { deletePhoto, listPhotos, readPhoto, storePhoto } from "@/server/body/progress-photo-service";
import { ProgressPhotoBlobModel, ProgressPhotoModel } from "@/server/body/progress-photo-model";
import { AppError } from "@/server/errors/app-error";
import { onboardedMember, useDatabase } from "./support/harness";
import { codeOf } from "./support/training";

useDatabase();

const actorOf = (userId: string): AuditActor => ({ userId, role: "member", requestId: `test-${userId}`, ip: "198.18.0.1" });

/** A real 8×6 PNG with a gradient (pngjs). */
function pngBytes(): Buffer {
  const png = new PNG({ width: 8, height: 6 });
  for (let index = 0; index < png.data.length; index += 4) {
    png.data[index] = index % 256;
    png.data[index + 1] = 120;
    png.data[index + 2] = 200;
    png.data[index + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** JPEG-shaped bytes (SOI, a JFIF APP0 segment, filler, EOI): the server only sniffs the start. */
function jpegBytes(size = 4_000): Buffer {
  const bytes = Buffer.alloc(size, 0x42);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]).copy(bytes, 0);
  Buffer.from("JFIF\0", "latin1").copy(bytes, 6);
  bytes[size - 2] = 0xff;
  bytes[size - 1] = 0xd9;
  return bytes;
}

async function serviceCode(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (error: unknown) => (error instanceof AppError ? error.code : `unexpected ${String(error)}`),
  );
}

const audits = (userId: string, action: string, outcome: "success" | "denied" = "success") => AuditEventModel.countDocuments({ targetUserId: new Types.ObjectId(userId), action, outcome });

describe("progress photos", () => {
  it("stores a photo encrypted at rest and gives it back to its owner only", async () => {
    const { user, today } = await onboardedMember();
    const actor = actorOf(user.id);
    const jpeg = jpegBytes();
    const photo = await storePhoto(actor, user, { dayKey: today, pose: "front", bytes: jpeg });
    expect(photo).toMatchObject({ dayKey: today, pose: "front", contentType: "image/jpeg", bytes: jpeg.length });
    expect(photo.id.startsWith(`${user.id}:${today}:`)).toBe(true);

    // At rest: the metadata holds no image, and the blob holds only the AES-GCM envelope.
    const meta = await ProgressPhotoModel.collection.findOne({ _id: photo.id as never });
    expect(Object.keys(meta ?? {}).sort()).toEqual(["_id", "bytes", "contentType", "createdAt", "dayKey", "pose", "userId"]);
    const raw = await ProgressPhotoBlobModel.collection.findOne({ _id: photo.id as never });
    expect(raw?.image).toMatchObject({ v: 1, kid: expect.any(String), iv: expect.any(String), tag: expect.any(String), ct: expect.any(String) });
    const stored = JSON.stringify(raw);
    expect(stored).not.toContain(jpeg.toString("base64").slice(0, 40));
    expect(stored).not.toContain("/9j/"); // base64 of the JPEG start FF D8 FF
    expect(stored).not.toContain("JFIF");
    const ciphertext = Buffer.from(raw?.image.ct as string, "base64");
    expect(ciphertext.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    expect(ciphertext.includes(Buffer.from("JFIF"))).toBe(false);
    expect(ciphertext.includes(Buffer.from("/9j/"))).toBe(false);

    // The owner reads the exact bytes back.
    const read = await readPhoto(actor, user, photo.id);
    expect(read.contentType).toBe("image/jpeg");
    expect(read.bytes.equals(jpeg)).toBe(true);

    // Another member gets NOT_FOUND, the same as for an id that does not exist, and it is audited as denied.
    const other = await onboardedMember();
    expect(await serviceCode(readPhoto(actorOf(other.user.id), other.user, photo.id))).toBe("NOT_FOUND");
    expect(await serviceCode(readPhoto(actorOf(other.user.id), other.user, `${other.user.id}:${today}:0123456789abcdef`))).toBe("NOT_FOUND");
    expect(await serviceCode(deletePhoto(actorOf(other.user.id), other.user, photo.id))).toBe("NOT_FOUND");
    expect(await codeOf(other.caller.body.deletePhoto({ id: photo.id }))).toBe("NOT_FOUND");
    expect((await other.caller.body.photos({ range: "all" })).photos).toEqual([]);
    expect(await ProgressPhotoModel.countDocuments({ _id: photo.id })).toBe(1);
    expect(await AuditEventModel.countDocuments({ actorId: new Types.ObjectId(other.user.id), action: { $in: ["progress_photo.view", "progress_photo.delete"] }, outcome: "denied" })).toBe(4); // two views, two deletes

    // A blob moved onto another photo's id fails its integrity check instead of opening.
    const second = await storePhoto(actor, user, { dayKey: today, pose: "side", bytes: pngBytes() });
    await ProgressPhotoBlobModel.updateOne({ _id: second.id }, { $set: { image: raw?.image } });
    await expect(readPhoto(actor, user, second.id)).rejects.toThrow(/integrity/);

    expect(await audits(user.id, "progress_photo.upload")).toBe(2);
    expect(await audits(user.id, "progress_photo.view")).toBe(1);
  });

  it("lists metadata by range, deletes photos with their image, and audits each step", async () => {
    const { user, caller, today } = await onboardedMember();
    const actor = actorOf(user.id);
    const png = pngBytes();
    const old = await storePhoto(actor, user, { dayKey: addDaysToKey(today, -60), pose: "back", bytes: png });
    const recent = await storePhoto(actor, user, { dayKey: addDaysToKey(today, -3), pose: "side", bytes: png });
    expect(recent.contentType).toBe("image/png");

    const fourWeeks = await caller.body.photos({ range: "4w" });
    expect(fourWeeks.photos.map((photo) => photo.id)).toEqual([recent.id]);
    expect(fourWeeks.photos[0]).not.toHaveProperty("image");
    const all = await listPhotos(actor, user, "all");
    expect(all.fromDayKey).toBe(old.dayKey);
    expect(all.photos.map((photo) => [photo.dayKey, photo.pose])).toEqual([
      [old.dayKey, "back"],
      [recent.dayKey, "side"],
    ]);

    expect(await caller.body.deletePhoto({ id: old.id })).toEqual({ id: old.id, deleted: true });
    expect(await ProgressPhotoModel.countDocuments({ _id: old.id })).toBe(0);
    expect(await ProgressPhotoBlobModel.countDocuments({ _id: old.id })).toBe(0);
    expect(await serviceCode(readPhoto(actor, user, old.id))).toBe("NOT_FOUND");
    expect(await codeOf(caller.body.deletePhoto({ id: old.id }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.body.deletePhoto({ id: "../../etc/passwd" }))).toBe("BAD_REQUEST");

    expect(await audits(user.id, "progress_photo.list")).toBe(2);
    expect(await audits(user.id, "progress_photo.delete")).toBe(1);
    expect(await audits(user.id, "progress_photo.delete", "denied")).toBe(1);
  });

  it("refuses what is not a photo, too large, or on a bad day, and stores nothing", async () => {
    const { user, today } = await onboardedMember();
    const actor = actorOf(user.id);
    const refuse = (bytes: Uint8Array, dayKey = today) => serviceCode(storePhoto(actor, user, { dayKey, pose: "front", bytes }));
    expect(await refuse(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"))).toBe("BAD_REQUEST");
    expect(await refuse(Buffer.from("GIF89a......"))).toBe("BAD_REQUEST");
    expect(await refuse(new Uint8Array(0))).toBe("BAD_REQUEST");
    expect(await refuse(jpegBytes(MAX_PHOTO_BYTES + 1))).toBe("BAD_REQUEST");
    expect(await refuse(jpegBytes(), addDaysToKey(today, 1))).toBe("BAD_REQUEST");
    expect(await ProgressPhotoModel.countDocuments({ userId: new Types.ObjectId(user.id) })).toBe(0);
    expect(await ProgressPhotoBlobModel.countDocuments({ userId: new Types.ObjectId(user.id) })).toBe(0);
    expect(await audits(user.id, "progress_photo.upload")).toBe(0);
  });
});
