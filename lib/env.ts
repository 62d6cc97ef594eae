/**
 * The only module that reads `process.env`. Every variable is validated once, when the server starts
 * (instrumentation.ts imports this), so a misconfigured deploy fails at boot with a readable message
 * instead of at the first request that happens to need the variable.
 */
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { supportRegions, ZSupportResourceList } from "@/lib/mind/support-resources";

const keyList = /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/_-]{43}=?$/;

/** Builds the validated environment from a raw record; exported so tests can parse other inputs. */
export function createAppEnv(raw: Record<string, string | undefined>) {
  const isProduction = raw.NODE_ENV === "production";
  // `next build` evaluates route modules without the runtime secrets: they may be absent then (defaults
  // still apply), and the server checks them again when it starts (instrumentation.ts).
  const isBuild = raw.NEXT_PHASE === "phase-production-build";
  const atRuntime = <T extends z.ZodType>(schema: T) => (isBuild ? (schema.optional() as unknown as T) : schema);
  const vapidMissing = (name: string) =>
    isProduction
      ? `${name} is required in production: generate a pair with \`npx web-push generate-vapid-keys\``
      : `${name} is missing: \`npm start\` and \`npm test\` write a development pair into .env.local`;

  return createEnv({
    server: {
      NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
      APP_URL: z.url("APP_URL must be an absolute URL such as https://coach.example.com").default("http://localhost:3000"),
      MONGODB_URI: atRuntime(z
        .string({ error: "MONGODB_URI is missing: run through `npm start`, which starts the embedded database, or point it at MongoDB ≥ 6" })
        .regex(/^mongodb(\+srv)?:\/\//, "MONGODB_URI must start with mongodb:// or mongodb+srv://")),
      AUTH_SECRET: atRuntime(z
        .string({
          error: isProduction
            ? "AUTH_SECRET is required in production: generate one with `openssl rand -base64 32`"
            : "AUTH_SECRET is missing: `npm start` and `npm test` write one into .env.local",
        })
        .min(32, "AUTH_SECRET must be at least 32 characters")),
      AUTH_TRUST_HOST: z.enum(["true", "false"]).default("true"),
      FIELD_ENCRYPTION_KEYS: atRuntime(z
        .string({ error: "FIELD_ENCRYPTION_KEYS is missing: a comma-separated list of keyId:base64(32 bytes)" })
        .refine(
          (value) => value.split(",").every((entry) => keyList.test(entry.trim())),
          "FIELD_ENCRYPTION_KEYS must be keyId:base64key pairs separated by commas, each key 32 bytes",
        )),
      FIELD_ENCRYPTION_ACTIVE_KEY: z.string().optional(),
      LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default(isProduction ? "info" : "warn"),
      LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
      SIGNUPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
      LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86_400).default(15 * 60),
      /** "1" exposes the bare comparison route the benchmark needs (bench/); never in a deployment. */
      BENCH_ROUTES: z.enum(["0", "1"]).default("0"),
      /** Web Push (habit reminders): the VAPID key pair, base64url as `npx web-push generate-vapid-keys` prints it. */
      VAPID_PUBLIC_KEY: atRuntime(z
        .string({ error: vapidMissing("VAPID_PUBLIC_KEY") })
        .regex(/^[A-Za-z0-9_-]{87}$/, "VAPID_PUBLIC_KEY must be a base64url P-256 public key (87 characters)")),
      VAPID_PRIVATE_KEY: atRuntime(z
        .string({ error: vapidMissing("VAPID_PRIVATE_KEY") })
        .regex(/^[A-Za-z0-9_-]{43}$/, "VAPID_PRIVATE_KEY must be a base64url P-256 private key (43 characters)")),
      /** Who push services may contact about this sender. */
      VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)\S+$/, "VAPID_SUBJECT must be a mailto: or https: URL").default("mailto:support@charactercoach.app"),
      /** How often each app instance looks for due reminders. */
      REMINDER_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
      /** "1" lets push endpoints be http://127.0.0.1 / localhost (tests); never in a deployment. */
      PUSH_ALLOW_LOCAL_ENDPOINTS: z.enum(["0", "1"]).default("0"),
      /**
       * Outgoing mail (invitations): smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465.
       * Unset: development and test write each message to the log; production keeps it queued.
       */
      SMTP_URL: z
        .string()
        .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must be smtp://user:pass@host:port or smtps://user:pass@host:port")
        .refine((value) => URL.canParse(value), "SMTP_URL must be a valid URL (percent-encode special characters in the password)")
        .optional(),
      /** The From header of outgoing mail: an address, optionally with a display name. */
      MAIL_FROM: z
        .string()
        .regex(/^[^\r\n]*<?[^\s@<>]+@[^\s@<>]+>?$/, "MAIL_FROM must be an address such as Character Coach <no-reply@example.com>")
        .default("Character Coach <no-reply@charactercoach.app>"),
      /** "1" looks unknown barcodes up on Open Food Facts (an outside service: off unless a deploy opts in). */
      OPEN_FOOD_FACTS_ENABLED: z.enum(["0", "1"]).default("0"),
      /** The Open Food Facts server (a mirror or a staging copy may stand in for the public one). */
      OPEN_FOOD_FACTS_URL: z.url({ protocol: /^https?$/, error: "OPEN_FOOD_FACTS_URL must be an http(s) URL such as https://world.openfoodfacts.org" }).default("https://world.openfoodfacts.org"),
      /** Insights: how long after a write the member's insights are recomputed (more writes push it on, 60 s at most). */
      INSIGHTS_DEBOUNCE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
      /** How often each app instance looks for due insights jobs. */
      INSIGHTS_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(2),
      /**
       * Optional LLM rephrasing of insights: the base URL of any OpenAI-compatible API (…/v1, we POST
       * {url}/chat/completions). Unset (the default): insights keep the offline template wording.
       */
      INSIGHTS_LLM_URL: z.url({ protocol: /^https?$/, error: "INSIGHTS_LLM_URL must be an http(s) base URL such as https://api.openai.com/v1" }).optional(),
      /** Sent as `Authorization: Bearer …` to INSIGHTS_LLM_URL (optional for local servers). */
      INSIGHTS_LLM_API_KEY: z.string().min(1).optional(),
      /** The model name the endpoint expects. */
      INSIGHTS_LLM_MODEL: z.string().min(1).max(200).default("gpt-4o-mini"),
      /** A rephrase that takes longer is abandoned and the template wording kept. */
      INSIGHTS_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),
      /** Whose national crisis lines a flagged wellbeing result shows (ISO country code), besides the international list. */
      SUPPORT_RESOURCES_REGION: z.enum(supportRegions, `SUPPORT_RESOURCES_REGION must be one of ${supportRegions.join(", ")}`).default("international"),
      /** A deployment's own support list instead of the region's: a JSON array of { name, description, url }. */
      SUPPORT_RESOURCES_JSON: z
        .string()
        .transform((text, ctx) => {
          try {
            return ZSupportResourceList.parse(JSON.parse(text));
          } catch {
            ctx.addIssue({ code: "custom", message: "SUPPORT_RESOURCES_JSON must be a JSON array of 1 to 10 { name, description, url (https or null) }" });
            return z.NEVER;
          }
        })
        .optional(),
    },
    client: {},
    runtimeEnv: {
      NODE_ENV: raw.NODE_ENV,
      APP_URL: raw.APP_URL,
      MONGODB_URI: raw.MONGODB_URI,
      AUTH_SECRET: raw.AUTH_SECRET,
      AUTH_TRUST_HOST: raw.AUTH_TRUST_HOST,
      FIELD_ENCRYPTION_KEYS: raw.FIELD_ENCRYPTION_KEYS,
      FIELD_ENCRYPTION_ACTIVE_KEY: raw.FIELD_ENCRYPTION_ACTIVE_KEY,
      LOG_LEVEL: raw.LOG_LEVEL,
      LOGIN_MAX_FAILURES: raw.LOGIN_MAX_FAILURES,
      SIGNUPS_PER_ADDRESS_PER_HOUR: raw.SIGNUPS_PER_ADDRESS_PER_HOUR,
      LOGIN_WINDOW_SECONDS: raw.LOGIN_WINDOW_SECONDS,
      BENCH_ROUTES: raw.BENCH_ROUTES,
      VAPID_PUBLIC_KEY: raw.VAPID_PUBLIC_KEY,
      VAPID_PRIVATE_KEY: raw.VAPID_PRIVATE_KEY,
      VAPID_SUBJECT: raw.VAPID_SUBJECT,
      REMINDER_POLL_SECONDS: raw.REMINDER_POLL_SECONDS,
      PUSH_ALLOW_LOCAL_ENDPOINTS: raw.PUSH_ALLOW_LOCAL_ENDPOINTS,
      SMTP_URL: raw.SMTP_URL,
      MAIL_FROM: raw.MAIL_FROM,
      OPEN_FOOD_FACTS_ENABLED: raw.OPEN_FOOD_FACTS_ENABLED,
      OPEN_FOOD_FACTS_URL: raw.OPEN_FOOD_FACTS_URL,
      SUPPORT_RESOURCES_REGION: raw.SUPPORT_RESOURCES_REGION,
      INSIGHTS_DEBOUNCE_SECONDS: raw.INSIGHTS_DEBOUNCE_SECONDS,
      INSIGHTS_POLL_SECONDS: raw.INSIGHTS_POLL_SECONDS,
      INSIGHTS_LLM_URL: raw.INSIGHTS_LLM_URL,
      INSIGHTS_LLM_API_KEY: raw.INSIGHTS_LLM_API_KEY,
      INSIGHTS_LLM_MODEL: raw.INSIGHTS_LLM_MODEL,
      INSIGHTS_LLM_TIMEOUT_MS: raw.INSIGHTS_LLM_TIMEOUT_MS,
      SUPPORT_RESOURCES_JSON: raw.SUPPORT_RESOURCES_JSON,
    },
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      const lines = issues.map((issue) => {
        const path = issue.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".") ?? "";
        return `  - ${path}: ${issue.message}`;
      });
      throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
    },
  });
}

export type AppEnv = ReturnType<typeof createAppEnv>;

export const env: AppEnv = createAppEnv(process.env);
