import { defineConfig, devices } from "@playwright/test";

const port = 3100;
// localhost (not 127.0.0.1) everywhere: next-auth redirects to localhost, and cookies stay on one host.
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "mobile", use: { ...devices["Pixel 7"], browserName: "chromium" }, testIgnore: /trainer/ },
    { name: "desktop", use: { ...devices["Desktop Chrome"], browserName: "chromium" }, testMatch: /trainer/ },
  ],
  webServer: {
    command: `next start -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    // Reminders: the scheduler polls every second, and the push e2e test's endpoint is a local server.
    // Every spec signs up from 127.0.0.1: the per-address sign-up limit (10 an hour) would refuse the
    // later ones in a full run.
    env: { APP_URL: baseURL, REMINDER_POLL_SECONDS: "1", PUSH_ALLOW_LOCAL_ENDPOINTS: "1", SIGNUPS_PER_ADDRESS_PER_HOUR: "100" },
  },
});
