import { randomUUID } from "node:crypto";
import { devices, expect, test } from "@playwright/test";
import { demo, freshEmail, signIn, signUpAndOnboard, violations } from "./support";

// Named trainer-… so the desktop project runs it; the member's part runs in a second, phone-sized context.

test("a trainer shares a link; a new member opens it signed out, signs up, accepts; the trainer sees it accepted", async ({ page, browser }, testInfo) => {
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Invitations" }).click();
  await expect(page).toHaveURL(/\/trainer\/invitations$/);
  await expect(page.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();

  // An email invitation shows up in the list, pending, and can be revoked.
  const invited = freshEmail("someone");
  const byEmail = page.getByRole("form", { name: "Invite by email" });
  await byEmail.getByLabel("Member's email").fill(invited);
  await byEmail.getByLabel("Message (optional)").fill("Happy to coach you");
  await byEmail.getByRole("button", { name: "Send invitation" }).click();
  await expect(byEmail.getByText(`Invitation sent to ${invited}`)).toBeVisible();
  const emailRow = page.getByTestId("invitation-row").filter({ hasText: invited });
  await expect(emailRow).toContainText("Pending");
  await emailRow.getByRole("button", { name: `Revoke invitation: ${invited}` }).click();
  await expect(emailRow).toContainText("Revoked");

  // A single-use link, shown once.
  const share = page.getByRole("region", { name: "Share an invitation link" });
  await share.getByLabel("Expires after").selectOption("3");
  await share.getByRole("button", { name: "Create link" }).click();
  const link = share.getByLabel(/^Invitation link/);
  await expect(link).toHaveValue(/\/join\/[A-Za-z0-9_-]{22}$/);
  const url = await link.inputValue();
  const code = url.split("/join/")[1];
  expect(await violations(page), "/trainer/invitations").toEqual([]);

  // The member, on a phone, opens the link before having an account.
  const memberContext = await browser.newContext({ ...devices["Pixel 7"], baseURL: testInfo.project.use.baseURL });
  const phone = await memberContext.newPage();
  await phone.goto(`/join/${code}`);
  await expect(phone.getByRole("heading", { name: "You're invited to be coached" })).toBeVisible();
  expect(await violations(phone), "/join signed out").toEqual([]);
  await phone.getByRole("link", { name: "Create an account" }).click();
  await expect(phone).toHaveURL(/\/sign-up$/);
  const name = `Robin ${randomUUID().slice(0, 4)}`;
  await signUpAndOnboard(phone, name);

  // Today offers to continue with the link opened before signing in.
  const invitations = phone.getByRole("region", { name: "Coaching invitations" });
  await invitations.getByRole("link", { name: "Continue with that invitation" }).click();
  await expect(phone).toHaveURL(new RegExp(`/join/${code}$`));
  await expect(phone.getByRole("heading", { name: "Taylor Trainer invited you" })).toBeVisible();
  expect(await violations(phone), "/join signed in").toEqual([]);
  await phone.getByRole("button", { name: "Accept Taylor Trainer as my trainer" }).click();
  await expect(phone.getByText("Taylor Trainer is now your trainer.")).toBeVisible();
  await phone.getByRole("link", { name: "Continue", exact: true }).click();
  await expect(phone).toHaveURL(/\/today$/);
  await expect(phone.getByRole("region", { name: "Coaching invitations" })).toHaveCount(0);

  // Settings shows the trainer (ending is covered by the integration tests; here only the confirm step).
  await phone.getByRole("link", { name: "Settings" }).click();
  const yourTrainer = phone.getByRole("region", { name: "Your trainer" });
  await expect(yourTrainer).toContainText("Taylor Trainer");
  await yourTrainer.getByRole("button", { name: "End coaching" }).click();
  await expect(yourTrainer.getByRole("group", { name: "Confirm ending coaching" })).toBeVisible();
  await yourTrainer.getByRole("button", { name: "Keep my trainer" }).click();
  expect(await violations(phone), "/settings").toEqual([]);

  // The link cannot be used twice.
  await phone.goto(`/join/${code}`);
  await expect(phone.getByText("Taylor Trainer is already your trainer.")).toBeVisible();
  await memberContext.close();

  // Back on the trainer's desk: the link shows as accepted, by the new member.
  await page.reload();
  const accepted = page.getByTestId("invitation-row").filter({ hasText: name });
  await expect(accepted).toContainText("Invitation link");
  await expect(accepted).toContainText("Accepted");
  await expect(accepted.getByRole("button", { name: /Revoke/ })).toHaveCount(0);

  // The trainer can end it too, from the client's page: the client leaves the roster at once.
  await page.goto("/trainer/clients");
  await page.getByLabel("Search clients").fill(name);
  await page.getByRole("table").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const coaching = page.getByRole("region", { name: "Coaching", exact: true });
  await coaching.getByRole("button", { name: "End coaching" }).click();
  const confirm = coaching.getByRole("group", { name: `Confirm ending coaching with ${name}` });
  await expect(confirm).toContainText("You lose access to their training and habits at once");
  expect(await violations(page), "/trainer/clients/[clientId] ending coaching").toEqual([]);
  await confirm.getByRole("button", { name: "Yes, end coaching" }).click();
  await expect(page).toHaveURL(/\/trainer\/clients$/);
  await page.getByLabel("Search clients").fill(name);
  await expect(page.getByText("No client matches.")).toBeVisible();
});
