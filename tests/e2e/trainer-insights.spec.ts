import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demo, signIn, violations } from "./support";

// Desktop project (the trainer's workspace). The demo seed computes insights for the demo members; this
// spec inserts nothing: an empty inbox here means the seed did not produce any, and the test says so.
test("the demo trainer opens the inbox, reads an item's numbers, edits its drafted message and sends it into the client's conversation", async ({ page }) => {
  const marker = `Let's talk it through on Thursday. ${randomUUID().slice(0, 6)}`;

  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Inbox", exact: true }).click();
  await expect(page).toHaveURL(/\/trainer\/inbox$/);
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  // The demo seed has no reduced session waiting for approval: the approvals section renders nothing then.
  await expect(page.getByRole("heading", { name: "Waiting for your approval", exact: true })).toHaveCount(0);

  const items = page.getByRole("list", { name: "Inbox items" }).getByRole("article");
  await expect(items.first(), "The seeded inbox is empty: the demo seed should compute insights for the demo clients (Maya, Sam)").toBeVisible();
  const item = items.filter({ hasText: /Maya|Sam/ }).first();
  await expect(item, "No inbox item for a demo client (Maya or Sam)").toBeVisible();

  // The client's name links to their page: the id tells which conversation to check.
  const clientLink = item.getByRole("link").first();
  const clientName = (await clientLink.innerText()).trim();
  const clientId = /\/trainer\/clients\/([a-f0-9]{24})$/.exec((await clientLink.getAttribute("href")) ?? "")?.[1];
  expect(clientId, "the item names its client").toBeTruthy();
  const title = (await item.getByRole("heading", { level: 3 }).innerText()).trim();

  // The evidence, on request.
  await item.getByText("Show the numbers", { exact: true }).click();
  const numbers = item.getByRole("table");
  await expect(numbers).toBeVisible();
  await expect(numbers.getByRole("rowheader").first()).toBeVisible();
  await expect(numbers.getByRole("cell").first()).toHaveText(/\d/);
  expect(await violations(page)).toEqual([]);

  // The drafted message greets the client by first name; the trainer adds a line and sends it.
  const firstName = clientName.split(/\s+/)[0];
  const box = item.getByLabel(`Message to ${firstName}`, { exact: true });
  const draft = await box.inputValue();
  expect(draft).toContain(firstName);
  const sent = `${draft.trim()}\n\n${marker}`;
  await box.fill(sent);
  await item.getByRole("button", { name: "Send message", exact: true }).click();
  const status = page.getByRole("status").filter({ hasText: `Message sent to ${clientName}.` });
  await expect(status).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // In the conversation, as the trainer's Messages page shows it.
  await status.getByRole("link", { name: "Open the conversation" }).click();
  await expect(page).toHaveURL(new RegExp(`/trainer/messages/${clientId}$`));
  await expect(page.getByRole("heading", { name: clientName, level: 1 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Messages" }).getByText(marker)).toBeVisible();

  // Handled: it stays out of the inbox after a reload, and the client's page marks it sent.
  await page.goto("/trainer/inbox");
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  const same = page.getByRole("article").filter({ has: page.getByRole("link", { name: clientName, exact: true }) }).filter({ has: page.getByRole("heading", { name: title, exact: true }) });
  await expect(same).toHaveCount(0);
  await page.goto(`/trainer/clients/${clientId}`);
  const panel = page.getByRole("region", { name: "Insights", exact: true });
  await expect(panel.getByText("You sent a message about this").first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
