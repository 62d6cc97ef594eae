import { expect } from "vitest";
import { dayKeyOf } from "@/lib/dates/day-key";
import { linkClient } from "@/server/coaching/coaching-service";
import { callerFor, makeUser, validProfile } from "./harness";
import { codeOf, type Caller } from "./training";

/**
 * The cast of the trainer authorization matrix: the client's own trainer, another trainer (with a client
 * of their own), the client, another member and nobody signed in.
 */
export async function coachingCast() {
  const [trainerUser, otherTrainerUser, clientUser, otherMemberUser] = await Promise.all([makeUser("trainer", "Tess Trainer"), makeUser("trainer", "Otto Other"), makeUser("member", "Cleo Client"), makeUser("member", "Mo Member")]);
  const [trainer, otherTrainer, client, otherMember, signedOut] = await Promise.all([
    callerFor(trainerUser),
    callerFor(otherTrainerUser),
    callerFor(clientUser),
    callerFor(otherMemberUser),
    callerFor(null),
  ]);
  await client.profile.save(validProfile);
  await otherMember.profile.save({ ...validProfile, name: "Mo", healthNotes: null });
  await linkClient(trainerUser.id, clientUser.id);
  await linkClient(otherTrainerUser.id, otherMemberUser.id);
  return {
    users: { trainer: trainerUser, otherTrainer: otherTrainerUser, client: clientUser, otherMember: otherMemberUser },
    callers: { trainer, otherTrainer, client, otherMember, signedOut },
    /** The client's today (validProfile's zone), for day-keyed inputs. */
    today: dayKeyOf(new Date(), validProfile.timeZone),
  };
}

export type CoachingCast = Awaited<ReturnType<typeof coachingCast>>;

/**
 * Runs `call` as every member of the cast: everyone but the client's own trainer is refused
 * (signed out: UNAUTHORIZED, the rest FORBIDDEN), and the trainer's call succeeds. The refused calls go
 * first, so a call that writes is made once, by the trainer; the trainer's result is returned.
 */
export async function expectOnlyTheClientsTrainer<T>(cast: CoachingCast, call: (caller: Caller) => Promise<T>): Promise<T> {
  const { otherTrainer, client, otherMember, signedOut, trainer } = cast.callers;
  expect.soft(await codeOf(call(signedOut)), "signed out").toBe("UNAUTHORIZED");
  expect.soft(await codeOf(call(otherTrainer)), "another trainer").toBe("FORBIDDEN");
  expect.soft(await codeOf(call(client)), "the member").toBe("FORBIDDEN");
  expect.soft(await codeOf(call(otherMember)), "another member").toBe("FORBIDDEN");
  return call(trainer);
}
