/**
 * Runs once when the server starts. Importing lib/env here validates the environment at boot, so a
 * missing secret stops the server with a clear message instead of failing the first request.
 */
export async function register() {
  // NEXT_RUNTIME is inlined by the compiler, not read at run time: this keeps the Node-only server code
  // (crypto, the reminder scheduler) out of the edge build of this file. The app has no edge routes.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("@/server/start-server");
    await startServer();
  }
}
