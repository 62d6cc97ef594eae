import { expect, test } from "@playwright/test";
import { demo, freshEmail, signIn, signOut } from "./support";

test("a visitor signs up, onboards in lb and ft/in, lands on Today, edits Settings, signs out and back in", async ({ page }) => {
  const email = freshEmail("journey");
  const password = "steady progress every week";

  await page.goto("/");
  await page.getByRole("link", { name: "Get started" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);

  // A weak password is explained before anything is sent.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Password is too weak: use at least 10 characters." })).toBeVisible();

  // A taken email gets a clear message from the server.
  await page.getByLabel("Email").fill(demo.maya);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead, or use another email.")).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByRole("heading", { name: "Let's set up your coach" })).toBeVisible();

  // Submitting an empty form shows field errors and keeps the member here.
  await page.getByRole("button", { name: "Start coaching" }).click();
  await expect(page.getByText("Tell us what to call you")).toBeVisible();
  await expect(page).toHaveURL(/\/onboarding$/);

  await page.getByLabel("What should your coach call you?").fill("Jordan");
  await page.getByLabel("Date of birth").fill("1992-04-18");
  await page.getByText("Prefer not to say", { exact: true }).click();
  await page.locator("label").filter({ hasText: /^lb$/ }).click();
  await page.getByLabel("Weight (lb)").fill("176.4");
  await page.locator("label").filter({ hasText: /^ft \+ in$/ }).click();
  await page.getByLabel("Feet").fill("5");
  await page.getByLabel("Inches").fill("9");
  // The time zone is detected from the browser (Playwright's default is the machine's).
  await expect(page.getByLabel("Time zone")).not.toHaveValue("");
  await page.getByLabel("Time zone").selectOption("America/Chicago");
  await page.getByText("Build muscle", { exact: true }).click();
  await page.getByText("Beginner (under a year of regular training)").click();
  await page.getByText("Tough love", { exact: true }).click();
  await page.getByLabel("Injuries or health conditions (optional)").fill("Old shoulder impingement");
  await page.getByRole("button", { name: "Start coaching" }).click();

  await expect(page).toHaveURL(/\/today$/);
  const greeting = page.getByRole("heading", { level: 1 });
  await expect(greeting).toContainText("Jordan");
  await expect(page.getByText("Building muscle doesn't happen by wishing. Show up today and do the work.")).toBeVisible();
  await expect(page.getByText("Goal: Build muscle")).toBeVisible();
  await expect(page.getByText("Coach: Tough love")).toBeVisible();

  // Bottom navigation reaches every section; unfinished ones say so plainly.
  const nav = page.getByRole("navigation", { name: "Sections" });
  await nav.getByRole("link", { name: "Train" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Train" })).toBeVisible();
  await expect(page.getByText("No program running.")).toBeVisible();
  await nav.getByRole("link", { name: "Habits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Habits" })).toBeVisible();
  await expect(page.getByText("Start with one small habit")).toBeVisible();
  await nav.getByRole("link", { name: "Eat" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Eat" })).toBeVisible();
  await nav.getByRole("link", { name: "Mind" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mind" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How are you today?" })).toBeVisible();
  await nav.getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
  // Progress is built now: a new member sees the empty insights and charts, in the units they chose.
  await expect(page.getByText("Coming soon")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Your insights" })).toContainText("No insights yet");
  await expect(page.getByLabel("Weight (lb)")).toBeVisible();

  // Settings shows the saved values in the member's units and saves edits.
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByLabel("Weight (lb)")).toHaveValue("176.4");
  await expect(page.getByLabel("Feet")).toHaveValue("5");
  await expect(page.getByLabel("Inches")).toHaveValue("9");
  await expect(page.getByLabel("Time zone")).toHaveValue("America/Chicago");
  await expect(page.getByLabel("Injuries or health conditions (optional)")).toHaveValue("Old shoulder impingement");
  await page.getByText("Supportive", { exact: true }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await nav.getByRole("link", { name: "Today" }).click();
  await expect(page.getByText("Every small step counts. Let's keep building muscle moving today, one thing at a time.")).toBeVisible();

  await page.getByRole("link", { name: "Settings" }).click();
  await signOut(page);
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, email, "definitely the wrong one");
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Jordan");
});

test("repeated failed sign-ins are throttled with a clear message", async ({ page }) => {
  const email = freshEmail("throttle");
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, email, `wrong guess ${attempt}`);
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
  }
  await signIn(page, email, "another wrong guess");
  await expect(page.getByText("Too many failed sign-ins. Wait a few minutes and try again.")).toBeVisible();
});

test("a member who opens a /trainer URL is sent back to their own app", async ({ page }) => {
  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Maya");

  for (const path of ["/trainer", "/trainer/clients", "/trainer/users"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/today\?denied=1$/);
    await expect(page.getByText("That area is for trainers. You are back on your own Today page.")).toBeVisible();
  }
});
