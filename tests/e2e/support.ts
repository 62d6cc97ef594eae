import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "coach-demo-2026";
export const demo = {
  admin: "admin@demo.charactercoach.app",
  trainer: "trainer@demo.charactercoach.app",
  maya: "maya@demo.charactercoach.app",
  sam: "sam@demo.charactercoach.app",
};

export const freshEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@e2e.charactercoach.app`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
}

/** WCAG 2.1 A and AA violations axe-core finds on the rendered page, as readable strings. */
export async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** On /sign-up: creates a fresh member account and completes onboarding (time zone: the browser's), ending on /today. */
export async function signUpAndOnboard(page: Page, name: string) {
  await page.getByLabel("Email").fill(freshEmail("member"));
  await page.getByLabel("Password").fill("a coach of my own at last");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  await page.getByLabel("What should your coach call you?").fill(name);
  await page.getByLabel("Date of birth").fill("1992-03-14");
  await page.getByText("Prefer not to say", { exact: true }).click();
  await page.getByLabel("Weight (kg)").fill("64");
  await page.getByLabel("Height (cm)").fill("168");
  await page.getByText("Build muscle", { exact: true }).click();
  await page.getByText("Beginner (under a year of regular training)").click();
  await page.getByText("Supportive", { exact: true }).click();
  await page.getByRole("button", { name: "Start coaching" }).click();
  await expect(page).toHaveURL(/\/today$/);
}

/** Hands a push message to the page's service worker as the browser's push service would (DevTools' ServiceWorker.deliverPushMessage). */
export async function deliverPush(page: Page, data: string) {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const registrationId = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((registration) => registration.scopeURL === `${origin}/` && !registration.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId: await registrationId, data });
  await cdp.detach();
}

/** Waits until React has hydrated the page (components/shell/hydration-marker.tsx): a tap before that is lost. */
export async function hydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** A tRPC call from the signed-in page, so it carries the member's session cookie. */
export async function trpc<T>(page: Page, path: string, input: unknown, kind: "query" | "mutation" = "mutation"): Promise<T> {
  return page.evaluate(
    async ({ path, input, kind }) => {
      const response =
        kind === "query"
          ? await fetch(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`)
          : await fetch(`/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) });
      const body = await response.json();
      if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
      return body.result.data.json;
    },
    { path, input, kind },
  ) as Promise<T>;
}

/** A chart.js canvas is visible and painted (axes, points, lines, bars: more than 500 non-transparent pixels). */
export async function expectPainted(canvas: Locator) {
  await expect(canvas).toBeVisible();
  await expect
    .poll(() =>
      canvas.evaluate((element: HTMLCanvasElement) => {
        const { data } = element.getContext("2d")!.getImageData(0, 0, element.width, element.height);
        let painted = 0;
        for (let index = 3; index < data.length; index += 4) if (data[index] > 0) painted += 1;
        return painted;
      }),
    )
    .toBeGreaterThan(500);
}
