import "server-only";
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * The client address as the edge proxy reports it. Behind a load balancer the first x-forwarded-for
 * entry is the client; deploy behind one that overwrites (not appends to) that header.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}

/** The id proxy.ts gave this request (so logs and audit rows join up), or a new one. */
export function requestIdFrom(headers: Headers): string {
  const id = headers.get(REQUEST_ID_HEADER);
  return id && /^[A-Za-z0-9-]{8,64}$/.test(id) ? id : randomUUID();
}
