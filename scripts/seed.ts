// Seeds the demo accounts (idempotent: existing ones are left alone) and prints the logins.
//   npm run seed                   add any missing demo account
//   … seed.ts --first-run          only into an empty database (what `npm start` does, so pointing
//                                  npm start at a database with real accounts never adds demo ones)
//   … seed.ts --quiet              print nothing
import { env } from "@/lib/env";
import { connectDb, disconnectDb } from "@/server/db/connection";
import { DEMO_PASSWORD, demoAccounts, seedDemoData } from "@/server/seed/demo-data";
import { findUserForLogin } from "@/server/users/user-service";
import { UserModel } from "@/server/users/user-model";

async function main() {
  await connectDb();
  const firstRunOnly = process.argv.includes("--first-run");
  const empty = (await UserModel.estimatedDocumentCount()) === 0;
  const created = !firstRunOnly || empty ? await seedDemoData() : 0;
  const present = await Promise.all(demoAccounts.map(async (account) => ((await findUserForLogin(account.email)) ? account : null)));
  await disconnectDb();
  if (process.argv.includes("--quiet")) return;

  console.log(`Database: ${env.MONGODB_URI.replace(/\/\/[^@]*@/, "//***@")}`);
  if (created > 0) console.log(`seed: created ${created} demo account(s).`);
  const logins = present.filter((account) => account !== null);
  if (firstRunOnly && !empty && logins.length < demoAccounts.length) {
    console.log("seed: the database already has accounts, so demo accounts were not added (`npm run seed` adds them).");
  }
  if (logins.length > 0) {
    console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD})`);
    for (const account of logins) console.log(`  ${account.role.padEnd(8)} ${account.email}`);
  }
}

main().catch((error: unknown) => {
  console.error(`seed: ${(error as Error).message}`);
  process.exit(1);
});
