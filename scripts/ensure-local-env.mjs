#!/usr/bin/env node
// Development convenience: writes the secrets a local run needs into .env.local (gitignored) when they
// are missing, so `npm start` and `npm test` work on a fresh clone. Production sets them itself and
// fails at boot without them (lib/env).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpush from "web-push"; // CommonJS: its functions hang off the default export

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const file = path.join(root, ".env.local");
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
const has = (name) => new RegExp(`^${name}=.+`, "m").test(current);

const additions = [];
if (!has("AUTH_SECRET")) additions.push(`AUTH_SECRET=${randomBytes(32).toString("base64url")}`);
if (!has("FIELD_ENCRYPTION_KEYS")) additions.push(`FIELD_ENCRYPTION_KEYS=local1:${randomBytes(32).toString("base64")}`);
// Web Push needs a VAPID key pair; both halves are written together so they always match.
if (!has("VAPID_PUBLIC_KEY") || !has("VAPID_PRIVATE_KEY")) {
  const keys = webpush.generateVAPIDKeys();
  additions.push(`VAPID_PUBLIC_KEY=${keys.publicKey}`, `VAPID_PRIVATE_KEY=${keys.privateKey}`);
}

if (additions.length > 0) {
  const header = current ? "" : "# Local secrets written by scripts/ensure-local-env.mjs. Never commit this file.\n";
  writeFileSync(file, `${current}${current && !current.endsWith("\n") ? "\n" : ""}${header}${additions.join("\n")}\n`, { mode: 0o600 });
  console.log(`ensure-local-env: wrote ${additions.map((line) => line.split("=")[0]).join(", ")} to .env.local`);
}
