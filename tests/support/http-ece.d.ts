// http_ece ships no types; only what the tests use (decrypting a Web Push aes128gcm payload).
declare module "http_ece" {
  import type { ECDH } from "node:crypto";

  export type EceParams = {
    version?: "aes128gcm" | "aesgcm" | "aesgcm128";
    key?: Buffer | string;
    keyid?: Buffer | string;
    keymap?: Record<string, ECDH>;
    keylabel?: string;
    /** The receiver's ECDH key pair (its private half decrypts). */
    privateKey?: ECDH;
    dh?: Buffer | string;
    authSecret?: Buffer | string;
    salt?: Buffer | string;
    rs?: number;
    pad?: number;
  };

  export function decrypt(buffer: Buffer, params: EceParams, keyLookupCallback?: (keyid: Buffer) => Buffer): Buffer;
  export function encrypt(buffer: Buffer, params: EceParams, keyLookupCallback?: (keyid: Buffer) => Buffer): Buffer;
  const ece: { decrypt: typeof decrypt; encrypt: typeof encrypt };
  export default ece;
}
