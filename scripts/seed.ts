// Seeds the demo accounts (idempotent: existing ones are left alone) and prints the logins.
// Run through `npm run seed` (or `npm start`, which runs it on every start).
import { env } from "@/lib/env";
import { connectDb, disconnectDb } from "@/server/db/connection";
import { DEMO_PASSWORD, demoAccounts, seedDemoData } from "@/server/seed/demo-data";

async function main() {
  await connectDb();
  const created = await seedDemoData();
  await disconnectDb();
  if (process.argv.includes("--quiet")) return;
  console.log(created > 0 ? `seed: created ${created} demo account(s).` : "seed: demo accounts already present.");
  console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD})`);
  for (const account of demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email}`);
  console.log(`Database: ${env.MONGODB_URI.replace(/\/\/[^@]*@/, "//***@")}`);
}

main().catch((error: unknown) => {
  console.error(`seed: ${(error as Error).message}`);
  process.exit(1);
});
