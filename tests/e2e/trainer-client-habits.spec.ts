import { randomUUID } from "node:crypto";
import { devices, expect, test, type Page } from "@playwright/test";
import { demo, signIn, violations } from "./support";

// Issue 5, habits: on a client's page the trainer assigns a habit, the client sees it on /habits as
// their trainer's, the trainer changes its plan and archives it; then enrolls the client in a habit
// program and ends the enrollment. Maya is a demo client other specs use too: everything here has a
// unique name, the habit is archived at the end, and the program starts next week, so ending it
// removes all its habits and Maya's Today is as the seed left it.

/** A tRPC mutation from a signed-in page (its session cookie goes along). */
async function trpcMutation<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

const addDays = (dayKey: string, days: number) => new Date(Date.parse(`${dayKey}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test("a trainer assigns a habit to a client, edits its plan, archives it, and enrolls the client in a habit program", async ({ page, browser }, testInfo) => {
  // Two people and a good many steps on a production build: more than the default minute.
  test.setTimeout(150_000);
  const suffix = randomUUID().slice(0, 8);
  const habitName = `Read ${suffix}`;
  const programName = `Evening wind-down ${suffix}`;

  // The trainer opens Maya's page from the roster.
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.goto("/trainer/clients");
  await page.getByLabel("Search clients").fill("Maya");
  const table = page.getByRole("table");
  await expect.poll(() => table.getByRole("rowheader").allInnerTexts()).toEqual(["Maya"]);
  await table.getByRole("link", { name: "Maya" }).click();
  await expect(page).toHaveURL(/\/trainer\/clients\/[a-f0-9]{24}$/);
  const clientUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: "Maya" })).toBeVisible();

  // 1. Assign a numeric habit on weekdays, starting on Maya's today (the form's default).
  const habits = page.getByRole("region", { name: "Habits", exact: true });
  await habits.getByRole("button", { name: "Assign a habit" }).click();
  const assignForm = habits.getByRole("form", { name: "Assign a habit to Maya" });
  await expect(assignForm).toBeVisible();
  await expect(assignForm.getByLabel("Start date")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  const todayKey = await assignForm.getByLabel("Start date").inputValue();
  await assignForm.getByLabel("Habit", { exact: true }).fill(habitName);
  await assignForm.getByRole("radio", { name: /^A number Glasses/ }).check();
  await assignForm.getByLabel("Daily target").fill("10");
  await assignForm.getByLabel("Unit").fill("pages");
  await assignForm.getByRole("radio", { name: "On chosen weekdays" }).check();
  await expect(assignForm.getByRole("checkbox", { name: "Monday" })).toBeChecked();
  await expect(assignForm.getByRole("checkbox", { name: "Saturday" })).not.toBeChecked();
  expect(await violations(page), "client page, assigning a habit").toEqual([]);
  await assignForm.getByRole("button", { name: "Assign habit" }).click();
  await expect(habits.getByRole("status")).toContainText(`“${habitName}” assigned to Maya.`);
  await expect(assignForm).toHaveCount(0);
  const habit = habits.getByRole("listitem").filter({ has: page.getByRole("heading", { name: habitName }) });
  await expect(habit).toContainText("Weekdays · 10 pages");
  await expect(habit).toContainText("Assigned by you");
  await expect(habit).toContainText("Streak 0");
  // Habits Maya made herself are shown, but not offered for editing.
  const own = habits.getByRole("listitem").filter({ hasText: "The client's own" });
  await expect(own.first()).toBeVisible();
  await expect(own.first().getByRole("button", { name: /^Edit plan/ })).toHaveCount(0);

  // 2. Maya, on her phone, finds it among her habits, marked as her trainer's.
  const memberContext = await browser.newContext({ ...devices["Pixel 7"], baseURL: testInfo.project.use.baseURL });
  try {
    const phone = await memberContext.newPage();
    await signIn(phone, demo.maya);
    await expect(phone).toHaveURL(/\/today$/);
    await phone.goto("/habits");
    const card = phone.getByTestId("habit-card").filter({ has: phone.getByRole("heading", { name: habitName }) });
    await expect(card).toContainText("From your trainer");
    await expect(card).toContainText("Weekdays · 10 pages");
  } finally {
    await memberContext.close();
  }

  // 3. The trainer raises the target: only the plan is offered (Maya's cue, reminders and routine are hers).
  await habit.getByRole("button", { name: `Edit plan of ${habitName}` }).click();
  const planForm = habit.getByRole("form", { name: `Edit the plan of ${habitName}` });
  await expect(planForm.getByLabel("Daily target")).toHaveValue("10");
  await expect(planForm.getByText("Reminders")).toHaveCount(0);
  await expect(planForm.getByLabel("Routine (optional)")).toHaveCount(0);
  expect(await violations(page), "client page, editing a plan").toEqual([]);
  await planForm.getByLabel("Daily target").fill("15");
  await planForm.getByRole("button", { name: "Save plan" }).click();
  await expect(habits.getByRole("status")).toContainText(`The plan of “${habitName}” is saved.`);
  await expect(habit).toContainText("Weekdays · 15 pages");
  // Stored, not just shown.
  await page.reload();
  await expect(habit).toContainText("Weekdays · 15 pages");

  // 4. Archive it, after a confirmation.
  await habit.getByRole("button", { name: `Archive ${habitName}` }).click();
  const confirmArchive = habit.getByRole("group", { name: `Confirm archiving ${habitName}` });
  await expect(confirmArchive).toContainText("what they checked in so far is kept");
  expect(await violations(page), "client page, confirming an archive").toEqual([]);
  await confirmArchive.getByRole("button", { name: "Yes, archive" }).click();
  await expect(habits.getByRole("status")).toContainText(`“${habitName}” archived.`);
  await expect(habits.getByRole("heading", { name: habitName })).toHaveCount(0);

  // 5. A habit program of two phases; Maya is enrolled from next week (so ending it removes every habit).
  await trpcMutation(page, "habitPrograms.create", {
    content: {
      name: programName,
      description: "",
      phases: [
        {
          name: "Screens off",
          startWeek: 1,
          habits: [{ name: `No screens after 22:00 ${suffix}`, type: "boolean", target: 1, unit: "", schedule: { kind: "daily" }, cue: null, reminders: [], group: "" }],
        },
        {
          name: "Read",
          startWeek: 3,
          habits: [{ name: `Read in bed ${suffix}`, type: "numeric", target: 10, unit: "pages", schedule: { kind: "weekdays", days: [1, 2, 3, 4, 5] }, cue: null, reminders: [], group: "" }],
        },
      ],
    },
  });
  await page.goto(clientUrl);
  const programs = page.getByRole("region", { name: "Habit programs" });
  const enrollForm = programs.getByRole("form", { name: "Enroll in a habit program" });
  await expect(enrollForm.getByLabel("Start date")).toHaveValue(todayKey);
  await enrollForm.getByLabel("Habit program").selectOption({ label: programName });
  await expect(enrollForm).toContainText("2 phases, 2 habits over 3 weeks");
  const startDate = addDays(todayKey, 7);
  await enrollForm.getByLabel("Start date").fill(startDate);
  expect(await violations(page), "client page, enrolling").toEqual([]);
  await enrollForm.getByRole("button", { name: "Enroll" }).click();
  await expect(programs.getByRole("status")).toHaveText(`Enrolled in “${programName}”: 2 habits added.`);
  // The same request again makes nothing twice.
  await enrollForm.getByRole("button", { name: "Enroll" }).click();
  await expect(programs.getByRole("status")).toHaveText(`Already enrolled in “${programName}” from that date: no habits added.`);

  const enrollment = programs.getByRole("listitem").filter({ has: page.getByRole("heading", { name: programName }) });
  await expect(enrollment).toContainText("Active");
  const phases = enrollment.getByRole("list", { name: `Phases of ${programName}` });
  await expect(phases.getByRole("listitem").filter({ hasText: "Screens off" }).first()).toContainText("week 1");
  await expect(phases).toContainText(`No screens after 22:00 ${suffix}`);
  await expect(phases.getByRole("listitem").filter({ hasText: "Read" }).first()).toContainText("week 3");
  await expect(phases).toContainText(`Read in bed ${suffix}`);
  await expect(phases).not.toContainText("(archived)");
  // Its habits are Maya's now, upcoming, and marked as the trainer's.
  const upcoming = habits.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `No screens after 22:00 ${suffix}` }) });
  await expect(upcoming).toContainText("Assigned by you");
  await expect(upcoming).toContainText("starts");

  // 6. End it, after a confirmation that says what happens to the habits.
  await enrollment.getByRole("button", { name: `End ${programName}` }).click();
  const confirmEnd = enrollment.getByRole("group", { name: `Confirm ending ${programName}` });
  await expect(confirmEnd).toContainText("habits that have not started yet are removed");
  await expect(confirmEnd).toContainText("Habits already started stay with Maya");
  expect(await violations(page), "client page, confirming the end of an enrollment").toEqual([]);
  await confirmEnd.getByRole("button", { name: "Yes, end it" }).click();
  await expect(programs.getByRole("status")).toHaveText(`“${programName}” ended: 2 habits not started yet removed.`);
  await expect(enrollment).toContainText("Ended");
  await expect(enrollment.getByRole("button", { name: `End ${programName}` })).toHaveCount(0);
  await expect(phases.getByText("(archived)")).toHaveCount(2);
  await expect(habits.getByRole("heading", { name: `No screens after 22:00 ${suffix}` })).toHaveCount(0);
});
