import { pingDb } from "@/server/db/connection";
import { logger } from "@/server/logging/logger";

export const dynamic = "force-dynamic";

/** Liveness and readiness in one: 200 when the database answers, 503 otherwise. */
export async function GET() {
  try {
    const up = await pingDb();
    return Response.json({ status: up ? "ok" : "degraded", database: up ? "up" : "down" }, { status: up ? 200 : 503 });
  } catch (error) {
    logger.warn({ err: { message: (error as Error).message } }, "health check: database unreachable");
    return Response.json({ status: "error", database: "down" }, { status: 503 });
  }
}
