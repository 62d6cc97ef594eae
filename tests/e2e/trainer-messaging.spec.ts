import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { devices, expect, test, type Page } from "@playwright/test";
import ece from "http_ece";
import { demo, signIn, violations, deliverPush } from "./support";

/** A tRPC call from a signed-in page (its session cookie goes along). */
async function trpc<T>(page: Page, path: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, input }) => {
      const response = await fetch(`/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) });
      const body = await response.json();
      if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
      return body.result.data.json;
    },
    { path, input },
  ) as Promise<T>;
}

const notificationsTagged = (page: Page, tag: string) =>
  page.evaluate(async (tag) => (await (await navigator.serviceWorker.ready).getNotifications({ tag })).map((n) => ({ title: n.title, body: n.body, url: n.data?.url })), tag);

// Runs in the desktop project (the trainer's side); Maya gets a second context with a phone viewport.
test("the trainer messages Maya; she sees the badge, reads and replies; the trainer sees Seen and the reply", async ({ browser, page }) => {
  const hello = `Great squats on Monday! Keep the depth. ${randomUUID().slice(0, 6)}`;
  const reply = `Thanks coach, knees felt fine. ${randomUUID().slice(0, 6)}`;

  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.goto("/trainer/messages");
  await expect(page.getByRole("heading", { name: "Messages" })).toBeVisible();
  await page.getByRole("list", { name: "Conversations" }).getByRole("link", { name: /Maya/ }).click();
  await expect(page.getByRole("heading", { name: "Maya" })).toBeVisible();
  await page.getByLabel("Message", { exact: true }).fill(hello);
  await page.getByRole("button", { name: "Send" }).click();
  const thread = page.getByRole("list", { name: "Messages" });
  await expect(thread.getByText(hello)).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const phone = await browser.newContext({ ...devices["Pixel 7"] });
  const maya = await phone.newPage();
  await signIn(maya, demo.maya);
  await expect(maya).toHaveURL(/\/today/);
  const badge = maya.getByRole("link", { name: /^Messages, \d+ unread$/ });
  await expect(badge).toBeVisible();
  await badge.click();
  await expect(maya).toHaveURL(/\/messages$/);
  await expect(maya.getByRole("list", { name: "Messages" }).getByText(hello)).toBeVisible();
  // Opening the conversation read it: the badge goes.
  await expect(maya.getByRole("link", { name: "Messages", exact: true })).toBeVisible();
  expect(await violations(maya)).toEqual([]);
  await maya.getByLabel("Message", { exact: true }).fill(reply);
  await maya.getByRole("button", { name: "Send" }).click();
  await expect(maya.getByRole("list", { name: "Messages" }).getByText(reply)).toBeVisible();

  // The trainer's open conversation refetches on focus and every 15 s; a reload shows it at once.
  const trainerRead = page.waitForResponse((response) => response.url().includes("messages.markRead") && response.ok());
  await page.reload();
  await expect(thread.getByText(reply)).toBeVisible();
  await trainerRead;
  await expect(thread.getByText(/Seen/)).toBeVisible();
  // Reading Maya's reply marks it read for her side too.
  await maya.reload();
  await expect(maya.getByRole("list", { name: "Messages" }).getByText(/Seen/)).toBeVisible();

  await page.goto("/trainer/messages");
  await expect(page.getByRole("list", { name: "Conversations" }).getByRole("link", { name: /Maya/ })).toContainText(reply.slice(0, 20));
  await phone.close();
});

// The push path end to end with no internet (see push.spec.ts): a local push service, the app's real
// sender, decryption here, then the plaintext handed to Maya's real service worker.
test("a new message is pushed to Maya's phone and shown by the service worker, opening /messages on a tap", async ({ browser, page }) => {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const authSecret = randomBytes(16);
  const bodies: Buffer[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      bodies.push(Buffer.concat(chunks));
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/push/${randomUUID()}`;
  const decrypted = () => bodies.map((body) => JSON.parse(ece.decrypt(body, { version: "aes128gcm", privateKey: ecdh, authSecret: authSecret.toString("base64url") }).toString("utf8")));

  const phone = await browser.newContext({ ...devices["Pixel 7"] });
  try {
    await phone.grantPermissions(["notifications"]);
    const maya = await phone.newPage();
    await signIn(maya, demo.maya);
    await expect(maya).toHaveURL(/\/today/);
    await maya.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, { timeout: 20_000 });
    await trpc(maya, "push.subscribe", { endpoint, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: authSecret.toString("base64url") }, deviceLabel: "Maya's phone" });

    await signIn(page, demo.trainer);
    await expect(page).toHaveURL(/\/trainer$/);
    const text = `Rest day tomorrow, then we go heavier. ${randomUUID().slice(0, 6)}`;
    await page.goto("/trainer/messages");
    await page.getByRole("list", { name: "Conversations" }).getByRole("link", { name: /Maya/ }).click();
    await expect(page.getByRole("heading", { name: "Maya" })).toBeVisible();
    await page.getByLabel("Message", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Send" }).click();

    await expect.poll(() => decrypted().filter((payload) => payload.type === "message").length, { timeout: 15_000 }).toBe(1);
    const payload = decrypted().find((candidate) => candidate.type === "message");
    expect(payload).toEqual({ type: "message", title: "Taylor Trainer", body: text, url: "/messages", tag: expect.stringMatching(/^message-[a-f0-9]{24}:[a-f0-9]{24}$/) });

    // DevTools delivery now and then shows nothing (see push.spec.ts): deliver again, the tag replaces.
    await expect(async () => {
      await deliverPush(maya, JSON.stringify(payload));
      await expect.poll(() => notificationsTagged(maya, payload.tag), { timeout: 4_000 }).toEqual([{ title: "Taylor Trainer", body: text, url: "/messages" }]);
    }).toPass({ timeout: 20_000 });
  } finally {
    await phone.close();
    server.close();
  }
});
