import { Types } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDaysToKey, dayKeyOf } from "@/lib/dates/day-key";
import { env } from "@/lib/env";
import { reminderInstant } from "@/lib/habits/reminder-times";
import { AuditEventModel } from "@/server/audit/audit-model";
import { checkPushEndpoint } from "@/server/push/push-endpoint";
import { sendPush } from "@/server/push/push-sender";
import { MAX_SUBSCRIPTIONS_PER_USER } from "@/server/push/push-service";
import { PushSubscriptionModel } from "@/server/push/push-subscription-model";
import { readJob } from "@/server/reminders/reminder-job-store";
import { callerFor, makeUser, useDatabase, validProfile } from "./support/harness";
import { decryptPush, LocalPushService } from "./support/push-service";
import { codeOf } from "./support/training";

useDatabase();

const push = new LocalPushService();
beforeAll(() => push.start());
afterAll(() => push.stop());

async function member(timeZone = "Europe/Berlin") {
  const user = await makeUser();
  const caller = await callerFor(user);
  await caller.profile.save({ ...validProfile, timeZone });
  return { user, caller };
}

describe("push subscriptions", () => {
  it("hands out the VAPID public key to signed-in members only", async () => {
    const { caller } = await member();
    expect(await caller.push.vapidPublicKey()).toEqual({ publicKey: env.VAPID_PUBLIC_KEY });
    expect(await codeOf((await callerFor(null)).push.vapidPublicKey())).toBe("UNAUTHORIZED");
    expect(await codeOf((await callerFor(null)).push.subscribe({ endpoint: "https://push.example.com/x", keys: { p256dh: "a", auth: "b" } }))).toBe("UNAUTHORIZED");
  });

  it("subscribes, lists and unsubscribes the caller's own devices; nobody else can remove them", async () => {
    const a = await member();
    const b = await member();
    const phone = push.subscription();
    const laptop = push.subscription();
    const { id } = await a.caller.push.subscribe({ endpoint: phone.endpoint, keys: phone.keys, deviceLabel: "Pixel 7" });
    await a.caller.push.subscribe({ endpoint: laptop.endpoint, keys: laptop.keys });
    // Subscribing the same endpoint again is the same subscription.
    expect(await a.caller.push.subscribe({ endpoint: phone.endpoint, keys: phone.keys, deviceLabel: "Pixel 7" })).toEqual({ id });
    const devices = await a.caller.push.devices();
    expect(devices).toHaveLength(2);
    expect(devices[0]).toEqual({ id, deviceLabel: "Pixel 7", createdAt: expect.any(Date), lastSuccessAt: null });
    // Neither the endpoint nor the keys ever go back to the browser.
    expect(JSON.stringify(devices)).not.toContain(phone.keys.auth);
    expect(JSON.stringify(devices)).not.toContain(phone.endpoint);
    expect(await b.caller.push.devices()).toEqual([]);

    expect(await b.caller.push.unsubscribe({ endpoint: phone.endpoint })).toEqual({ removed: false });
    expect(await PushSubscriptionModel.countDocuments({ endpoint: phone.endpoint })).toBe(1);
    expect(await a.caller.push.unsubscribe({ endpoint: phone.endpoint })).toEqual({ removed: true });
    expect(await a.caller.push.unsubscribe({ endpoint: phone.endpoint })).toEqual({ removed: false });
    expect((await a.caller.push.devices()).map((device) => device.deviceLabel)).toEqual([""]);

    // The browser now belongs to b: the endpoint moves with its new keys.
    const fresh = push.subscription();
    await b.caller.push.subscribe({ endpoint: laptop.endpoint, keys: fresh.keys, deviceLabel: "Shared laptop" });
    expect(await a.caller.push.devices()).toEqual([]);
    const moved = await PushSubscriptionModel.findOne({ endpoint: laptop.endpoint }).lean();
    expect(String(moved!.userId)).toBe(b.user.id);
    expect(moved!.keys).toEqual(fresh.keys);

    const actions = await AuditEventModel.find({ actorId: new Types.ObjectId(a.user.id), action: /^push\./ }).lean();
    expect(actions.map((row) => row.action).sort()).toEqual(["push.subscribe", "push.subscribe", "push.subscribe", "push.unsubscribe", "push.unsubscribe"]);
  });

  it("removes one of the caller's devices by id; another member's id removes nothing", async () => {
    const a = await member();
    const b = await member();
    const phone = push.subscription();
    const { id } = await a.caller.push.subscribe({ endpoint: phone.endpoint, keys: phone.keys, deviceLabel: "Old phone" });
    expect(await codeOf(b.caller.push.removeDevice({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(a.caller.push.removeDevice({ id: "no-such-device" }))).toBe("NOT_FOUND");
    expect(await a.caller.push.devices()).toHaveLength(1);
    expect(await a.caller.push.removeDevice({ id })).toEqual({ removed: true });
    expect(await a.caller.push.devices()).toEqual([]);
    expect(await codeOf(a.caller.push.removeDevice({ id }))).toBe("NOT_FOUND");
    const audit = async (userId: string) =>
      (await AuditEventModel.find({ actorId: new Types.ObjectId(userId), action: "push.unsubscribe" }).lean()).map((row) => [row.subjectId, row.outcome]);
    expect(await audit(b.user.id)).toEqual([[id, "failure"]]);
    expect((await audit(a.user.id)).map(([, outcome]) => outcome).sort()).toEqual(["failure", "failure", "success"]);
  });

  it(`keeps at most ${MAX_SUBSCRIPTIONS_PER_USER} devices per member, evicting the one that last worked longest ago`, async () => {
    const { user, caller } = await member();
    const devices = Array.from({ length: MAX_SUBSCRIPTIONS_PER_USER + 1 }, () => push.subscription());
    const ids: string[] = [];
    for (const device of devices.slice(0, MAX_SUBSCRIPTIONS_PER_USER)) {
      ids.push((await caller.push.subscribe({ endpoint: device.endpoint, keys: device.keys })).id);
      await new Promise((resolve) => setTimeout(resolve, 5)); // distinct creation times
    }
    // The first device is the oldest but received a reminder just now: the second is the stalest.
    await PushSubscriptionModel.updateOne({ _id: ids[0] }, { $set: { lastSuccessAt: new Date() } });
    const newest = await caller.push.subscribe({ endpoint: devices[MAX_SUBSCRIPTIONS_PER_USER].endpoint, keys: devices[MAX_SUBSCRIPTIONS_PER_USER].keys });
    const kept = (await caller.push.devices()).map((device) => device.id);
    expect(kept).toHaveLength(MAX_SUBSCRIPTIONS_PER_USER);
    expect(kept).toContain(ids[0]);
    expect(kept).toContain(newest.id);
    expect(kept).not.toContain(ids[1]);
    expect(await PushSubscriptionModel.countDocuments({ userId: new Types.ObjectId(user.id) })).toBe(MAX_SUBSCRIPTIONS_PER_USER);
  });

  it("refuses endpoints that are not https or point inside the network, and malformed keys, storing nothing", async () => {
    const { user, caller } = await member();
    const good = push.subscription();
    for (const endpoint of [
      "http://push.example.com/x",
      "ftp://push.example.com/x",
      "https://10.0.0.8/push",
      "https://169.254.169.254/latest/meta-data",
      "https://[fd00::1]/push",
      "https://192.168.1.1/push",
      "https://user:secret@push.example.com/x",
      "https://intranet/push",
      "not a url",
    ]) {
      expect([endpoint, await codeOf(caller.push.subscribe({ endpoint, keys: good.keys }))]).toEqual([endpoint, "BAD_REQUEST"]);
    }
    expect(await codeOf(caller.push.subscribe({ endpoint: good.endpoint, keys: { p256dh: good.keys.p256dh.slice(0, 40), auth: good.keys.auth } }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.push.subscribe({ endpoint: good.endpoint, keys: { p256dh: good.keys.p256dh, auth: "c2hvcnQ" } }))).toBe("BAD_REQUEST");
    expect(await PushSubscriptionModel.countDocuments({ userId: new Types.ObjectId(user.id) })).toBe(0);
  });

  it("allows loopback endpoints only with PUSH_ALLOW_LOCAL_ENDPOINTS=1", () => {
    expect(env.PUSH_ALLOW_LOCAL_ENDPOINTS).toBe("1"); // vitest.config.mts: the tests run their own push service
    for (const endpoint of ["http://127.0.0.1:9/push", "https://localhost/push", "http://[::1]:9/p", "https://2130706433/p", "http://sub.localhost/p"]) {
      expect(checkPushEndpoint(endpoint, { allowLocal: false }).ok).toBe(false);
    }
    expect(checkPushEndpoint("http://127.0.0.1:9/push", { allowLocal: true }).ok).toBe(true);
    expect(checkPushEndpoint("http://localhost:9/push", { allowLocal: true }).ok).toBe(true);
    expect(checkPushEndpoint("http://10.0.0.1/push", { allowLocal: true }).ok).toBe(false);
    expect(checkPushEndpoint("https://fcm.googleapis.com/fcm/send/abc", { allowLocal: false }).ok).toBe(true);
    expect(checkPushEndpoint("https://web.push.apple.com/QGx", { allowLocal: false }).ok).toBe(true);
  });

  it("the real sender's message decrypts with http_ece to the payload; a refused endpoint is never contacted", async () => {
    const device = push.subscription();
    const payload = { type: "habit-reminder", hello: "wörld" };
    expect(await sendPush(device, payload, { ttlSeconds: 600, topic: "habit-test" })).toEqual({ kind: "ok", status: 201 });
    const [received] = push.requestsTo(device);
    expect(decryptPush(received, device)).toEqual(payload);
    expect(received.headers).toMatchObject({ "content-encoding": "aes128gcm", ttl: "600", urgency: "normal", topic: "habit-test" });
    expect(received.headers.authorization).toContain(`k=${env.VAPID_PUBLIC_KEY}`);

    const outcome = await sendPush(device, payload, { ttlSeconds: 60, allowLocal: false });
    expect(outcome).toMatchObject({ kind: "rejected" });
    expect(push.requestsTo(device)).toHaveLength(1);

    const closed = { ...device, endpoint: "http://127.0.0.1:9/closed" };
    expect(await sendPush(closed, payload, { ttlSeconds: 60 })).toMatchObject({ kind: "retry", status: null });
  });

  it("does not read the push service's answer body (it could be endless)", async () => {
    const device = push.subscription();
    push.script(new URL(device.endpoint).pathname, { status: 201, endless: true });
    const started = Date.now();
    expect(await sendPush(device, { hello: 1 }, { ttlSeconds: 60, timeoutMs: 5_000 })).toEqual({ kind: "ok", status: 201 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("reminder settings", () => {
  it("saves quiet hours and re-plans reminders around them; a new time zone re-plans too", async () => {
    const { caller } = await member("Europe/Berlin");
    expect(await caller.push.settings()).toEqual({ quietHours: null });
    const today = dayKeyOf(new Date(), "Europe/Berlin");
    const habit = await caller.habits.create({ name: "Walk", type: "boolean", target: 1, schedule: { kind: "daily" }, startDate: addDaysToKey(today, -1), reminders: ["06:30"] });
    const planned = await readJob(`habit:${habit.id}`);
    expect(planned!.dueAt.getTime()).toBe(reminderInstant(planned!.dayKey!, "06:30", "Europe/Berlin").getTime());

    expect(await caller.push.saveSettings({ quietHours: { from: "22:00", to: "07:00" } })).toEqual({ quietHours: { from: "22:00", to: "07:00" } });
    expect(await caller.push.settings()).toEqual({ quietHours: { from: "22:00", to: "07:00" } });
    const quiet = await readJob(`habit:${habit.id}`);
    // Moved to the end of quiet hours, still reported as the 06:30 reminder.
    expect(quiet!.time).toBe("06:30");
    expect(quiet!.dueAt.getTime()).toBe(reminderInstant(quiet!.dayKey!, "07:00", "Europe/Berlin").getTime());

    await caller.push.saveSettings({ quietHours: null });
    expect((await readJob(`habit:${habit.id}`))!.dueAt.getTime()).toBe(planned!.dueAt.getTime());
    expect(await codeOf(caller.push.saveSettings({ quietHours: { from: "07:00", to: "07:00" } }))).toBe("BAD_REQUEST");

    await caller.profile.save({ ...validProfile, timeZone: "America/Los_Angeles" });
    const moved = await readJob(`habit:${habit.id}`);
    expect(moved!.dueAt.getTime()).toBe(reminderInstant(moved!.dayKey!, "06:30", "America/Los_Angeles").getTime());
  });
});
