import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { homePathFor, type Role } from "@/lib/auth/roles";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { clientAddress, requestIdFrom } from "@/server/http/request-meta";
import { auth } from "./next-auth";

/**
 * Server components read through the same tRPC procedures as the browser (same checks, same audit),
 * with a caller bound to this request's session.
 */
export async function serverCaller() {
  const h = await headers();
  const ctx = await createContextInner({ session: await auth(), requestId: requestIdFrom(h), ip: clientAddress(h) });
  return { caller: createCaller(ctx), user: ctx.user };
}

/** For layouts: the signed-in user, or a redirect to sign-in; `roles` narrows who may see the page. */
export async function requireUser(options: { roles?: Role[]; onboarded?: boolean } = {}) {
  const { caller, user } = await serverCaller();
  if (!user) redirect("/sign-in");
  if (options.roles && !options.roles.includes(user.role)) redirect(`${homePathFor(user.role, user.onboarded)}?denied=1`);
  if (options.onboarded && !user.onboarded) redirect("/onboarding");
  return { caller, user };
}
