import { describe, expect, it } from "vitest";
import { createAppEnv } from "@/lib/env";

const valid = {
  NODE_ENV: "production",
  MONGODB_URI: "mongodb://db.internal:27017/coach",
  AUTH_SECRET: "x".repeat(43),
  FIELD_ENCRYPTION_KEYS: "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
  VAPID_PUBLIC_KEY: "BMjVHcxfvujUTO1MiTWznwry7hEBy8yPjOmLwQFJYtIxgv6ZM0JW_YrW8GipKEKe2PRKoYXs96oDJXVeJuy1l7U",
  VAPID_PRIVATE_KEY: "xL2pKsvaS8IUZEeQzYXZlgu919dAqtV3uOjBTSilMfk",
};

describe("insights environment", () => {
  it("is off by default: no LLM endpoint, 5 s debounce, 2 s poll, 4 s LLM timeout", () => {
    const env = createAppEnv(valid);
    expect(env.INSIGHTS_LLM_URL).toBeUndefined();
    expect(env.INSIGHTS_LLM_API_KEY).toBeUndefined();
    expect(env).toMatchObject({ INSIGHTS_DEBOUNCE_SECONDS: 5, INSIGHTS_POLL_SECONDS: 2, INSIGHTS_LLM_TIMEOUT_MS: 4000, INSIGHTS_LLM_MODEL: "gpt-4o-mini" });
  });

  it("takes an OpenAI-compatible endpoint and its settings", () => {
    const env = createAppEnv({
      ...valid,
      INSIGHTS_LLM_URL: "https://api.openai.com/v1",
      INSIGHTS_LLM_API_KEY: "sk-abc",
      INSIGHTS_LLM_MODEL: "gpt-4.1-mini",
      INSIGHTS_LLM_TIMEOUT_MS: "2500",
      INSIGHTS_DEBOUNCE_SECONDS: "0",
      INSIGHTS_POLL_SECONDS: "10",
    });
    expect(env).toMatchObject({ INSIGHTS_LLM_URL: "https://api.openai.com/v1", INSIGHTS_LLM_API_KEY: "sk-abc", INSIGHTS_LLM_MODEL: "gpt-4.1-mini", INSIGHTS_LLM_TIMEOUT_MS: 2500, INSIGHTS_DEBOUNCE_SECONDS: 0, INSIGHTS_POLL_SECONDS: 10 });
  });

  it("refuses a malformed endpoint or out-of-range numbers, naming the variable", () => {
    expect(() => createAppEnv({ ...valid, INSIGHTS_LLM_URL: "ftp://llm.internal" })).toThrow(/INSIGHTS_LLM_URL/);
    expect(() => createAppEnv({ ...valid, INSIGHTS_LLM_TIMEOUT_MS: "10" })).toThrow(/INSIGHTS_LLM_TIMEOUT_MS/);
    expect(() => createAppEnv({ ...valid, INSIGHTS_DEBOUNCE_SECONDS: "600" })).toThrow(/INSIGHTS_DEBOUNCE_SECONDS/);
    expect(() => createAppEnv({ ...valid, INSIGHTS_POLL_SECONDS: "0" })).toThrow(/INSIGHTS_POLL_SECONDS/);
  });
});
