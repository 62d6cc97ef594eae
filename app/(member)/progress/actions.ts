"use server";

import { TRPCError } from "@trpc/server";
import { serverCaller } from "@/server/auth/session";

export type RefreshInsightsState = { ok: true; dueAt: string } | { ok: false; error: string };

/**
 * "Refresh my insights": queues a recompute (due now) and returns at once; the card then polls
 * `insights.mine` until the new run is stored. Goes through the same tRPC procedure as every other
 * write (same session check, same audit), with a caller bound to this request's session.
 */
export async function refreshMyInsightsAction(): Promise<RefreshInsightsState> {
  const { caller, user } = await serverCaller();
  if (!user) return { ok: false, error: "Sign in to refresh your insights." };
  try {
    const result = await caller.insights.refresh();
    return { ok: true, dueAt: result.dueAt.toISOString() };
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { ok: false, error: error.message };
    return { ok: false, error: "Your insights could not be refreshed just now. Try again in a moment." };
  }
}
