import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * The benchmark's baseline (bench/log-set.mjs): the same request as workouts.logSet, answered by a bare
 * route handler that only reads the body. It exists only when BENCH_ROUTES=1.
 */
export async function POST(request: Request) {
  if (env.BENCH_ROUTES !== "1") return new Response("Not found", { status: 404 });
  const body = (await request.json()) as { json?: { setId?: string } };
  return Response.json({ result: { data: { json: { set: { id: body.json?.setId ?? null }, newRecords: [], replayed: false } } } });
}
