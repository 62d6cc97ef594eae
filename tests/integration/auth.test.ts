import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { AuditEventModel } from "@/server/audit/audit-model";
import { loginWithPassword } from "@/server/auth/password-login";
import { UserModel } from "@/server/users/user-model";
import { callerFor, STRONG_PASSWORD, uniqueEmail, useDatabase } from "./support/harness";

useDatabase();

async function expectTRPCError(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}

describe("sign-up", () => {
  it("creates a member with an argon2id hash, normalised email, and an audit record", async () => {
    const email = uniqueEmail("signup");
    const caller = await callerFor(null, "req-signup-1", "203.0.113.7");
    const { userId } = await caller.auth.signUp({ email: `  ${email.toUpperCase()} `, password: STRONG_PASSWORD });

    const raw = await UserModel.collection.findOne({ email });
    expect(raw).not.toBeNull();
    expect(String(raw!._id)).toBe(userId);
    expect(raw!.role).toBe("member");
    expect(raw!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(JSON.stringify(raw)).not.toContain(STRONG_PASSWORD);

    const audit = await AuditEventModel.findOne({ action: "auth.sign_up", targetUserId: raw!._id }).lean();
    expect(audit).toMatchObject({ outcome: "success", requestId: "req-signup-1", ip: "203.0.113.7", subjectType: "user" });
  });

  it("refuses a weak password with a field error and creates nothing", async () => {
    const email = uniqueEmail("weak");
    const caller = await callerFor(null);
    const error = await expectTRPCError(caller.auth.signUp({ email, password: "password123" }), "BAD_REQUEST");
    expect(error.message).toContain("most common passwords");
    expect(await UserModel.exists({ email })).toBeNull();
  });

  it("refuses an invalid email", async () => {
    const caller = await callerFor(null);
    await expectTRPCError(caller.auth.signUp({ email: "not-an-email", password: STRONG_PASSWORD }), "BAD_REQUEST");
  });

  it("refuses a taken email (any case) with CONFLICT and a clear message", async () => {
    const email = uniqueEmail("taken");
    const caller = await callerFor(null);
    await caller.auth.signUp({ email, password: STRONG_PASSWORD });
    const error = await expectTRPCError(caller.auth.signUp({ email: email.toUpperCase(), password: STRONG_PASSWORD }), "CONFLICT");
    expect(error.message).toBe("An account with this email already exists. Sign in instead, or use another email.");
    expect(await UserModel.countDocuments({ email })).toBe(1);
  });

  it("relies on the unique index when two sign-ups race past the existence check", async () => {
    const email = uniqueEmail("race");
    const doc = { email, passwordHash: "x", role: "member" };
    await UserModel.collection.insertOne({ ...doc });
    await expect(UserModel.collection.insertOne({ ...doc })).rejects.toMatchObject({ code: 11000 });
    expect(await UserModel.countDocuments({ email })).toBe(1);
  });

  it("limits account creation from one address to 10 an hour, with a clear message", async () => {
    const ip = "203.0.113.200";
    const caller = await callerFor(null, "req-signup-flood", ip);
    for (let i = 0; i < 10; i++) await caller.auth.signUp({ email: uniqueEmail("flood"), password: STRONG_PASSWORD });
    const email = uniqueEmail("flood");
    const error = await expectTRPCError(caller.auth.signUp({ email, password: STRONG_PASSWORD }), "TOO_MANY_REQUESTS");
    expect(error.message).toMatch(/^Too many new accounts from this network\. Try again in \d+ minutes\.$/);
    expect(await UserModel.exists({ email })).toBeNull();
    expect(await AuditEventModel.countDocuments({ action: "auth.sign_up", outcome: "denied", ip })).toBe(1);
    // Another address is unaffected.
    await (await callerFor(null)).auth.signUp({ email, password: STRONG_PASSWORD });
  });

  it("has the unique email index in the database itself", async () => {
    const indexes = await UserModel.collection.indexes();
    expect(indexes.find((index) => index.name === "email_unique")).toMatchObject({ unique: true, key: { email: 1 } });
  });
});

describe("sign-in", () => {
  const request = (ip: string) => ({ ip, requestId: `req-${ip}` });

  it("signs in with the right password and audits it", async () => {
    const email = uniqueEmail("login");
    await (await callerFor(null)).auth.signUp({ email, password: STRONG_PASSWORD });
    const result = await loginWithPassword({ email: email.toUpperCase(), password: STRONG_PASSWORD }, request("198.51.100.1"));
    expect(result).toMatchObject({ ok: true, user: { email, role: "member" } });
    const audit = await AuditEventModel.findOne({ action: "auth.sign_in", requestId: "req-198.51.100.1" }).lean();
    expect(audit?.outcome).toBe("success");
  });

  it("says only 'invalid credentials' for a wrong password and for an unknown email, auditing both", async () => {
    const email = uniqueEmail("wrong");
    await (await callerFor(null)).auth.signUp({ email, password: STRONG_PASSWORD });
    expect(await loginWithPassword({ email, password: "not the password" }, request("198.51.100.2"))).toEqual({ ok: false, code: "invalid_credentials" });
    expect(await loginWithPassword({ email: uniqueEmail("ghost"), password: "whatever it is" }, request("198.51.100.2"))).toEqual({ ok: false, code: "invalid_credentials" });
    const failures = await AuditEventModel.find({ action: "auth.sign_in", requestId: "req-198.51.100.2" }).lean();
    expect(failures.map((f) => [f.outcome, (f.meta as { reason: string }).reason]).sort()).toEqual([
      ["failure", "unknown_email"],
      ["failure", "wrong_password"],
    ]);
  });

  it("throttles an account after repeated failures, even from new addresses and with the right password", async () => {
    const email = uniqueEmail("brute");
    await (await callerFor(null)).auth.signUp({ email, password: STRONG_PASSWORD });
    for (let i = 0; i < 5; i++) {
      expect(await loginWithPassword({ email, password: `guess number ${i}` }, request(`192.0.2.${i}`))).toEqual({ ok: false, code: "invalid_credentials" });
    }
    const blocked = await loginWithPassword({ email, password: STRONG_PASSWORD }, request("192.0.2.99"));
    expect(blocked).toMatchObject({ ok: false, code: "too_many_attempts" });
    if (!blocked.ok) expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    const denied = await AuditEventModel.findOne({ action: "auth.sign_in", requestId: "req-192.0.2.99" }).lean();
    expect(denied?.outcome).toBe("denied");
  });

  it("limits a burst of parallel guesses to the same five checks", async () => {
    const email = uniqueEmail("burst");
    await (await callerFor(null)).auth.signUp({ email, password: STRONG_PASSWORD });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => loginWithPassword({ email, password: `parallel guess ${i}` }, request(`192.0.2.${100 + i}`))),
    );
    const checked = results.filter((r) => !r.ok && r.code === "invalid_credentials").length;
    expect(checked).toBe(5);
    expect(results.filter((r) => !r.ok && r.code === "too_many_attempts")).toHaveLength(15);
  });

  it("throttles one address spraying many accounts", async () => {
    const ip = "198.51.100.77";
    for (let i = 0; i < 20; i++) await loginWithPassword({ email: uniqueEmail("spray"), password: "spray attempt" }, request(ip));
    const email = uniqueEmail("victim");
    await (await callerFor(null)).auth.signUp({ email, password: STRONG_PASSWORD });
    expect(await loginWithPassword({ email, password: STRONG_PASSWORD }, request(ip))).toMatchObject({ code: "too_many_attempts" });
    // The same account from another address is fine: the block is on the address.
    expect(await loginWithPassword({ email, password: STRONG_PASSWORD }, request("198.51.100.78"))).toMatchObject({ ok: true });
  });

  it("resets an account's failure count after a successful sign-in", async () => {
    const email = uniqueEmail("reset");
    await (await callerFor(null)).auth.signUp({ email, password: STRONG_PASSWORD });
    for (let i = 0; i < 4; i++) await loginWithPassword({ email, password: `bad ${i} attempt` }, request("203.0.113.50"));
    expect(await loginWithPassword({ email, password: STRONG_PASSWORD }, request("203.0.113.51"))).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await loginWithPassword({ email, password: `bad ${i} again` }, request("203.0.113.52"));
    expect(await loginWithPassword({ email, password: STRONG_PASSWORD }, request("203.0.113.53"))).toMatchObject({ ok: true });
  });

  it("rejects malformed input without touching the database", async () => {
    expect(await loginWithPassword({ email: "nope", password: "" }, request("203.0.113.60"))).toEqual({ ok: false, code: "invalid_input" });
    expect(await loginWithPassword(undefined, request("203.0.113.60"))).toEqual({ ok: false, code: "invalid_input" });
  });
});
