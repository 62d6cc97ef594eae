import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { AuditEventModel } from "@/server/audit/audit-model";
import { loginWithPassword } from "@/server/auth/password-login";
import { DEMO_PASSWORD, demoAccounts, seedDemoData } from "@/server/seed/demo-data";
import { UserModel } from "@/server/users/user-model";
import { callerFor, uniqueEmail, useDatabase } from "./support/harness";

useDatabase();

/** Runs a project script the way `npm run admin` does, against this test run's database. */
function runScript(script: string, args: string[]) {
  return spawnSync("npx", ["tsx", "--conditions=react-server", script, ...args], {
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "development" },
    timeout: 60_000,
  });
}

describe("admin command line", () => {
  it("creates a trainer who can sign in with the given password, and audits it", async () => {
    const email = uniqueEmail("cli-trainer");
    const run = runScript("scripts/admin.ts", ["create-trainer", "--email", email, "--name", "Casey Coach", "--password", "coaching since 2009"]);
    expect(run.stderr).not.toMatch(/admin: /);
    expect(run.stdout).toContain(`created trainer ${email}`);
    expect(run.status).toBe(0);

    const user = await UserModel.findOne({ email }).lean();
    expect(user).toMatchObject({ role: "trainer", name: "Casey Coach" });
    expect(await loginWithPassword({ email, password: "coaching since 2009" }, { ip: "192.0.2.200", requestId: null })).toMatchObject({ ok: true, user: { role: "trainer" } });
    const audit = await AuditEventModel.findOne({ action: "user.create", targetUserId: user!._id }).lean();
    expect(audit).toMatchObject({ actorRole: "cli", meta: { role: "trainer" } });
  });

  it("promotes an existing member instead of creating a second account", async () => {
    const email = uniqueEmail("cli-promote");
    expect(runScript("scripts/admin.ts", ["create-trainer", "--email", email, "--name", "First"]).status).toBe(0);
    await UserModel.updateOne({ email }, { $set: { role: "member" } });
    const run = runScript("scripts/admin.ts", ["create-trainer", "--email", email, "--name", "Second"]);
    expect(run.stdout).toContain(`${email} was member, is now trainer`);
    expect(await UserModel.countDocuments({ email })).toBe(1);
  });

  it("refuses bad input with a clear message and a failing exit code", () => {
    const noEmail = runScript("scripts/admin.ts", ["create-trainer", "--name", "X"]);
    expect(noEmail.status).not.toBe(0);
    expect(noEmail.stderr).toContain("admin: give a valid --email");
    const weak = runScript("scripts/admin.ts", ["create-trainer", "--email", uniqueEmail("cli-weak"), "--name", "X", "--password", "password1"]);
    expect(weak.status).not.toBe(0);
    expect(weak.stderr).toContain("Password is too weak");
    const unknown = runScript("scripts/admin.ts", ["make-coffee"]);
    expect(unknown.stderr).toContain("usage: npm run admin");
  });
});

describe("demo seed", () => {
  it("is idempotent and stores the demo health note encrypted", async () => {
    await seedDemoData();
    expect(await seedDemoData()).toBe(0);
    for (const account of demoAccounts) {
      expect(await UserModel.countDocuments({ email: account.email })).toBe(1);
    }
    expect(await loginWithPassword({ email: demoAccounts[1].email, password: DEMO_PASSWORD }, { ip: "192.0.2.201", requestId: null })).toMatchObject({ ok: true, user: { role: "trainer" } });
    const maya = await UserModel.collection.findOne({ email: "maya@demo.charactercoach.app" });
    expect(JSON.stringify(maya)).not.toContain("knee");
    expect(maya!.onboardedAt).toBeInstanceOf(Date);
  }, 180_000); // the first seed writes eight weeks of training history

  it("gives Maya a running program and weeks of workouts, so Train has targets and history", async () => {
    const maya = await UserModel.findOne({ email: "maya@demo.charactercoach.app" }).lean();
    const caller = await callerFor({ id: String(maya!._id) });
    const [program] = await caller.programs.list({});
    expect(program).toMatchObject({ name: "Full body 3×", active: true, weekCount: 12, daysPerWeek: 3 });
    const history = await caller.workouts.history({ limit: 10 });
    expect(history.length).toBeGreaterThanOrEqual(1);
    expect(history.every((session) => session.status === "finished" && session.durationMinutes! > 0)).toBe(true);
    const squat = await caller.workouts.exerciseHistory({ exerciseId: "barbell-back-squat" });
    // Eight weeks of fives going up (server/seed/demo-history.ts); the newest sets are the heaviest.
    expect(squat.length).toBeGreaterThan(3);
    expect(squat.every((set) => set.reps! >= 4)).toBe(true);
    expect(squat[0].weightKg!).toBeGreaterThan(squat.at(-1)!.weightKg!);
  });
});
