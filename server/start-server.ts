import "server-only";
import "@/lib/env";
import { fieldCipher } from "@/server/crypto/field-encryption";
import { startBackgroundJobs } from "@/server/jobs/background-jobs";

/** Boot checks and background work, from instrumentation.ts on the Node.js runtime. */
export async function startServer(): Promise<void> {
  // Builds the cipher now, so an active key that is not in the key list stops the boot too.
  fieldCipher();
  startBackgroundJobs();
}
