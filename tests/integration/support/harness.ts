import { randomInt, randomUUID } from "node:crypto";
import { dayKeyOf } from "@/lib/dates/day-key";
import { afterAll, beforeAll } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { connectDb, disconnectDb } from "@/server/db/connection";
import { createUser, type SessionUser } from "@/server/users/user-service";

/** Connects once per test file to the real database that with-db.mjs started. */
export function useDatabase() {
  beforeAll(async () => {
    await connectDb();
  });
  afterAll(async () => {
    await disconnectDb();
  });
}

export const uniqueEmail = (label = "user") => `${label}-${randomUUID().slice(0, 8)}@test.charactercoach.app`;
export const STRONG_PASSWORD = "a long and sturdy passphrase";

export async function makeUser(role: Role = "member", name: string | null = null): Promise<SessionUser> {
  return createUser({ email: uniqueEmail(role), password: STRONG_PASSWORD, role, name });
}

/** A different documentation-range address each time, so per-address throttles do not couple tests. */
export const randomAddress = () => `198.18.${randomInt(256)}.${randomInt(256)}`;

/** A caller as the HTTP route would build it, for `user` (or signed out with null). */
export async function callerFor(user: { id: string } | null, requestId = `test-${randomUUID()}`, ip = randomAddress()) {
  const ctx = await createContextInner({
    session: user ? { user: { id: user.id } } : null,
    requestId,
    ip,
  });
  return createCaller(ctx);
}

export const validProfile = {
  name: "Robin",
  dateOfBirth: "1991-07-14",
  sex: "female" as const,
  heightCm: 170.2,
  weightKg: 68.04,
  units: { weight: "lb" as const, height: "ft_in" as const },
  timeZone: "Australia/Sydney",
  goal: "build_muscle" as const,
  experience: "intermediate" as const,
  coachPersona: "calm" as const,
  healthNotes: "Herniated disc L5-S1, avoid heavy spinal loading",
};

/** A member who finished onboarding (validProfile, in `timeZone`), their caller and their today. */
export async function onboardedMember(timeZone: string = validProfile.timeZone) {
  const user = await makeUser();
  const caller = await callerFor(user);
  await caller.profile.save({ ...validProfile, timeZone });
  return { user, caller, today: dayKeyOf(new Date(), timeZone) };
}
