import { PNG } from "pngjs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { addDaysToKey } from "@/lib/dates/day-key";
import { MAX_PHOTO_BYTES } from "@/lib/schemas/body";
import { ProgressPhotoModel } from "@/server/body/progress-photo-model";
import { onboardedMember, useDatabase } from "./support/harness";

// The route handlers read the session through next-auth's auth(); here it is whoever `signedIn` names.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/auth/next-auth", () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));

const { POST } = await import("@/app/api/progress-photos/route");
const { GET } = await import("@/app/api/progress-photos/[id]/route");

useDatabase();
beforeEach(() => {
  session.userId = null;
});

function png(): Buffer {
  const image = new PNG({ width: 4, height: 4 });
  image.data.fill(200);
  return PNG.sync.write(image);
}

const upload = (body: BodyInit, query: string, headers: Record<string, string> = {}) =>
  POST(new Request(`http://localhost/api/progress-photos?${query}`, { method: "POST", body, headers: { "content-type": "image/png", "sec-fetch-site": "same-origin", ...headers } }));
const view = (id: string) => GET(new Request(`http://localhost/api/progress-photos/${encodeURIComponent(id)}`), { params: Promise.resolve({ id: encodeURIComponent(id) }) });

describe("progress photo route handlers", () => {
  it("uploads for the signed-in member and serves the photo to them only, never cached", async () => {
    const owner = await onboardedMember();
    session.userId = owner.user.id;
    const bytes = png();
    const created = await upload(new Uint8Array(bytes), `dayKey=${owner.today}&pose=side`, { "content-type": "image/jpeg" });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("private, no-store");
    const { photo } = (await created.json()) as { photo: { id: string; contentType: string; pose: string } };
    // Typed by the bytes (a PNG), not by the header that claimed JPEG.
    expect(photo).toMatchObject({ contentType: "image/png", pose: "side" });

    const served = await view(photo.id);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toBe("private, no-store");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);

    // Someone else, or nobody: the same 404 as for an id that does not exist.
    const other = await onboardedMember();
    session.userId = other.user.id;
    expect((await view(photo.id)).status).toBe(404);
    expect((await view(`${other.user.id}:${other.today}:0123456789abcdef`)).status).toBe(404);
    expect((await view("not-an-id")).status).toBe(404);
    session.userId = null;
    expect((await view(photo.id)).status).toBe(404);
  });

  it("refuses signed-out, cross-site, mistyped, oversized and non-image uploads, storing nothing", async () => {
    const member = await onboardedMember();
    const query = `dayKey=${member.today}&pose=front`;
    expect((await upload(new Uint8Array(png()), query)).status).toBe(401);
    session.userId = member.user.id;
    expect((await upload(new Uint8Array(png()), query, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await upload(new Uint8Array(png()), query, { "content-type": "multipart/form-data; boundary=x" })).status).toBe(415);
    expect((await upload(new Uint8Array(png()), query, { "content-type": "image/svg+xml" })).status).toBe(415);
    const badPose = await upload(new Uint8Array(png()), `dayKey=${member.today}&pose=top`);
    expect(badPose.status).toBe(400);
    expect(await badPose.json()).toEqual({ error: "Choose front, side or back" });
    expect((await upload(new Uint8Array(png()), `dayKey=${addDaysToKey(member.today, 2)}&pose=front`)).status).toBe(400);
    const notAnImage = await upload(new TextEncoder().encode("<svg onload=alert(1)>"), query);
    expect(notAnImage.status).toBe(400);
    expect(await notAnImage.json()).toEqual({ error: "Only JPEG, PNG or WebP photos can be uploaded." });
    const huge = new Uint8Array(MAX_PHOTO_BYTES + 1);
    huge.set(png());
    const tooLarge = await upload(huge, query);
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.json()).toEqual({ error: "The photo is larger than 2 MB." });
    // Streamed without a declared length, it is cut off while reading.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent <= MAX_PHOTO_BYTES; sent += 256 * 1024) controller.enqueue(huge.subarray(sent, sent + 256 * 1024));
        controller.close();
      },
    });
    const streamed = await POST(
      new Request(`http://localhost/api/progress-photos?${query}`, { method: "POST", body: stream, headers: { "content-type": "image/png" }, duplex: "half" } as RequestInit),
    );
    expect(streamed.status).toBe(400);
    expect(await ProgressPhotoModel.countDocuments({ _id: { $gte: `${member.user.id}:`, $lt: `${member.user.id};` } })).toBe(0);
  });
});
