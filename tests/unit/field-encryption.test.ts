import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createFieldCipher, FieldDecryptionError, parseKeyList, type EncryptedField } from "@/server/crypto/field-encryption";

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const context = "users:64b000000000000000000001:profile.healthNotes";
const secret = "Torn ACL in 2019; asthma, uses an inhaler before runs.";

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, "base64");
  bytes[0] ^= 0x01;
  return bytes.toString("base64");
}

describe("field encryption (AES-256-GCM)", () => {
  const cipher = createFieldCipher(new Map([["k1", k1]]));

  it("round-trips text, including non-ASCII", () => {
    const text = `${secret} Knie schmerzt — 膝 🦵`;
    expect(cipher.decrypt(cipher.encrypt(text, context), context)).toBe(text);
  });

  it("stores no plaintext and uses a fresh IV each time", () => {
    const a = cipher.encrypt(secret, context);
    const b = cipher.encrypt(secret, context);
    expect(JSON.stringify(a)).not.toContain("ACL");
    expect(Buffer.from(a.ct, "base64").toString("utf8")).not.toContain("ACL");
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(a).toMatchObject({ v: 1, kid: "k1" });
    expect(Buffer.from(a.iv, "base64")).toHaveLength(12);
  });

  it.each([
    ["ciphertext", (v: EncryptedField) => ({ ...v, ct: flipFirstByte(v.ct) })],
    ["auth tag", (v: EncryptedField) => ({ ...v, tag: flipFirstByte(v.tag) })],
    ["IV", (v: EncryptedField) => ({ ...v, iv: flipFirstByte(v.iv) })],
  ])("detects a tampered %s", (_part, tamper) => {
    const sealed = tamper(cipher.encrypt(secret, context));
    expect(() => cipher.decrypt(sealed, context)).toThrow(FieldDecryptionError);
  });

  it("refuses a value moved to another document or field", () => {
    const sealed = cipher.encrypt(secret, context);
    expect(() => cipher.decrypt(sealed, "users:64b000000000000000000002:profile.healthNotes")).toThrow(FieldDecryptionError);
  });

  it("rotates keys: new writes use the active key, old values still open", () => {
    const before = createFieldCipher(new Map([["k1", k1]]));
    const old = before.encrypt(secret, context);
    const after = createFieldCipher(new Map([["k1", k1], ["k2", k2]]), "k2");
    expect(after.activeKeyId).toBe("k2");
    expect(after.encrypt(secret, context).kid).toBe("k2");
    expect(after.decrypt(old, context)).toBe(secret);
  });

  it("says which key is missing when a value's key was removed", () => {
    const sealed = cipher.encrypt(secret, context);
    const other = createFieldCipher(new Map([["k2", k2]]));
    expect(() => other.decrypt(sealed, context)).toThrow(/No key "k1"/);
  });

  it("parses the key list and rejects keys that are not 32 bytes", () => {
    const keys = parseKeyList(`a:${k1.toString("base64")}, b:${k2.toString("base64")}`);
    expect([...keys.keys()]).toEqual(["a", "b"]);
    expect(() => parseKeyList(`a:${randomBytes(16).toString("base64")}`)).toThrow(/32 bytes/);
    expect(() => createFieldCipher(keys, "zzz")).toThrow(/not in the key list/);
  });
});
