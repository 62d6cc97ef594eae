import { TRPCError } from "@trpc/server";
import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { AuditEventModel } from "@/server/audit/audit-model";
import { UserModel } from "@/server/users/user-model";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";

useDatabase();

const rawUser = (id: string) => UserModel.collection.findOne({ _id: new Types.ObjectId(id) });

describe("onboarding and profile", () => {
  it("refuses signed-out callers", async () => {
    const caller = await callerFor(null);
    await expect(caller.profile.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(caller.profile.save(validProfile)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("auth.me tells who is signed in (and nothing about their health)", async () => {
    const user = await makeUser("member", "Mo");
    expect(await (await callerFor(null)).auth.me()).toBeNull();
    expect(await (await callerFor(user)).auth.me()).toEqual({ id: user.id, email: user.email, role: "member", name: "Mo", onboarded: false });
  });

  it("returns null before onboarding", async () => {
    const user = await makeUser();
    expect(await (await callerFor(user)).profile.get()).toBeNull();
  });

  it.each([
    ["an unknown time zone", { timeZone: "Atlantis/Capital" }, "timeZone"],
    ["an under-age date of birth", { dateOfBirth: new Date().toISOString().slice(0, 10) }, "dateOfBirth"],
    ["an impossible weight", { weightKg: 3 }, "weightKg"],
    ["a missing goal", { goal: undefined }, "goal"],
    ["a made-up unit", { units: { weight: "stone", height: "cm" } }, "units"],
  ])("rejects %s with a field error and saves nothing", async (_case, patch, field) => {
    const user = await makeUser();
    const caller = await callerFor(user);
    const error = await caller.profile.save({ ...validProfile, ...patch } as typeof validProfile).then(
      () => null,
      (e: TRPCError) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect(error!.code).toBe("BAD_REQUEST");
    const issues = (error!.cause as unknown as { issues: { path: PropertyKey[] }[] }).issues;
    expect(issues.map((issue) => issue.path[0])).toContain(field);
    const raw = await rawUser(user.id);
    expect(raw!.profile).toBeNull();
    expect(raw!.onboardedAt).toBeNull();
  });

  it("completes onboarding, stores canonical units, and encrypts health notes at rest", async () => {
    const user = await makeUser();
    const caller = await callerFor(user);
    const saved = await caller.profile.save(validProfile);
    expect(saved).toMatchObject({ ...validProfile, onboardedAt: expect.any(Date) });

    const raw = await rawUser(user.id);
    expect(raw!.onboardedAt).toBeInstanceOf(Date);
    expect(raw!.name).toBe("Robin");
    expect(raw!.profile).toMatchObject({ heightCm: 170.2, weightKg: 68.04, units: { weight: "lb", height: "ft_in" }, timeZone: "Australia/Sydney" });
    // The raw document holds no trace of the health note's text.
    const rawJson = JSON.stringify(raw);
    for (const word of ["Herniated", "disc", "L5-S1", "spinal"]) expect(rawJson).not.toContain(word);
    expect(raw!.profile.healthNotes).toMatchObject({ v: 1, kid: "test1" });

    const again = await (await callerFor(user)).profile.get();
    expect(again?.healthNotes).toBe(validProfile.healthNotes);
  });

  it("audits onboarding, every read, and updates with the names (not values) of changed fields", async () => {
    const user = await makeUser();
    await (await callerFor(user, "req-onboard")).profile.save(validProfile);
    await (await callerFor(user, "req-read")).profile.get();
    await (await callerFor(user, "req-update")).profile.save({ ...validProfile, weightKg: 67.5, coachPersona: "analytical" });

    const events = await AuditEventModel.find({ targetUserId: new Types.ObjectId(user.id) }).sort({ at: 1 }).lean();
    const byRequest = Object.fromEntries(events.map((event) => [event.requestId, event]));
    expect(byRequest["req-onboard"]).toMatchObject({ action: "profile.onboard", actorRole: "member", subjectType: "profile" });
    expect(String(byRequest["req-onboard"].actorId)).toBe(user.id);
    expect(byRequest["req-read"]).toMatchObject({ action: "profile.read", outcome: "success" });
    expect(byRequest["req-update"]).toMatchObject({ action: "profile.update" });
    expect((byRequest["req-update"].meta as { fields: string[] }).fields.sort()).toEqual(["coachPersona", "weightKg"]);
    expect(JSON.stringify(events)).not.toContain("Herniated");
  });

  it("clears health notes when the member empties them", async () => {
    const user = await makeUser();
    const caller = await callerFor(user);
    await caller.profile.save(validProfile);
    const cleared = await caller.profile.save({ ...validProfile, healthNotes: "" });
    expect(cleared.healthNotes).toBeNull();
    expect((await rawUser(user.id))!.profile.healthNotes).toBeNull();
  });

  it("keeps the original onboarding time on later edits", async () => {
    const user = await makeUser();
    const first = await (await callerFor(user)).profile.save(validProfile);
    const second = await (await callerFor(user)).profile.save({ ...validProfile, name: "Robin B." });
    expect(second.onboardedAt.getTime()).toBe(first.onboardedAt.getTime());
    expect(second.name).toBe("Robin B.");
  });

  it("refuses to open a health note copied into another member's document", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    await (await callerFor(owner)).profile.save(validProfile);
    await (await callerFor(other)).profile.save({ ...validProfile, healthNotes: null });
    const stolen = (await rawUser(owner.id))!.profile.healthNotes;
    await UserModel.collection.updateOne({ _id: new Types.ObjectId(other.id) }, { $set: { "profile.healthNotes": stolen } });
    const error = await (await callerFor(other)).profile.get().then(
      () => null,
      (e: TRPCError) => e,
    );
    expect(error?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error?.message).not.toContain("Herniated");
  });
});
