import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import mongoose from "mongoose";
import { hydrated, signUpAndOnboard, trpc, violations } from "./support";

let db: mongoose.Connection;
test.beforeAll(async () => {
  db = await mongoose.createConnection(process.env.MONGODB_URI!).asPromise();
});
test.afterAll(async () => {
  await db?.close();
});

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar day. */
const isoWeekday = (dayKey: string) => new Date(`${dayKey}T12:00:00Z`).getUTCDay() || 7;

test("amber readiness offers the lighter version of today's workout, which the member takes and undoes", async ({ page }) => {
  const name = `Rory ${randomUUID().slice(0, 6)}`;
  await page.goto("/sign-up");
  await signUpAndOnboard(page, name);
  await hydrated(page);

  // A program with a day today: 3 × 5 @ 60 kg back squat, started today.
  const plan = await trpc<{ dayKey: string }>(page, "workouts.today", undefined, "query");
  const today = plan.dayKey;
  const program = await trpc<{ id: string }>(page, "programs.create", {
    content: {
      name: "Squat block",
      description: "",
      weeks: [
        {
          days: [
            {
              name: "Heavy day",
              weekday: isoWeekday(today),
              slots: [
                {
                  id: randomUUID(),
                  kind: "single",
                  exercises: [
                    {
                      exerciseId: "barbell-back-squat",
                      sets: [1, 2, 3].map(() => ({ type: "working", reps: { min: 5, max: 5 }, load: { kind: "absolute", kg: 60 } })),
                      restSeconds: 180,
                      progression: { kind: "linear", incrementKg: 2.5, deloadAfterFailures: 3, deloadPercent: 10 },
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
  await trpc(page, "programs.start", { programId: program.id, startDate: today });

  // What the insights engine stores for today (written directly: the engine runs on its own schedule).
  const user = await db.collection("users").findOne({ name });
  expect(user, "the new member").not.toBeNull();
  await db.collection("member_insights").replaceOne(
    { _id: String(user!._id) } as never,
    {
      userId: user!._id,
      dayKey: today,
      computedAt: new Date(),
      generation: "e2e",
      persona: "supportive",
      readiness: "amber",
      inputs: { days: 28 },
      version: 1,
      insights: [
        {
          key: "readiness:today",
          kind: "readiness",
          tone: "caution",
          priority: 90,
          facts: { sleepHours: 5.5 },
          evidence: [{ label: "Sleep last night", value: 5.5, unit: "hours", decimals: 1 }],
          fromMind: true,
          readiness: "amber",
          suggestion: "reduce",
          title: "Take it a little easier today",
          body: "You slept 5.5 hours against your usual 7.5.",
          wordedBy: "template",
        },
      ],
    },
    { upsert: true },
  );

  await page.reload();
  await hydrated(page);
  const card = page.getByRole("region", { name: "Readiness today" });
  await expect(card.getByText("Amber", { exact: true })).toBeVisible();
  await expect(card.getByText("Take it a little easier today")).toBeVisible();
  await card.getByText("The numbers behind it").click();
  await expect(card.getByRole("row", { name: /Sleep last night/ })).toContainText("5.5 h");
  await expect(card.getByRole("list", { name: "What changes" })).toContainText("3 → 2 working sets");
  expect(await violations(page), "/today with the readiness card").toEqual([]);

  await card.getByRole("button", { name: "Use the lighter version", exact: true }).click();
  await expect(card.getByRole("status").filter({ hasText: "Today's workout is the lighter version." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Today's workout" })).toContainText("Heavy day · lighter version");
  const started = await trpc<{ schedule: { entries: { prescription: { sets: unknown[] } }[] } }>(page, "workouts.today", undefined, "query");
  expect(started.schedule.entries[0].prescription.sets).toHaveLength(2);
  expect(await violations(page), "/today with the lighter version taken").toEqual([]);

  await card.getByRole("button", { name: "Back to the full session", exact: true }).click();
  await expect(card.getByRole("button", { name: "Use the lighter version", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Today's workout" })).not.toContainText("lighter version");
});
