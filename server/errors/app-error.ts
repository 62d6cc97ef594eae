import { TRPCError } from "@trpc/server";

/** Error codes the services speak, with the HTTP status tRPC answers for each. */
export const appErrorCodes = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type AppErrorCode = keyof typeof appErrorCodes;

/**
 * What services throw when a request cannot be served. The message is written for the person using the
 * app and is shown as is; anything else (a driver error, a bug) reaches them only as a generic message.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
  }
}

/** MongoDB reports a unique-index violation as error 11000, whichever database is behind the driver. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === 11000;
}

export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof AppError) return new TRPCError({ code: error.code, message: error.message, cause: error });
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side.", cause: error });
}
