import "server-only";
import pino from "pino";
import { env } from "@/lib/env";

/**
 * Structured JSON logs. Health data never belongs in a log line: callers log ids and outcomes, and the
 * redaction list is a second line of defence for fields that might slip into an error object.
 */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "character-coach" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "healthNotes",
      "*.healthNotes",
      "profile",
      "*.profile",
      "headers.cookie",
      "headers.authorization",
      "*.headers.cookie",
      "*.headers.authorization",
    ],
    censor: "[redacted]",
  },
});

export function requestLogger(requestId: string) {
  return logger.child({ requestId });
}

export type Logger = typeof logger;
