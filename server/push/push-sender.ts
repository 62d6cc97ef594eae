import "server-only";
import webpush from "web-push";
import { env } from "@/lib/env";
import { checkPushEndpointForSend } from "./push-endpoint";

export type PushTarget = { endpoint: string; keys: { p256dh: string; auth: string } };

/**
 * What happened to one delivery:
 * - ok: the push service took it (2xx)
 * - gone: 404/410, the subscription is dead and must be deleted
 * - retry: 429, 5xx, network error or timeout; `retryAfterMs` when the service said when
 * - rejected: any other answer (400, 401, 403, 413, a refused endpoint): retrying would not help
 */
export type PushOutcome =
  | { kind: "ok"; status: number }
  | { kind: "gone"; status: number }
  | { kind: "retry"; status: number | null; retryAfterMs: number | null; error: string }
  | { kind: "rejected"; status: number | null; error: string };

export type SendOptions = {
  /** Seconds the push service keeps an undelivered message (a reminder is useless after its day). */
  ttlSeconds: number;
  urgency?: "very-low" | "low" | "normal" | "high";
  /** Replaces an older undelivered message with the same topic (max 32 base64url characters). */
  topic?: string;
  timeoutMs?: number;
  /** Tests pass true to reach their local push service; defaults to PUSH_ALLOW_LOCAL_ENDPOINTS. */
  allowLocal?: boolean;
};

/** Retry-After is seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Encrypts `payload` for one subscription (aes128gcm, VAPID-signed) with web-push and POSTs it with
 * fetch. web-push's own sendNotification only speaks https, so the request it would send is built with
 * generateRequestDetails and sent here, with a timeout, which also lets tests use a local http server.
 */
export async function sendPush(target: PushTarget, payload: unknown, options: SendOptions): Promise<PushOutcome> {
  let checked;
  try {
    checked = await checkPushEndpointForSend(target.endpoint, { allowLocal: options.allowLocal });
  } catch (error) {
    return { kind: "retry", status: null, retryAfterMs: null, error: `dns: ${(error as Error).message}` };
  }
  if (!checked.ok) return { kind: "rejected", status: null, error: `endpoint refused: ${checked.reason}` };

  let details: webpush.RequestDetails;
  try {
    details = webpush.generateRequestDetails(target, JSON.stringify(payload), {
      vapidDetails: { subject: env.VAPID_SUBJECT, publicKey: env.VAPID_PUBLIC_KEY!, privateKey: env.VAPID_PRIVATE_KEY! },
      TTL: Math.max(0, Math.round(options.ttlSeconds)),
      urgency: options.urgency ?? "normal",
      ...(options.topic ? { topic: options.topic } : {}),
      contentEncoding: "aes128gcm",
    });
  } catch (error) {
    // Bad keys stored with the subscription: no retry can fix that.
    return { kind: "rejected", status: null, error: `encrypt: ${(error as Error).message}` };
  }

  let response: Response;
  try {
    response = await fetch(details.endpoint, {
      method: details.method,
      headers: details.headers as Record<string, string>,
      body: details.body ? new Uint8Array(details.body) : undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    // Only the status and headers matter; a body is not read (it could be any size), just released.
    await response.body?.cancel().catch(() => undefined);
  } catch (error) {
    const name = (error as Error).name;
    return { kind: "retry", status: null, retryAfterMs: null, error: name === "TimeoutError" ? "timeout" : `network: ${(error as Error).message}` };
  }
  const status = response.status;
  if (status >= 200 && status < 300) return { kind: "ok", status };
  if (status === 404 || status === 410) return { kind: "gone", status };
  if (status === 429 || status >= 500) {
    return { kind: "retry", status, retryAfterMs: parseRetryAfter(response.headers.get("retry-after")), error: `http ${status}` };
  }
  return { kind: "rejected", status, error: `http ${status}` };
}
