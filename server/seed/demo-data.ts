import "server-only";
import type { Role } from "@/lib/auth/roles";
import type { ProfileInput, SessionUser } from "@/server/users/user-service";
import { createUser, findUserForLogin, saveProfile } from "@/server/users/user-service";
import { seedDemoCoaching } from "./demo-coaching";
import { seedDemoHabits } from "./demo-habits";
import { seedDemoHistory, type DemoHistory } from "./demo-history";

/** Demo accounts for local runs and e2e tests. Their password is printed by `npm start`. */
export const DEMO_PASSWORD = "coach-demo-2026";

type DemoAccount = { email: string; role: Role; name: string; profile?: Omit<ProfileInput, "name">; history?: DemoHistory; withHabits?: boolean };

export const demoAccounts: DemoAccount[] = [
  { email: "admin@demo.charactercoach.app", role: "admin", name: "Avery Admin" },
  { email: "trainer@demo.charactercoach.app", role: "trainer", name: "Taylor Trainer" },
  {
    email: "maya@demo.charactercoach.app",
    role: "member",
    name: "Maya",
    history: "own-program",
    withHabits: true,
    profile: {
      dateOfBirth: "1994-03-12",
      sex: "female",
      heightCm: 168,
      weightKg: 64.5,
      units: { weight: "kg", height: "cm" },
      timeZone: "Europe/Berlin",
      goal: "get_stronger",
      experience: "intermediate",
      coachPersona: "analytical",
      healthNotes: "Mild left-knee pain on deep squats (2025).",
    },
  },
  {
    email: "sam@demo.charactercoach.app",
    role: "member",
    name: "Sam",
    history: "assigned-program",
    profile: {
      dateOfBirth: "1988-09-30",
      sex: "male",
      heightCm: 180.3,
      weightKg: 92.99,
      units: { weight: "lb", height: "ft_in" },
      timeZone: "America/New_York",
      goal: "lose_fat",
      experience: "beginner",
      coachPersona: "supportive",
      healthNotes: null,
    },
  },
];

/** Creates the demo accounts that do not exist yet; returns how many were created. Idempotent. */
export async function seedDemoData(): Promise<number> {
  let created = 0;
  const fresh: { account: DemoAccount; user: SessionUser }[] = [];
  for (const account of demoAccounts) {
    if (await findUserForLogin(account.email)) continue;
    const user = await createUser({ email: account.email, password: DEMO_PASSWORD, role: account.role, name: account.name });
    if (account.profile) await saveProfile(user.id, { ...account.profile, name: account.name });
    if (account.withHabits && account.profile) await seedDemoHabits(user, account.profile.timeZone);
    fresh.push({ account, user });
    created += 1;
  }
  await seedDemoCoaching("trainer@demo.charactercoach.app", ["maya@demo.charactercoach.app", "sam@demo.charactercoach.app"]);
  // Eight weeks of training, after the links (Sam's program is assigned by the demo trainer), and only
  // for accounts made in this run: running the seed again adds nothing. Members side by side (quicker).
  await Promise.all(
    fresh.map(({ account, user }) => (account.history && account.profile ? seedDemoHistory(account.history, user, account.profile.timeZone, "trainer@demo.charactercoach.app") : null)),
  );
  // Body measurements (server/body) for the fresh demo members with a training history.
  for (const { account, user } of fresh) if (account.history && account.profile) await (await import("@/server/body/demo-body")).seedDemoBody(user, account.profile.timeZone);
  // Progress extras (a plateau, WHO-5 history) and the training-day rollups (server/seed/demo-progress.ts).
  await (await import("./demo-progress")).seedDemoProgress(fresh.map(({ account, user }) => ({ email: account.email, user, timeZone: account.profile?.timeZone ?? null })));
  // Insights for the fresh demo members, from everything seeded above (the app recomputes them after writes and nightly).
  const { runInsightsFor } = await import("@/server/insights/insight-run");
  for (const { account, user } of fresh) if (account.profile) await runInsightsFor(user.id, { generation: "demo-seed", now: new Date() });
  return created;
}
