import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Test-only values: the unit layer never connects, the integration layer gets MONGODB_URI from with-db.
const env = {
  NODE_ENV: "test" as const,
  AUTH_SECRET: "test-secret-test-secret-test-secret-0123456789",
  FIELD_ENCRYPTION_KEYS: "test1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
  LOG_LEVEL: "silent",
  LOGIN_MAX_FAILURES: "5",
  // A fixed test-only VAPID pair; local push endpoints (an HTTP server inside the test) are allowed.
  VAPID_PUBLIC_KEY: "BMjVHcxfvujUTO1MiTWznwry7hEBy8yPjOmLwQFJYtIxgv6ZM0JW_YrW8GipKEKe2PRKoYXs96oDJXVeJuy1l7U",
  VAPID_PRIVATE_KEY: "xL2pKsvaS8IUZEeQzYXZlgu919dAqtV3uOjBTSilMfk",
  PUSH_ALLOW_LOCAL_ENDPOINTS: "1",
  MONGODB_URI: process.env.MONGODB_URI ?? "mongodb://127.0.0.1:9/unit-tests-never-connect",
};

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "tests/support/server-only.ts") },
    ],
  },
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], env } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          env,
          // One embedded database for the run; files go one after another so their timings stay sane.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
