import { expect, test, type Locator } from "@playwright/test";
import { PNG } from "pngjs";
import { expectPainted, hydrated, signUpAndOnboard, trpc, violations } from "./support";

/** A 240×320 PNG made here (a gradient with a block), as a phone photo stand-in. */
function testPhoto(): Buffer {
  const png = new PNG({ width: 240, height: 320 });
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const index = (png.width * y + x) * 4;
      const block = x > 80 && x < 160 && y > 100 && y < 220;
      png.data[index] = block ? 30 : x;
      png.data[index + 1] = block ? 120 : y % 256;
      png.data[index + 2] = block ? 90 : 180;
      png.data[index + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}


test("a member logs weight and measurements on /progress, sees the charts, and keeps a private progress photo", async ({ page, context, browser, baseURL }) => {
  await page.goto("/sign-up");
  await signUpAndOnboard(page, "Noor");
  await page.goto("/progress");
  await hydrated(page);
  const body = page.getByRole("region", { name: "Body", exact: true });
  await expect(body.getByRole("heading", { level: 2, name: "Body", exact: true })).toBeVisible();

  // 1. A weigh-in: the weight chart (dots and the 7-day average) paints.
  const weight = body.getByRole("region", { name: "Weight", exact: true });
  await weight.getByLabel("Weight (kg)").fill("64.5");
  await weight.getByRole("button", { name: "Log weight" }).click();
  await expect(weight.getByText("Weigh-in saved.")).toBeVisible();
  await expect(weight).toContainText("7-day average");
  await expectPainted(weight.getByTestId("body-weight-chart").locator("canvas"));
  await weight.getByText("Weigh-ins as a table").click();
  await expect(weight.getByRole("table")).toContainText("64.5 kg");

  // 2. Today's measurements (cm: the member onboarded in metric); bad input is refused on the form.
  const measurements = body.getByRole("region", { name: "Measurements", exact: true });
  await measurements.getByLabel("Waist (cm)").fill("12");
  await measurements.getByRole("button", { name: "Save measurements" }).click();
  await expect(measurements.getByText("Waist: enter 40–250 cm")).toBeVisible();
  await measurements.getByLabel("Waist (cm)").fill("80.5");
  await measurements.getByLabel("Hips (cm)").fill("96");
  await measurements.getByRole("button", { name: "Save measurements" }).click();
  await expect(measurements.getByText(/^Measurements for .* saved\.$/)).toBeVisible();
  await expectPainted(measurements.getByTestId("body-measurement-chart-waist").locator("canvas"));
  const table = measurements.getByRole("table", { name: "Measurements in cm, newest first" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1).getByRole("cell")).toHaveText(["80.5", "96", "EditDelete"]);

  // 2b. Offline: a weigh-in and yesterday's measurements wait on the phone and show at once; a photo
  // needs a connection and says so. Back online, each reaches the server once, even when the first
  // answer to the measurements is lost and the outbox sends them again.
  const todayKey = (await measurements.getByLabel("Day").getAttribute("max"))!;
  const yesterday = new Date(`${todayKey}T12:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const yesterdayKey = yesterday.toISOString().slice(0, 10);
  await context.setOffline(true);
  await weight.getByLabel("Weight (kg)").fill("65.5");
  await weight.getByRole("button", { name: "Log weight" }).click();
  await expect(weight.getByRole("list", { name: "Weigh-ins not sent yet" })).toContainText("65.5 kg");
  await measurements.getByLabel("Day").fill(yesterdayKey);
  await measurements.getByLabel("Waist (cm)").fill("81");
  await measurements.getByLabel("Hips (cm)").fill("97");
  await measurements.getByRole("button", { name: "Save measurements" }).click();
  await expect(measurements.getByText(/^Measurements for .* saved\.$/)).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").nth(2).getByRole("rowheader")).toContainText("Not sent yet");
  await expect(table.getByRole("row").nth(2).getByRole("cell")).toHaveText(["81", "97", "EditDelete"]);
  await expect(body.getByTestId("sync-status")).toContainText("Offline · 2 changes saved on this phone");
  const photoSection = body.getByRole("region", { name: "Progress photos", exact: true });
  await expect(photoSection.getByRole("button", { name: "Upload photo" })).toBeDisabled();
  await expect(photoSection.getByText(/^You are offline\. Photos are only uploaded with a connection/)).toBeVisible();
  expect(await violations(page), "/progress offline with writes waiting").toEqual([]);

  let dropped = 0;
  await context.route("**/api/trpc/body.saveMeasurements*", async (route) => {
    if (dropped > 0) return route.continue();
    dropped += 1;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await context.setOffline(false);
  await expect(body.getByTestId("sync-status")).toHaveText("All changes saved", { timeout: 30_000 });
  expect(dropped).toBe(1);
  await context.unrouteAll({ behavior: "ignoreErrors" });
  await expect(table.getByText("Not sent yet")).toHaveCount(0);
  await expect(weight.getByRole("list", { name: "Weigh-ins not sent yet" })).toHaveCount(0);
  await expect(weight.getByRole("table")).toContainText("65.5 kg");
  await expect(photoSection.getByRole("button", { name: "Upload photo" })).toBeDisabled(); // no photo chosen yet
  await expect(photoSection.getByText(/^You are offline/)).toHaveCount(0);
  const onServer = await trpc<{ entries: { dayKey: string; sites: Record<string, number> }[] }>(page, "body.measurements", { range: "12w" }, "query");
  expect(onServer.entries.map((entry) => entry.dayKey)).toEqual([yesterdayKey, todayKey]);
  expect(onServer.entries[0].sites).toEqual({ waist: 81, hips: 97 });
  const weighIns = await trpc<{ entries: { dayKey: string; kg: number }[] }>(page, "body.weight", { range: "12w" }, "query");
  expect(weighIns.entries.map((entry) => [entry.dayKey, entry.kg])).toEqual([[todayKey, 65.5]]);

  // 3. A photo, resized on the phone and uploaded; it shows in the grid, loaded from the private route.
  const photos = body.getByRole("region", { name: "Progress photos", exact: true });
  await photos.getByLabel("Or choose one").setInputFiles({ name: "front.png", mimeType: "image/png", buffer: testPhoto() });
  await expect(photos.getByRole("img", { name: /^Preview of the new front photo for / })).toBeVisible();
  await photos.getByRole("button", { name: "Upload photo" }).click();
  await expect(photos.getByText(/^Front photo for .* uploaded\.$/)).toBeVisible();
  const shown = photos.getByRole("list", { name: "Progress photos, newest first" }).getByRole("img", { name: /^Front progress photo, / });
  await shown.scrollIntoViewIfNeeded();
  await expect(shown).toBeVisible();
  await expect.poll(() => shown.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(240);
  const src = await shown.getAttribute("src");
  expect(src).toMatch(/^\/api\/progress-photos\//);

  const own = await page.request.get(src!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("image/jpeg");
  expect(own.headers()["cache-control"]).toBe("private, no-store");
  expect((await own.body()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

  expect(await violations(page), "/progress with weight, measurements and a photo").toEqual([]);

  // 4. Another member (and nobody signed in) cannot fetch it: the same 404 as for no such photo.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  expect((await otherPage.request.get(src!)).status()).toBe(404);
  await otherPage.goto("/sign-up");
  await signUpAndOnboard(otherPage, "Sami");
  expect((await otherPage.request.get(src!)).status()).toBe(404);
  await other.close();

  // 5. Deleting it removes it from the grid and from the route.
  await photos.getByRole("button", { name: /^Delete the front progress photo, / }).click();
  await photos.getByRole("group", { name: /^Delete the front progress photo, / }).getByRole("button", { name: "Delete" }).click();
  await expect(photos.getByText("No photos in this period yet.")).toBeVisible();
  expect((await page.request.get(src!)).status()).toBe(404);
});
