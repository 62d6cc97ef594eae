import { randomUUID } from "node:crypto";
import { devices, expect, test, type Page } from "@playwright/test";
import { demo, signIn, signUpAndOnboard, violations } from "./support";

// Issue 5's journey in one run: the trainer invites, a brand-new member accepts, the trainer assigns a
// program, the member sees it on Today and logs it, the trainer sees the compliance change and
// comments, the member replies. Named trainer-… so the desktop project runs it; the member's part
// runs in a second, phone-sized context in Berlin (the zone onboarding detects and days follow).

const MEMBER_ZONE = "Europe/Berlin";

/** Today in the member's zone: its YYYY-MM-DD key and ISO weekday (1 = Monday). */
function todayIn(timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" }).formatToParts(new Date()).map((part) => [part.type, part.value]),
  );
  return { todayKey: `${parts.year}-${parts.month}-${parts.day}`, weekday: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday) + 1 };
}

/** A tRPC mutation from a signed-in page (its session cookie goes along). */
async function trpcMutation<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** The roster row of one client, found through the search box (the roster is paginated). */
async function rosterRow(page: Page, name: string) {
  await page.goto("/trainer/clients");
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await page.getByLabel("Compliance period").selectOption("7");
  await page.getByLabel("Search clients").fill(name);
  const table = page.getByRole("table");
  await expect.poll(() => table.getByRole("rowheader").allInnerTexts()).toEqual([name]);
  return table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
}

test("trainer invites, member accepts, trainer assigns a program, member logs it on Today's day, trainer sees compliance and comments, member replies", async ({ page, browser }, testInfo) => {
  // Two people, about forty steps, a production build: more than the default minute.
  test.setTimeout(180_000);
  const suffix = randomUUID().slice(0, 6);
  const memberName = `Jordan ${suffix}`;
  const programName = `Coached squat block ${suffix}`;
  const dayName = "Squat day";
  const workoutName = `${programName}: ${dayName}`;
  const comment = "Great depth today";
  const reply = "Thanks! Knees felt fine.";

  // 1. The trainer creates a single-use invitation link.
  await signIn(page, demo.trainer);
  await expect(page).toHaveURL(/\/trainer$/);
  await page.goto("/trainer/invitations");
  await expect(page.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();
  const share = page.getByRole("region", { name: "Share an invitation link" });
  await share.getByRole("button", { name: "Create link" }).click();
  const link = share.getByLabel(/^Invitation link/);
  await expect(link).toHaveValue(/\/join\/[A-Za-z0-9_-]{22}$/);
  const code = (await link.inputValue()).split("/join/")[1];

  // 2. A brand-new member on a phone in Berlin opens it, signs up, onboards and accepts.
  const memberContext = await browser.newContext({ ...devices["Pixel 7"], timezoneId: MEMBER_ZONE, baseURL: testInfo.project.use.baseURL });
  try {
    const phone = await memberContext.newPage();
    await phone.goto(`/join/${code}`);
    await expect(phone.getByRole("heading", { name: "You're invited to be coached" })).toBeVisible();
    await phone.getByRole("link", { name: "Create an account" }).click();
    await expect(phone).toHaveURL(/\/sign-up$/);
    await signUpAndOnboard(phone, memberName);
    // Nothing to train yet: no program, so no workout card on Today.
    await expect(phone.getByRole("region", { name: "Today's workout" })).toHaveCount(0);
    await phone.getByRole("region", { name: "Coaching invitations" }).getByRole("link", { name: "Continue with that invitation" }).click();
    await expect(phone).toHaveURL(new RegExp(`/join/${code}$`));
    await phone.getByRole("button", { name: "Accept Taylor Trainer as my trainer" }).click();
    await expect(phone.getByText("Taylor Trainer is now your trainer.")).toBeVisible();
    await phone.getByRole("link", { name: "Continue", exact: true }).click();
    await expect(phone).toHaveURL(/\/today$/);

    // 3. The trainer writes a small template (one day, on today's weekday in Berlin) and assigns it
    //    from the program's page to the new client, starting today.
    const { todayKey, weekday } = todayIn(MEMBER_ZONE);
    const program = await trpcMutation<{ id: string }>(page, "programs.create", {
      content: {
        name: programName,
        description: "",
        weeks: [
          {
            days: [
              {
                name: dayName,
                weekday,
                slots: [
                  {
                    id: randomUUID(),
                    kind: "single",
                    exercises: [
                      {
                        exerciseId: "barbell-back-squat",
                        sets: [1, 2].map(() => ({ type: "working", reps: { min: 5, max: 5 }, load: { kind: "absolute", kg: 60 } })),
                        restSeconds: 120,
                        progression: { kind: "linear", incrementKg: 2.5 },
                        notes: "",
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    await page.goto(`/trainer/programs/${program.id}`);
    const section = page.getByRole("region", { name: "Clients on this program" });
    await expect(section.getByText("Not assigned to any client yet.")).toBeVisible();
    await section.getByRole("button", { name: "Assign to clients" }).click();
    const dialog = page.getByRole("dialog", { name: `Assign “${programName}”` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("checkbox", { name: memberName, exact: true }).check();
    await dialog.getByLabel("Start date").fill(todayKey);
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(dialog.getByRole("list", { name: "Assignment results" })).toContainText(`${memberName}: Assigned`);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByRole("list", { name: "Assignments" }).getByRole("listitem").filter({ hasText: memberName })).toContainText(`From ${todayKey}`);

    // Before the member trains: on the program, but nothing asked yet over 7 days (today counts once done).
    const before = await rosterRow(page, memberName);
    await expect(before.getByRole("cell").nth(1)).toHaveText("Workouts —");
    await expect(before).toContainText(programName);
    expect(await violations(page), "/trainer/clients").toEqual([]);

    // 4. The member finds today's program day on Today, then logs it on Train, one tap a set.
    await phone.reload();
    const todayWorkout = phone.getByRole("region", { name: "Today's workout" });
    await expect(todayWorkout).toContainText(programName);
    await expect(todayWorkout).toContainText(`${dayName} · week 1`);
    await expect(todayWorkout).toContainText("1 exercise: Barbell Back Squat");
    await todayWorkout.getByRole("link", { name: "Open in Train" }).click();
    await expect(phone).toHaveURL(/\/train$/);
    await expect(phone.getByText("60 kg × 5, 60 kg × 5")).toBeVisible();
    await phone.getByRole("button", { name: `Start ${dayName}` }).click();
    await expect(phone.getByRole("heading", { name: workoutName, level: 1 })).toBeVisible();
    const squat = phone.getByRole("form", { name: "Next set of Barbell Back Squat" });
    await expect(squat.getByLabel("Weight (kg)", { exact: true })).toHaveValue("60");
    await squat.getByRole("button", { name: "Log set 1" }).click();
    await squat.getByRole("button", { name: "Log set 2" }).click();
    await expect(phone.getByRole("list", { name: "Sets of Barbell Back Squat" }).getByRole("listitem")).toHaveCount(2);
    await expect(phone.getByTestId("sync-status")).toHaveText("All changes saved", { timeout: 30_000 });
    await phone.getByRole("button", { name: "Finish" }).click();
    await phone.getByLabel("How hard was it? (RPE 1–10)").selectOption("7");
    await phone.getByLabel("Duration (minutes)").fill("30");
    await phone.getByRole("button", { name: "Save workout" }).click();
    await expect(phone.getByText("Workout saved: 2 sets, session load 210.")).toBeVisible();
    // The finish has reached the server (the outbox is empty); Train re-reads its recent workouts.
    await expect(phone.getByTestId("sync-status")).toHaveCount(0, { timeout: 30_000 });
    await phone.getByRole("region", { name: "Recent workouts" }).getByRole("link", { name: new RegExp(`^${workoutName}`) }).click();
    await expect(phone).toHaveURL(/\/train\/workout\/[0-9a-f-]{36}$/);
    await expect(phone.getByRole("heading", { name: workoutName, level: 1 })).toBeVisible();
    await expect(phone.getByText(/2 sets · 30 min · RPE 7 · load 210/)).toBeVisible();
    await expect(phone.getByText("No comments from your trainer yet.")).toBeVisible();

    // 5. The trainer's roster shows the change (nothing asked → 1 of 1 done); the client page shows
    //    the workout with its sets, and the trainer comments on it.
    const after = await rosterRow(page, memberName);
    await expect(after.getByRole("cell").nth(1)).toHaveText("Workouts 100%");
    await expect(after.getByRole("cell").nth(0)).toHaveText("Today");
    await after.getByRole("link", { name: memberName }).click();
    await expect(page).toHaveURL(/\/trainer\/clients\/[a-f0-9]{24}$/);
    const clientUrl = page.url();
    await expect(page.getByRole("heading", { level: 1, name: memberName })).toBeVisible();
    const compliance = page.getByRole("region", { name: "Compliance" });
    await expect(compliance.getByRole("row", { name: /^7 days/ }).getByRole("cell").first()).toHaveText("Workouts 100%");
    await expect(page.getByRole("region", { name: "Profile" })).toContainText(MEMBER_ZONE);
    await expect(page.getByRole("region", { name: "Program" }).getByRole("listitem").filter({ hasText: `Today: ${dayName}` })).toContainText("Done");
    const workout = page.getByRole("region", { name: "Recent workouts" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name: workoutName }) });
    await expect(workout).toContainText("Barbell Back Squat: 60 kg × 5, 60 kg × 5");
    await expect(workout).toContainText("30 min · RPE 7");
    expect(await violations(page), "/trainer/clients/[clientId]").toEqual([]);
    await workout.locator("summary", { hasText: "Comments" }).click();
    const trainerComments = workout.getByRole("list", { name: "Workout comments" });
    await expect(workout.getByText("No comments yet. Tell your client how it went.")).toBeVisible();
    await workout.getByLabel("Add a comment").fill(comment);
    await workout.getByRole("button", { name: "Post comment" }).click();
    await expect(trainerComments.getByRole("listitem")).toHaveCount(1);
    await expect(trainerComments.getByRole("listitem").first()).toContainText(`You ·`);
    await expect(trainerComments.getByRole("listitem").first()).toContainText(comment);
    await expect(workout.getByLabel("Add a comment")).toHaveValue("");
    expect(await violations(page), "/trainer/clients/[clientId] with comments open").toEqual([]);

    // 6. The member sees the trainer's comment on the workout page and replies.
    await phone.reload();
    const memberComments = phone.getByRole("list", { name: "Workout comments" });
    await expect(memberComments.getByRole("listitem")).toHaveCount(1);
    await expect(memberComments.getByRole("listitem").first()).toContainText("Taylor Trainer (your trainer)");
    await expect(memberComments.getByRole("listitem").first()).toContainText(comment);
    await phone.getByLabel("Reply", { exact: true }).fill(reply);
    await phone.getByRole("button", { name: "Post reply" }).click();
    await expect(memberComments.getByRole("listitem")).toHaveCount(2);
    await expect(memberComments.getByRole("listitem").nth(1)).toContainText(`You ·`);
    await expect(memberComments.getByRole("listitem").nth(1)).toContainText(reply);
    expect(await violations(phone), "/train/workout/[sessionId]").toEqual([]);

    // 7. Back on the client page (reloaded), the trainer sees the reply under the comment.
    await page.goto(clientUrl);
    await expect(page.getByRole("heading", { level: 1, name: memberName })).toBeVisible();
    await workout.locator("summary", { hasText: "Comments" }).click();
    await expect(trainerComments.getByRole("listitem")).toHaveCount(2);
    await expect(trainerComments.getByRole("listitem").nth(0)).toContainText(comment);
    await expect(trainerComments.getByRole("listitem").nth(1)).toContainText(memberName);
    await expect(trainerComments.getByRole("listitem").nth(1)).toContainText(reply);
  } finally {
    await memberContext.close();
  }
});
