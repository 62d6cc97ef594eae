import { describe, expect, it } from "vitest";
import { createAppEnv } from "@/lib/env";
import { defaultSupportResources, regionalSupportResources, resolveSupportResources } from "@/lib/mind/support-resources";

const base = {
  NODE_ENV: "test",
  MONGODB_URI: "mongodb://127.0.0.1:27017/coach",
  AUTH_SECRET: "x".repeat(43),
  FIELD_ENCRYPTION_KEYS: "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
  VAPID_PUBLIC_KEY: "BMjVHcxfvujUTO1MiTWznwry7hEBy8yPjOmLwQFJYtIxgv6ZM0JW_YrW8GipKEKe2PRKoYXs96oDJXVeJuy1l7U",
  VAPID_PRIVATE_KEY: "xL2pKsvaS8IUZEeQzYXZlgu919dAqtV3uOjBTSilMfk",
};
const names = (list: { name: string }[]) => list.map((resource) => resource.name);

describe("support resources by region", () => {
  it("shows the international list by default, emergency services first", () => {
    const env = createAppEnv(base);
    expect(env.SUPPORT_RESOURCES_REGION).toBe("international");
    expect(resolveSupportResources(env.SUPPORT_RESOURCES_REGION, env.SUPPORT_RESOURCES_JSON ?? null)).toEqual(defaultSupportResources);
  });

  it("puts a region's national lines after emergency services and before the rest of the international list", () => {
    const env = createAppEnv({ ...base, SUPPORT_RESOURCES_REGION: "GB" });
    expect(names(resolveSupportResources(env.SUPPORT_RESOURCES_REGION, null))).toEqual([
      "Emergency services",
      "Samaritans",
      "NHS 111",
      "Find A Helpline",
      "World Health Organization: mental health",
    ]);
    expect(names(resolveSupportResources("US", null))).toContain("988 Suicide & Crisis Lifeline");
    for (const list of Object.values(regionalSupportResources)) for (const resource of list) expect(resource.url).toMatch(/^https:\/\//);
  });

  it("uses a deployment's own list instead of the region's, keeping the international list", () => {
    const custom = [{ name: "Acme employee assistance", description: "Call 0800 000 000, any time.", url: "https://eap.example.com" }, { name: "Site nurse", description: "Building 2, weekdays." }];
    const env = createAppEnv({ ...base, SUPPORT_RESOURCES_REGION: "DE", SUPPORT_RESOURCES_JSON: JSON.stringify(custom) });
    const shown = resolveSupportResources(env.SUPPORT_RESOURCES_REGION, env.SUPPORT_RESOURCES_JSON ?? null);
    expect(names(shown)).toEqual(["Emergency services", "Acme employee assistance", "Site nurse", "Find A Helpline", "World Health Organization: mental health"]);
    expect(shown[2].url).toBeNull();
  });

  it("refuses an unknown region or a malformed list at start-up, saying what is expected", () => {
    expect(() => createAppEnv({ ...base, SUPPORT_RESOURCES_REGION: "XX" })).toThrow(/SUPPORT_RESOURCES_REGION must be one of international, US/);
    expect(() => createAppEnv({ ...base, SUPPORT_RESOURCES_JSON: "[{" })).toThrow(/SUPPORT_RESOURCES_JSON must be a JSON array/);
    expect(() => createAppEnv({ ...base, SUPPORT_RESOURCES_JSON: JSON.stringify([{ name: "X", description: "Y", url: "http://insecure.example.com" }]) })).toThrow(/SUPPORT_RESOURCES_JSON/);
    expect(() => createAppEnv({ ...base, SUPPORT_RESOURCES_JSON: "[]" })).toThrow(/SUPPORT_RESOURCES_JSON/);
  });
});
