/**
 * Runs once when the server starts. Importing lib/env here validates the environment at boot, so a
 * missing secret stops the server with a clear message instead of failing the first request.
 * (Everything here runs on the Node.js runtime: the app has no edge routes.)
 */
export async function register() {
  await import("@/lib/env");
  // Builds the cipher now, so an active key that is not in the key list stops the boot too.
  const { fieldCipher } = await import("@/server/crypto/field-encryption");
  fieldCipher();
  const { startBackgroundJobs } = await import("@/server/jobs/background-jobs");
  startBackgroundJobs();
}
