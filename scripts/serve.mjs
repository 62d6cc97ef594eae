#!/usr/bin/env node
// Seeds the demo accounts into an empty database (first run) and runs `next start`, then says where to open the app once it
// answers its health check. Runs inside with-db.mjs, so MONGODB_URI is set.
import { spawn, spawnSync } from "node:child_process";

const port = Number(process.env.PORT ?? 3000);
const url = `http://localhost:${port}`;

// Demo accounts (with a published password) only ever go into the embedded database of a local run,
// never into a database named by MONGODB_URI and never in production.
if (process.env.EMBEDDED_DB === "1" && process.env.NODE_ENV !== "production") {
  const seed = spawnSync("tsx", ["--conditions=react-server", "scripts/seed.ts", "--first-run"], { stdio: "inherit" });
  if (seed.status !== 0) process.exit(seed.status ?? 1);
} else {
  console.log("serve: using the database in MONGODB_URI; no demo accounts are added (`npm run seed` adds them).");
}

const server = spawn("next", ["start", "-p", String(port)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.once("exit", (code) => process.exit(code ?? 0));

const deadline = Date.now() + 60_000;
while (Date.now() < deadline) {
  try {
    const res = await fetch(`${url}/api/health`);
    if (res.ok) {
      console.log(`\nCharacter Coach is running: open ${url} (Ctrl-C stops it).\n`);
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}
