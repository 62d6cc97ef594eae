import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * AES-256-GCM for sensitive free text (health notes, later journal entries and messages).
 *
 * Each stored value carries the id of the key that sealed it, so keys rotate by adding a new key to
 * FIELD_ENCRYPTION_KEYS and making it active: old values still open, new writes use the new key. The
 * associated data binds a ciphertext to where it belongs (collection, document, field), so a value
 * copied into another member's document fails to open instead of leaking across accounts.
 */
export type EncryptedField = { v: 1; kid: string; iv: string; tag: string; ct: string };

export class FieldDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FieldDecryptionError";
  }
}

const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;

export type FieldCipher = {
  activeKeyId: string;
  encrypt(plaintext: string, context: string): EncryptedField;
  decrypt(value: EncryptedField, context: string): string;
};

export function parseKeyList(list: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of list.split(",")) {
    const [id, material] = entry.trim().split(":");
    const key = Buffer.from(material, "base64");
    if (!id || key.length !== 32) throw new Error(`Encryption key "${id}" must be 32 bytes of base64`);
    keys.set(id, key);
  }
  return keys;
}

export function createFieldCipher(keys: Map<string, Buffer>, activeKeyId?: string): FieldCipher {
  const active = activeKeyId ?? [...keys.keys()].at(-1);
  if (!active || !keys.has(active)) throw new Error(`The active encryption key "${active}" is not in the key list`);

  return {
    activeKeyId: active,
    encrypt(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, keys.get(active)!, iv);
      cipher.setAAD(Buffer.from(context, "utf8"));
      const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return { v: 1, kid: active, iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), ct: ct.toString("base64") };
    },
    decrypt(value, context) {
      const key = keys.get(value.kid);
      if (!key) throw new FieldDecryptionError(`No key "${value.kid}" to open this value (was it removed from FIELD_ENCRYPTION_KEYS?)`);
      try {
        const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(value.iv, "base64"));
        decipher.setAAD(Buffer.from(context, "utf8"));
        decipher.setAuthTag(Buffer.from(value.tag, "base64"));
        return Buffer.concat([decipher.update(Buffer.from(value.ct, "base64")), decipher.final()]).toString("utf8");
      } catch {
        throw new FieldDecryptionError("An encrypted value failed its integrity check (tampered, or moved from elsewhere)");
      }
    },
  };
}

let defaultCipher: FieldCipher | undefined;

/** The cipher configured from the environment. */
export function fieldCipher(): FieldCipher {
  defaultCipher ??= createFieldCipher(parseKeyList(env.FIELD_ENCRYPTION_KEYS), env.FIELD_ENCRYPTION_ACTIVE_KEY);
  return defaultCipher;
}
