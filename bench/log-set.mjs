#!/usr/bin/env node
// autocannon against workouts.logSet (signed in as a demo member, each request a new set with a new
// client id, as the phone sends them) and the same request to a bare route handler. Prints both and
// the ratio. Usage: node bench/log-set.mjs <base URL> [seconds]
import { randomUUID } from "node:crypto";
import os from "node:os";
import autocannon from "autocannon";
import superjson from "superjson";

const base = process.argv[2] ?? "http://localhost:3200";
const duration = Number(process.argv[3] ?? 20);
const connections = 10;

/** Signs in through next-auth's credentials flow and returns the cookie header. */
async function signIn(email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/today` }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${response.status} → ${response.headers.get("location")})`);
  return [...cookies, session].join("; ");
}

async function call(cookie, path, input) {
  const response = await fetch(`${base}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(superjson.serialize(input)),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return superjson.deserialize((await response.json()).result.data);
}

function run(title, url, cookie, makeBody, seconds = duration) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: "POST",
        connections,
        duration: seconds,
        headers: { "content-type": "application/json", cookie },
        requests: [{ setupRequest: (request) => ({ ...request, body: makeBody() }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("done", () => undefined);
    process.stderr.write(`measuring ${title} for ${seconds}s…\n`);
  });
}

const cookie = await signIn("sam@demo.charactercoach.app", "coach-demo-2026");
const sessionId = randomUUID();
const entryId = randomUUID();
await call(cookie, "workouts.start", { sessionId, startedAt: new Date(), name: "Benchmark" });
await call(cookie, "workouts.addExercise", { sessionId, entryId, exerciseId: "barbell-bench-press" });
let order = 0;
const body = () =>
  JSON.stringify(
    superjson.serialize({ setId: randomUUID(), sessionId, entryId, order: order++ % 200, type: "working", weightKg: 60 + (order % 40), reps: 5, rpe: 8, completedAt: new Date() }),
  );

// Warm both paths first (compilation, connection pools).
await run("warm-up", `${base}/api/trpc/workouts.logSet`, cookie, body, 5);
await run("warm-up", `${base}/api/bench/log-set`, cookie, body, 3);
const trpc = await run("workouts.logSet", `${base}/api/trpc/workouts.logSet`, cookie, body);
const bare = await run("bare route", `${base}/api/bench/log-set`, cookie, body);

const row = (name, result) =>
  `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx} |`;
console.log(`\nautocannon ${connections} connections × ${duration}s, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}\n`);
console.log("| request | req/s | p50 ms | p99 ms | non-2xx |");
console.log("|---|---|---|---|---|");
console.log(row("workouts.logSet (tRPC, auth, zod, DB write, records, audit)", trpc));
console.log(row("bare route handler, same request", bare));
console.log(`\nlogSet throughput is ${((trpc.requests.average / bare.requests.average) * 100).toFixed(1)}% of the bare route (ratio ${(trpc.requests.average / bare.requests.average).toFixed(3)}).`);
if (trpc.non2xx > 0) process.exitCode = 1;
