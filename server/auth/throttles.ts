import "server-only";
import mongoose from "mongoose";
import { RateLimiterMemory, RateLimiterMongo, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { oneAtATime } from "@/server/db/one-at-a-time";

export const RATE_LIMIT_COLLECTION = "rate_limits";

type Limiters = { byAccount: RateLimiterMongo; byAddress: RateLimiterMongo; signUpsByAddress: RateLimiterMongo };
let limiters: Limiters | undefined;

// Built on first use, after the connection exists. Indexes are ours (see db/indexes.ts): the library's
// own include a TTL index, which FerretDB lacks; expired counters are purged by a job instead.
function getLimiters(): Limiters {
  if (limiters) return limiters;
  const make = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterMongo({
      storeClient: mongoose.connection,
      tableName: RATE_LIMIT_COLLECTION,
      keyPrefix,
      points,
      duration,
      disableIndexesCreation: true,
      // If the database hiccups, keep throttling in memory rather than letting every attempt through.
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
    });
  limiters = {
    // An attacker guessing one account's password, from anywhere.
    byAccount: make("login_account", env.LOGIN_MAX_FAILURES, env.LOGIN_WINDOW_SECONDS),
    // One address spraying guesses over many accounts; looser, as households and offices share one.
    byAddress: make("login_address", env.LOGIN_MAX_FAILURES * 4, env.LOGIN_WINDOW_SECONDS),
    // Account creation costs an argon2 hash and probes which emails exist: bounded per address.
    signUpsByAddress: make("signup_address", env.SIGNUPS_PER_ADDRESS_PER_HOUR, 60 * 60),
  };
  return limiters;
}

export type ThrottleState = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts this sign-in attempt against the account and the address *before* the password is checked
 * (atomically, in the database), so parallel guesses cannot all slip under the limit together.
 * A successful sign-in gives its point back (settleSuccessfulLogin), so only failures accumulate.
 */
export function claimLoginAttempt(email: string, address: string): Promise<ThrottleState> {
  return oneAtATime(`login:${email}`, () => claimNow(email, address));
}

async function claimNow(email: string, address: string): Promise<ThrottleState> {
  const { byAccount, byAddress } = getLimiters();
  const results = await Promise.allSettled([byAccount.consume(email), byAddress.consume(address)]);
  let wait = 0;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    wait = Math.max(wait, Math.max(1, Math.ceil(result.reason.msBeforeNext / 1000)));
  }
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

export async function settleSuccessfulLogin(email: string, address: string): Promise<void> {
  const { byAccount, byAddress } = getLimiters();
  await Promise.all([byAccount.delete(email), byAddress.reward(address, 1)]);
}

/** Counts one sign-up attempt from `address`; false once the address has used its hourly allowance. */
export async function consumeSignUpAllowance(address: string): Promise<ThrottleState> {
  try {
    await getLimiters().signUpsByAddress.consume(address);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}

/** Deletes counters whose window has passed (in place of a TTL index). */
export async function purgeExpiredRateLimits(now = new Date()): Promise<number> {
  const result = await mongoose.connection.collection(RATE_LIMIT_COLLECTION).deleteMany({ expire: { $lt: now } });
  return result.deletedCount;
}
