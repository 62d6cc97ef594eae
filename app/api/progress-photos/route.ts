import { MAX_PHOTO_BYTES, photoContentTypes, ZPhotoUploadQuerySchema } from "@/lib/schemas/body";
import { photoErrorResponse, photoRequester, privateHeaders, readLimitedBody } from "@/server/body/photo-http";
import { storePhoto } from "@/server/body/progress-photo-service";

export const dynamic = "force-dynamic";

/**
 * Uploads one progress photo of the signed-in member: POST /api/progress-photos?dayKey=YYYY-MM-DD&pose=front
 * with the image as the raw body (image/jpeg, image/png or image/webp, at most 2 MB; the phone resizes
 * to ~1280 px JPEG first). The type is taken from the file's first bytes, not from the header. Only this
 * app's own pages may upload: the non-form content type forces a CORS preflight nobody answers, and a
 * cross-site fetch metadata header is refused outright.
 */
export async function POST(request: Request) {
  try {
    const site = request.headers.get("sec-fetch-site");
    if (site && site !== "same-origin") return Response.json({ error: "Uploads come from this app only." }, { status: 403, headers: privateHeaders });
    const requester = await photoRequester(request);
    if (!requester) return Response.json({ error: "Sign in to continue." }, { status: 401, headers: privateHeaders });
    const declaredType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (!(photoContentTypes as readonly string[]).includes(declaredType)) {
      return Response.json({ error: "Send a JPEG, PNG or WebP image." }, { status: 415, headers: privateHeaders });
    }
    const url = new URL(request.url);
    const query = ZPhotoUploadQuerySchema.safeParse({ dayKey: url.searchParams.get("dayKey"), pose: url.searchParams.get("pose") });
    if (!query.success) return Response.json({ error: query.error.issues[0]?.message ?? "Choose a day and a pose." }, { status: 400, headers: privateHeaders });
    const bytes = await readLimitedBody(request, MAX_PHOTO_BYTES);
    const photo = await storePhoto(requester.actor, requester.user, { dayKey: query.data.dayKey, pose: query.data.pose, bytes });
    return Response.json({ photo }, { status: 201, headers: privateHeaders });
  } catch (error) {
    return photoErrorResponse(error);
  }
}
