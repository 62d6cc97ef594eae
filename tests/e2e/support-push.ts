import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import ece from "http_ece";

// Web Push end to end with no internet: the subscription is made here in Node (a P-256 key pair and
// an auth secret, as a browser's push service would hold them) and its endpoint is a local HTTP server.

export type Received = { headers: IncomingHttpHeaders; body: Buffer };

export class FakePushService {
  private server: Server;
  private waiting: Array<(message: Received) => void> = [];
  readonly received: Received[] = [];
  readonly ecdh = createECDH("prime256v1");
  readonly authSecret = randomBytes(16);
  readonly path = `/push/${randomUUID()}`;

  constructor() {
    this.ecdh.generateKeys();
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const message = { headers: request.headers, body: Buffer.concat(chunks) };
        this.received.push(message);
        this.waiting.splice(0).forEach((resolve) => resolve(message));
        response.writeHead(201).end();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${this.path}`;
  }

  next(timeoutMs = 20_000): Promise<Received> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no push message arrived")), timeoutMs);
      this.waiting.push((message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  }

  decrypt(message: Received): string {
    return ece.decrypt(message.body, { version: "aes128gcm", privateKey: this.ecdh, authSecret: this.authSecret.toString("base64url") }).toString("utf8");
  }

  keys() {
    return { p256dh: this.ecdh.getPublicKey().toString("base64url"), auth: this.authSecret.toString("base64url") };
  }

  stop() {
    this.server.close();
  }
}
