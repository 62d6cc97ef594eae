import "server-only";
import type { AuditActor } from "@/server/audit/audit-service";
import { createContextInner } from "@/server/api/trpc";
import { auth } from "@/server/auth/next-auth";
import { AppError } from "@/server/errors/app-error";
import { clientAddress, requestIdFrom } from "@/server/http/request-meta";
import { logger } from "@/server/logging/logger";
import type { SessionUser } from "@/server/users/user-service";

/** The signed-in account behind a photo request (the same session and user lookup as tRPC), or null. */
export async function photoRequester(request: Request): Promise<{ user: SessionUser; actor: AuditActor } | null> {
  const ctx = await createContextInner({ session: await auth(), requestId: requestIdFrom(request.headers), ip: clientAddress(request.headers) });
  if (!ctx.user) return null;
  return { user: ctx.user, actor: { ...ctx.actor, userId: ctx.user.id, role: ctx.user.role } };
}

/** Headers every photo answer carries: never cached by the browser, a proxy or the service worker. */
export const privateHeaders = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

/** A JSON error answer: AppErrors as their status and message, anything else as a generic 500. */
export function photoErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const status = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429, INTERNAL_SERVER_ERROR: 500 }[error.code];
    return Response.json({ error: error.message }, { status, headers: privateHeaders });
  }
  logger.error({ err: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) }, "progress photo request failed");
  return Response.json({ error: "Something went wrong on our side. Try again." }, { status: 500, headers: privateHeaders });
}

/**
 * The request body, at most `limit` bytes: refused by its declared length first, then while reading,
 * so an oversized upload is never held in memory.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw new AppError("BAD_REQUEST", "The photo is larger than 2 MB.");
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new AppError("BAD_REQUEST", "The photo is larger than 2 MB.");
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}
