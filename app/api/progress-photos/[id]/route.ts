import { photoErrorResponse, photoRequester, privateHeaders } from "@/server/body/photo-http";
import { readPhoto } from "@/server/body/progress-photo-service";

export const dynamic = "force-dynamic";

/** A malformed escape (`%E0%A4%A`) is just an id that names no photo: 404, not a 500. */
function safelyDecoded(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * One progress photo, to its owner only: anyone else, signed in or not, gets the same 404 as for an id
 * that does not exist. Never cached (`private, no-store`), typed by the file's sniffed type.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const requester = await photoRequester(request);
    if (!requester) return Response.json({ error: "Not found" }, { status: 404, headers: privateHeaders });
    const photo = await readPhoto(requester.actor, requester.user, safelyDecoded(id));
    return new Response(new Uint8Array(photo.bytes), {
      status: 200,
      headers: { ...privateHeaders, "Content-Type": photo.contentType, "Content-Length": String(photo.bytes.length), "Content-Disposition": "inline" },
    });
  } catch (error) {
    return photoErrorResponse(error);
  }
}
