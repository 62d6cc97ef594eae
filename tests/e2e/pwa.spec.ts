import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("the app is installable: manifest with maskable icon, a service worker, no installability errors but incognito", async ({ page, context }) => {
  await page.goto("/sign-in");
  // The service worker registers and takes control of the page.
  await page.waitForFunction(async () => Boolean(await navigator.serviceWorker.getRegistration("/")), null, { timeout: 20_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.active?.scriptURL)).toMatch(/\/sw\.js$/);

  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ display: "standalone", start_url: "/today" });
  expect(manifest.icons).toEqual(expect.arrayContaining([expect.objectContaining({ purpose: "maskable", sizes: "512x512" })]));
  for (const icon of manifest.icons) {
    const res = await page.request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
  }

  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
  const appManifest = await cdp.send("Page.getAppManifest");
  expect(appManifest.errors).toEqual([]);
});

test("with the network cut, a page that cannot load shows the offline page", async ({ page, context }) => {
  await page.goto("/sign-in");
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, { timeout: 20_000 });
  // The offline page is precached when the worker installs.
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match("/offline", { ignoreSearch: true }))), { timeout: 20_000 })
    .toBe(true);

  await context.setOffline(true);
  await page.goto("/today").catch(() => undefined);
  await expect(page.getByRole("heading", { name: "You're offline" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await context.setOffline(false);
});

test("security headers are on every page", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // The page still works under that policy: its scripts ran (the form is interactive).
  const cspErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  await page.reload();
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password").fill("whatever it is");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  expect(cspErrors).toEqual([]);
});

test("when a new version is deployed, the app offers a reload and switches to it", async ({ page }) => {
  const swFile = path.join(process.cwd(), "public", "sw.js");
  const original = readFileSync(swFile, "utf8");
  try {
    await page.goto("/sign-in");
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, { timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
    await expect(page.getByText("A new version of Character Coach is ready.")).toHaveCount(0);

    // A deploy: the worker script changes; the browser finds it on its next update check.
    writeFileSync(swFile, `${original}\n// deployed ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.update());

    const prompt = page.getByRole("status").filter({ hasText: "A new version of Character Coach is ready." });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    // Nothing switches under the member until they choose to.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration("/"))?.waiting))).toBe(true);

    await Promise.all([page.waitForEvent("load"), prompt.getByRole("button", { name: "Reload" }).click()]);
    await expect(prompt).toHaveCount(0);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration("/"))?.waiting))).toBe(false);
  } finally {
    writeFileSync(swFile, original);
  }
});
