#!/usr/bin/env node
// Runs a command with MONGODB_URI pointing at a database.
//
//   node scripts/with-db.mjs [--fresh] -- <command> [args…]   run the command, then stop the database
//   node scripts/with-db.mjs --print                          start the database and wait (Ctrl-C stops it)
//
// When MONGODB_URI is already set (production, a developer's own MongoDB) it only runs the command.
// Otherwise it builds the embedded FerretDB 1.24.2 if missing (needs Go), starts it on a free loopback
// port with its SQLite data under .data/ferretdb (or, with --fresh, a throw-away folder for tests),
// waits until it answers a ping, and stops it when the command exits. Local env files are written if
// missing (ensure-local-env.mjs) and loaded first, so every child (Next, seed, tests) sees the same
// configuration.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import nextEnv from "@next/env";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ferretSource = path.join(root, "scripts", "ferretdb");
const ferretBinary = path.join(root, ".tools", "bin", "ferretdb");
const ferretStamp = `${ferretBinary}.stamp`;
const dbName = "charactercoach";

const args = process.argv.slice(2);
const dashDash = args.indexOf("--");
const flags = dashDash === -1 ? args : args.slice(0, dashDash);
const command = dashDash === -1 ? [] : args.slice(dashDash + 1);
const fresh = flags.includes("--fresh");
const printOnly = flags.includes("--print");
if (!printOnly && command.length === 0) fail("usage: with-db.mjs [--fresh] -- <command> [args…] | --print");

// Local runs get their development secrets written into .env.local first (production sets its own).
if (process.env.NODE_ENV !== "production") {
  const ensured = spawnSync(process.execPath, [path.join(root, "scripts", "ensure-local-env.mjs")], { stdio: "inherit" });
  if (ensured.status !== 0) fail("could not write .env.local");
}
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error });
const childEnv = { ...process.env, PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}` };

if (process.env.MONGODB_URI) {
  if (printOnly) fail("MONGODB_URI is set; there is no embedded database to start.");
  process.exit(await run(command, childEnv));
}

ensureFerretBinary();
removeAbandonedTestData();
const dataDir = fresh
  ? path.join(root, ".data", `test-${Date.now()}-${process.pid}`)
  : path.join(root, ".data", "ferretdb");
mkdirSync(dataDir, { recursive: true });
const releaseLock = fresh ? () => {} : lockDataDir(dataDir);

const { uri, stop } = await startFerret(dataDir);
const cleanup = async () => {
  await stop();
  releaseLock();
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
};

if (printOnly) {
  console.log(`Embedded FerretDB is up: MONGODB_URI=${uri} (data in ${path.relative(root, dataDir)}). Ctrl-C stops it.`);
  await new Promise((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await cleanup();
  process.exit(0);
}

// EMBEDDED_DB tells serve.mjs it may put demo accounts in this database (never in one given to us).
const code = await run(command, { ...childEnv, MONGODB_URI: uri, EMBEDDED_DB: "1" });
await cleanup();
process.exit(code);

function fail(message) {
  console.error(`with-db: ${message}`);
  process.exit(2);
}

function sourceHash() {
  const hash = createHash("sha256");
  for (const file of ["go.mod", "go.sum", "main.go"]) hash.update(readFileSync(path.join(ferretSource, file)));
  return hash.digest("hex");
}

function ensureFerretBinary() {
  const wanted = sourceHash();
  if (existsSync(ferretBinary) && existsSync(ferretStamp) && readFileSync(ferretStamp, "utf8") === wanted) return;
  const go = spawnSync("go", ["version"], { encoding: "utf8" });
  if (go.error || go.status !== 0) {
    fail(
      "Go is needed to build the embedded database (FerretDB 1.24.2) and was not found on PATH.\n" +
        "  Install Go ≥ 1.24 (https://go.dev/dl/), or set MONGODB_URI to a MongoDB ≥ 6 server and run again.",
    );
  }
  console.log("with-db: building the embedded FerretDB 1.24.2 (first run only, about a minute)…");
  const build = spawnSync("go", ["build", "-o", ferretBinary, "."], { cwd: ferretSource, stdio: "inherit" });
  if (build.status !== 0) fail("building FerretDB failed (see the Go output above).");
  writeFileSync(ferretStamp, wanted);
}

// A test run killed before its cleanup leaves .data/test-<time>-<pid>; remove those whose process is gone.
function removeAbandonedTestData() {
  const base = path.join(root, ".data");
  if (!existsSync(base)) return;
  for (const name of readdirSync(base)) {
    const match = /^test-\d+-(\d+)$/.exec(name);
    if (match && Number(match[1]) !== process.pid && !isAlive(Number(match[1]))) {
      rmSync(path.join(base, name), { recursive: true, force: true });
    }
  }
}

// One app per data folder: two FerretDB processes writing the same SQLite files would corrupt them.
function lockDataDir(dir) {
  const lockFile = path.join(dir, "..", `${path.basename(dir)}.lock`);
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"));
    if (pid && isAlive(pid)) fail(`another process (pid ${pid}) is using ${path.relative(root, dir)}; stop it first.`);
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startFerret(dir) {
  const child = spawn(
    ferretBinary,
    [
      "--handler=sqlite",
      `--sqlite-url=file:${dir}/`,
      `--state-dir=${dir}`,
      "--telemetry=disable",
      "--debug-addr=-",
      "--listen-addr=127.0.0.1:0",
      // FerretDB logs every command it lacks (endSessions, …) as a warning; only errors matter here.
      "--log-level=error",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const base = await new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      if (line.startsWith("MONGODB_URI=")) resolve(line.slice("MONGODB_URI=".length));
    });
    child.once("exit", (code) => reject(new Error(`FerretDB exited with code ${code} before listening`)));
  }).catch((error) => fail(error.message));
  const uri = `${base.replace(/\/$/, "")}/${dbName}`;
  await waitForPing(uri);
  return {
    uri,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

async function waitForPing(uri) {
  const { MongoClient } = await import("mongodb");
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1_000 });
    try {
      await client.db(dbName).command({ ping: 1 });
      return;
    } catch (error) {
      if (Date.now() > deadline) fail(`FerretDB did not answer within 30 s: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await client.close().catch(() => {});
    }
  }
}

function run(argv, env) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: "inherit", env });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.once("error", (error) => {
      console.error(`with-db: could not run ${argv[0]}: ${error.message}`);
      resolve(127);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
