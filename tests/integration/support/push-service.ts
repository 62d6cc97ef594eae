import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import ece from "http_ece";

/** A browser-side push subscription made in Node: an ECDH P-256 key pair and a 16-byte auth secret. */
export type TestSubscription = {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  ecdh: ReturnType<typeof createECDH>;
  authSecret: Buffer;
};

export type ReceivedPush = { path: string; headers: IncomingMessage["headers"]; body: Buffer; status: number };
/** How to answer one request; `before` runs (and is awaited) before the answer goes out. */
/** `endless`: the body never ends (a hostile or broken push service); the sender must not read it. */
export type ScriptedAnswer = { status: number; headers?: Record<string, string>; before?: () => Promise<unknown>; endless?: boolean };

/**
 * A stand-in push service on 127.0.0.1: records every request and answers 201, or whatever the test
 * queued for that path (e.g. 410 for an expired subscription, 500 then 201 for a flaky service).
 */
export class LocalPushService {
  readonly received: ReceivedPush[] = [];
  private readonly scripted = new Map<string, ScriptedAnswer[]>();
  private server: Server | null = null;
  private base = "";

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", async () => {
        const path = request.url ?? "/";
        const next: ScriptedAnswer = this.scripted.get(path)?.shift() ?? { status: 201 };
        this.received.push({ path, headers: request.headers, body: Buffer.concat(chunks), status: next.status });
        if (next.before) await next.before();
        response.writeHead(next.status, next.headers ?? {});
        if (next.endless) {
          const timer = setInterval(() => response.write(Buffer.alloc(64 * 1024)), 10);
          response.on("close", () => clearInterval(timer));
          return;
        }
        response.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Answers the next requests to `path` with these statuses (then 201 again). */
  script(path: string, ...answers: ScriptedAnswer[]): void {
    this.scripted.set(path, [...(this.scripted.get(path) ?? []), ...answers]);
  }

  subscription(): TestSubscription {
    const ecdh = createECDH("prime256v1");
    ecdh.generateKeys();
    const authSecret = randomBytes(16);
    return {
      endpoint: `${this.base}/push/${randomUUID()}`,
      keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: authSecret.toString("base64url") },
      ecdh,
      authSecret,
    };
  }

  /** Requests that reached this subscription's endpoint and were answered 2xx. */
  deliveredTo(subscription: { endpoint: string }): ReceivedPush[] {
    const path = new URL(subscription.endpoint).pathname;
    return this.received.filter((push) => push.path === path && push.status < 300);
  }

  requestsTo(subscription: { endpoint: string }): ReceivedPush[] {
    const path = new URL(subscription.endpoint).pathname;
    return this.received.filter((push) => push.path === path);
  }
}

/** Decrypts a received Web Push body (aes128gcm) with the subscription's private key and auth secret. */
export function decryptPush(push: ReceivedPush, subscription: TestSubscription): unknown {
  const plain = ece.decrypt(push.body, { version: "aes128gcm", privateKey: subscription.ecdh, authSecret: subscription.authSecret });
  return JSON.parse(plain.toString("utf8"));
}
