import { TRPCError } from "@trpc/server";
import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { AuditEventModel } from "@/server/audit/audit-model";
import { callerFor, makeUser, useDatabase } from "./support/harness";

useDatabase();

// Every procedure under these routers, found from the router itself so a new one cannot be missed.
const allPaths = Object.keys(appRouter._def.procedures);
const trainerPaths = allPaths.filter((path) => path.startsWith("trainer."));
const adminPaths = allPaths.filter((path) => path.startsWith("admin."));

type AnyCaller = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
async function call(user: { id: string } | null, path: string, input?: unknown) {
  const [router, procedure] = path.split(".");
  const caller = (await callerFor(user)) as unknown as AnyCaller;
  return caller[router][procedure](input);
}
async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : `unexpected ${String(error)}`),
  );
}

describe("role refusals", () => {
  it("finds the procedures it guards", () => {
    expect(trainerPaths).toContain("trainer.overview");
    expect(adminPaths).toEqual(expect.arrayContaining(["admin.listUsers", "admin.setRole"]));
  });

  it.each(trainerPaths)("%s: signed out → UNAUTHORIZED, member → FORBIDDEN (audited)", async (path) => {
    const member = await makeUser("member");
    expect(await codeOf(call(null, path))).toBe("UNAUTHORIZED");
    expect(await codeOf(call(member, path))).toBe("FORBIDDEN");
    const denied = await AuditEventModel.findOne({ action: "access.denied", actorId: new Types.ObjectId(member.id) }).lean();
    expect(denied).toMatchObject({ outcome: "denied", subjectType: "procedure", subjectId: path, actorRole: "member" });
  });

  it.each(adminPaths)("%s: signed out → UNAUTHORIZED, member and trainer → FORBIDDEN", async (path) => {
    const member = await makeUser("member");
    const trainer = await makeUser("trainer");
    expect(await codeOf(call(null, path))).toBe("UNAUTHORIZED");
    expect(await codeOf(call(member, path))).toBe("FORBIDDEN");
    expect(await codeOf(call(trainer, path))).toBe("FORBIDDEN");
  });

  it("lets trainers and admins into trainer procedures", async () => {
    const trainer = await makeUser("trainer", "Tess");
    const admin = await makeUser("admin");
    expect(await call(trainer, "trainer.overview")).toMatchObject({ trainer: { id: trainer.id, name: "Tess", role: "trainer" } });
    expect(await call(admin, "trainer.overview")).toMatchObject({ trainer: { id: admin.id, role: "admin" } });
  });
});

describe("admin promotes a member to trainer", () => {
  it("takes effect on the member's very next request and is audited", async () => {
    const admin = await makeUser("admin");
    const member = await makeUser("member");
    expect(await codeOf(call(member, "trainer.overview"))).toBe("FORBIDDEN");

    const result = await call(admin, "admin.setRole", { userId: member.id, role: "trainer" });
    expect(result).toEqual({ userId: member.id, role: "trainer", previousRole: "member" });
    expect(await codeOf(call(member, "trainer.overview"))).toBe("OK");

    const audit = await AuditEventModel.findOne({ action: "user.role_change", targetUserId: new Types.ObjectId(member.id) }).lean();
    expect(audit).toMatchObject({ actorRole: "admin", meta: { from: "member", to: "trainer" } });
    expect(String(audit!.actorId)).toBe(admin.id);

    await call(admin, "admin.setRole", { userId: member.id, role: "member" });
    expect(await codeOf(call(member, "trainer.overview"))).toBe("FORBIDDEN");
  });

  it("refuses to change the admin's own role or another admin's", async () => {
    const admin = await makeUser("admin");
    const otherAdmin = await makeUser("admin");
    expect(await codeOf(call(admin, "admin.setRole", { userId: admin.id, role: "member" }))).toBe("BAD_REQUEST");
    expect(await codeOf(call(admin, "admin.setRole", { userId: otherAdmin.id, role: "member" }))).toBe("FORBIDDEN");
  });

  it("validates the input: unknown user → NOT_FOUND, bad id or role → BAD_REQUEST", async () => {
    const admin = await makeUser("admin");
    expect(await codeOf(call(admin, "admin.setRole", { userId: new Types.ObjectId().toHexString(), role: "trainer" }))).toBe("NOT_FOUND");
    expect(await codeOf(call(admin, "admin.setRole", { userId: "not-an-id", role: "trainer" }))).toBe("BAD_REQUEST");
    const member = await makeUser("member");
    expect(await codeOf(call(admin, "admin.setRole", { userId: member.id, role: "admin" }))).toBe("BAD_REQUEST");
  });

  it("lists and searches users page by page", async () => {
    const admin = await makeUser("admin");
    const tag = `findme${Date.now()}`;
    for (let i = 0; i < 3; i++) await makeUser("member", `${tag} ${i}`);
    const first = (await call(admin, "admin.listUsers", { search: tag, limit: 2 })) as { items: { name: string }[]; nextCursor: string | null };
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = (await call(admin, "admin.listUsers", { search: tag, limit: 2, cursor: first.nextCursor })) as { items: { name: string }[]; nextCursor: string | null };
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.name).sort()).toEqual([`${tag} 0`, `${tag} 1`, `${tag} 2`]);
  });
});
