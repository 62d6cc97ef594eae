import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Session } from "next-auth";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Role } from "@/lib/auth/roles";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { connectDb } from "@/server/db/connection";
import { AppError, toTRPCError } from "@/server/errors/app-error";
import { requestLogger } from "@/server/logging/logger";
import { findSessionUser, type SessionUser } from "@/server/users/user-service";

export type CreateContextOptions = {
  session: Pick<Session, "user"> | null;
  requestId: string;
  ip: string | null;
  /** Who a queued offline write was made by (header below); null for ordinary calls. */
  expectedUserId?: string | null;
};

// Sent by the phone's write queue: the account a queued write belongs to. A queue drained under
// another account's session (a shared phone, an expired session) must not file one member's training
// under another's, so the call is refused as unauthorized and the write stays queued.
export { EXPECTED_USER_HEADER } from "@/lib/offline/expected-user";

/**
 * The context without HTTP: what tests pass to `createCaller`. The account is read fresh from the
 * database (role, onboarding), so the session cookie only proves who someone is, never what they may do.
 */
export async function createContextInner(options: CreateContextOptions) {
  const db = await connectDb();
  const userId = options.session?.user?.id;
  const user: SessionUser | null = userId ? await findSessionUser(userId) : null;
  const log = requestLogger(options.requestId);
  const actor: AuditActor = { userId: user?.id ?? null, role: user?.role ?? null, requestId: options.requestId, ip: options.ip };
  return { db, user, actor, requestId: options.requestId, log, expectedUserId: options.expectedUserId ?? null };
}

export type Context = Awaited<ReturnType<typeof createContextInner>>;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    // Only input errors carry field details; an output that fails its schema is our bug, not the user's.
    const zodError = error.code === "BAD_REQUEST" && error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      // Never ship a stack trace or a driver message to the browser.
      message: internal ? "Something went wrong on our side. Try again; if it keeps happening, contact support." : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/**
 * Maps service errors (AppError) to tRPC codes, logs what users do not get to see, and writes one
 * access-log line per call (path, outcome, duration: ids only, never inputs, which may be health data).
 */
const errorMapping = t.middleware(async ({ ctx, next, path, type }) => {
  const started = performance.now();
  const result = await next();
  const durationMs = Math.round(performance.now() - started);
  if (result.ok) {
    ctx.log.info({ path, type, code: "OK", durationMs, userId: ctx.user?.id ?? null }, "trpc");
    return result;
  }
  const cause = result.error.cause;
  const error = cause instanceof AppError ? toTRPCError(cause) : result.error;
  if (error.code === "INTERNAL_SERVER_ERROR") {
    const failure = cause ?? result.error;
    ctx.log.error({ err: { name: failure.name, message: failure.message, stack: failure.stack }, path, type, durationMs }, "procedure failed");
  } else {
    ctx.log.info({ path, type, code: error.code, durationMs, userId: ctx.user?.id ?? null }, "trpc");
  }
  return { ...result, error };
});

export const publicProcedure = t.procedure.use(errorMapping);

/** Signed in; narrows `ctx.user` to non-null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  if (ctx.expectedUserId && ctx.expectedUserId !== ctx.user.id) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "These changes belong to another account. Sign in as that member to send them." });
  }
  return next({ ctx: { ...ctx, user: ctx.user, actor: { ...ctx.actor, userId: ctx.user.id, role: ctx.user.role } } });
});

/** Signed in with one of `allowed` roles; everyone else gets FORBIDDEN. */
export function roleProcedure(...allowed: Role[]) {
  return protectedProcedure.use(async ({ ctx, next, path }) => {
    if (!allowed.includes(ctx.user.role)) {
      // A refused attempt is worth a record: it is how probing for other people's data shows up.
      await recordAudit(ctx.actor, { action: "access.denied", subjectType: "procedure", subjectId: path, outcome: "denied" });
      throw new TRPCError({ code: "FORBIDDEN", message: "You do not have access to this." });
    }
    return next();
  });
}

export const trainerProcedure = roleProcedure("trainer", "admin");
export const adminProcedure = roleProcedure("admin");
