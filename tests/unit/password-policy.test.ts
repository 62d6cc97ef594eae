import { describe, expect, it } from "vitest";
import { checkPassword, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { ZSignUpRequestSchema } from "@/lib/schemas/auth";

describe("password policy", () => {
  it("accepts a long passphrase", () => {
    expect(checkPassword("correct horse battery staple", "sam@example.com")).toEqual({ ok: true });
  });

  it.each([
    ["too short", "abc12345!", /at least 10 characters/],
    ["a common password", "Password123", /most common passwords/],
    ["one repeated character", "zzzzzzzzzzzz", /(most common|more different characters)/],
    ["the email address", "samantha-2026!", /contains your email/],
  ])("refuses %s", (_case, password, reason) => {
    const result = checkPassword(password, "samantha@example.com");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it("refuses passwords over 128 characters", () => {
    expect(checkPassword("a1b2c3d4e5".repeat(13)).ok).toBe(false);
  });

  it("puts the reason on the password field of the sign-up schema and normalises the email", () => {
    const result = ZSignUpRequestSchema.safeParse({ email: "  Sam@Example.COM ", password: "short" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["password"] });
    expect(result.error?.issues[0].message).toContain(String(PASSWORD_MIN_LENGTH));
    const ok = ZSignUpRequestSchema.parse({ email: "  Sam@Example.COM ", password: "a sturdy passphrase" });
    expect(ok.email).toBe("sam@example.com");
  });
});
