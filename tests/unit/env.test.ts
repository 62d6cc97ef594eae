import { describe, expect, it } from "vitest";
import { createAppEnv } from "@/lib/env";

const key = "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const valid = {
  NODE_ENV: "production",
  MONGODB_URI: "mongodb://db.internal:27017/coach",
  AUTH_SECRET: "x".repeat(43),
  FIELD_ENCRYPTION_KEYS: key,
  VAPID_PUBLIC_KEY: "BMjVHcxfvujUTO1MiTWznwry7hEBy8yPjOmLwQFJYtIxgv6ZM0JW_YrW8GipKEKe2PRKoYXs96oDJXVeJuy1l7U",
  VAPID_PRIVATE_KEY: "xL2pKsvaS8IUZEeQzYXZlgu919dAqtV3uOjBTSilMfk",
};

describe("environment parsing", () => {
  it("accepts a complete production environment and applies defaults", () => {
    const env = createAppEnv(valid);
    expect(env.MONGODB_URI).toBe(valid.MONGODB_URI);
    expect(env.LOG_LEVEL).toBe("info");
    expect(env.LOGIN_MAX_FAILURES).toBe(5);
    expect(env.SIGNUPS_PER_ADDRESS_PER_HOUR).toBe(10);
    expect(env.LOGIN_WINDOW_SECONDS).toBe(900);
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("coerces numbers and keeps explicit values", () => {
    const env = createAppEnv({ ...valid, LOGIN_MAX_FAILURES: "3", LOG_LEVEL: "debug", APP_URL: "https://coach.example.com" });
    expect(env.LOGIN_MAX_FAILURES).toBe(3);
    expect(env.LOG_LEVEL).toBe("debug");
    expect(env.APP_URL).toBe("https://coach.example.com");
  });

  it("refuses a production start without AUTH_SECRET, saying how to make one", () => {
    const { AUTH_SECRET: _omit, ...rest } = valid;
    expect(() => createAppEnv(rest)).toThrow(/AUTH_SECRET is required in production: generate one with `openssl rand -base64 32`/);
  });

  it("treats an empty AUTH_SECRET as missing", () => {
    expect(() => createAppEnv({ ...valid, AUTH_SECRET: "" })).toThrow(/AUTH_SECRET is required in production/);
  });

  it("points developers at npm start when the secret is missing outside production", () => {
    const { AUTH_SECRET: _omit, ...rest } = valid;
    expect(() => createAppEnv({ ...rest, NODE_ENV: "development" })).toThrow(/npm start/);
  });

  it("rejects a short secret, a non-MongoDB URI and malformed encryption keys, naming each", () => {
    let message = "";
    try {
      createAppEnv({ ...valid, AUTH_SECRET: "short", MONGODB_URI: "postgres://x", FIELD_ENCRYPTION_KEYS: "k1:tooshort" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("AUTH_SECRET: AUTH_SECRET must be at least 32 characters");
    expect(message).toContain("MONGODB_URI: MONGODB_URI must start with mongodb://");
    expect(message).toContain("FIELD_ENCRYPTION_KEYS: FIELD_ENCRYPTION_KEYS must be keyId:base64key pairs");
  });

  it("accepts several encryption keys for rotation", () => {
    const env = createAppEnv({ ...valid, FIELD_ENCRYPTION_KEYS: `${key}, k2:ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=`, FIELD_ENCRYPTION_ACTIVE_KEY: "k2" });
    expect(env.FIELD_ENCRYPTION_ACTIVE_KEY).toBe("k2");
  });

  it("lets `next build` run without runtime secrets, with defaults still applied", () => {
    const env = createAppEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" });
    expect(env.MONGODB_URI).toBeUndefined();
    expect(env.LOG_LEVEL).toBe("info");
  });

  it("applies the push and reminder defaults", () => {
    const env = createAppEnv(valid);
    expect(env.VAPID_SUBJECT).toBe("mailto:support@charactercoach.app");
    expect(env.REMINDER_POLL_SECONDS).toBe(30);
    expect(env.PUSH_ALLOW_LOCAL_ENDPOINTS).toBe("0");
  });

  it("refuses a production start without VAPID keys, saying how to make them", () => {
    const { VAPID_PRIVATE_KEY: _omit, ...rest } = valid;
    expect(() => createAppEnv(rest)).toThrow(/VAPID_PRIVATE_KEY is required in production: generate a pair with `npx web-push generate-vapid-keys`/);
  });

  it("rejects a malformed VAPID key, a bad subject and an out-of-range poll interval", () => {
    let message = "";
    try {
      createAppEnv({ ...valid, VAPID_PUBLIC_KEY: "short", VAPID_SUBJECT: "support@example.com", REMINDER_POLL_SECONDS: "0", PUSH_ALLOW_LOCAL_ENDPOINTS: "yes" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("VAPID_PUBLIC_KEY: VAPID_PUBLIC_KEY must be a base64url P-256 public key");
    expect(message).toContain("VAPID_SUBJECT: VAPID_SUBJECT must be a mailto: or https: URL");
    expect(message).toContain("REMINDER_POLL_SECONDS");
    expect(message).toContain("PUSH_ALLOW_LOCAL_ENDPOINTS");
  });

  it("takes an optional SMTP server and a From address, refusing other schemes and header injection", () => {
    expect(createAppEnv(valid)).toMatchObject({ SMTP_URL: undefined, MAIL_FROM: "Character Coach <no-reply@charactercoach.app>" });
    expect(createAppEnv({ ...valid, SMTP_URL: "smtps://mailer:p%40ss@smtp.example.com:465", MAIL_FROM: "Coach <hi@example.com>" })).toMatchObject({
      SMTP_URL: "smtps://mailer:p%40ss@smtp.example.com:465",
      MAIL_FROM: "Coach <hi@example.com>",
    });
    expect(() => createAppEnv({ ...valid, SMTP_URL: "http://smtp.example.com" })).toThrow(/SMTP_URL must be smtp:\/\/user:pass@host:port/);
    expect(() => createAppEnv({ ...valid, MAIL_FROM: "Coach <hi@example.com>\r\nBcc: all@example.com" })).toThrow(/MAIL_FROM must be an address/);
    expect(() => createAppEnv({ ...valid, MAIL_FROM: "no address here" })).toThrow(/MAIL_FROM must be an address/);
  });

  it("keeps Open Food Facts off by default and takes another server when given", () => {
    expect(createAppEnv(valid)).toMatchObject({ OPEN_FOOD_FACTS_ENABLED: "0", OPEN_FOOD_FACTS_URL: "https://world.openfoodfacts.org" });
    expect(createAppEnv({ ...valid, OPEN_FOOD_FACTS_ENABLED: "1", OPEN_FOOD_FACTS_URL: "http://off-mirror.internal:8080" })).toMatchObject({
      OPEN_FOOD_FACTS_ENABLED: "1",
      OPEN_FOOD_FACTS_URL: "http://off-mirror.internal:8080",
    });
  });

  it("rejects an Open Food Facts switch other than 0/1 and a URL that is not http(s)", () => {
    expect(() => createAppEnv({ ...valid, OPEN_FOOD_FACTS_ENABLED: "true" })).toThrow(/OPEN_FOOD_FACTS_ENABLED/);
    expect(() => createAppEnv({ ...valid, OPEN_FOOD_FACTS_URL: "world.openfoodfacts.org" })).toThrow(/OPEN_FOOD_FACTS_URL must be an http\(s\) URL/);
    expect(() => createAppEnv({ ...valid, OPEN_FOOD_FACTS_URL: "ftp://openfoodfacts.org" })).toThrow(/OPEN_FOOD_FACTS_URL must be an http\(s\) URL/);
  });

  it("rejects an unknown log level", () => {
    expect(() => createAppEnv({ ...valid, LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});
