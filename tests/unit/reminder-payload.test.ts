import { describe, expect, it } from "vitest";
import { checkPushEndpoint } from "@/server/push/push-endpoint";
import { parseRetryAfter } from "@/server/push/push-sender";
import { habitReminderPayload, reminderBody } from "@/server/reminders/reminder-payload";

const base = { name: "Water", type: "numeric" as const, target: 8, unit: "glasses", cue: null };

describe("reminder payload", () => {
  it("says the cue plan when there is one, else what counts as done", () => {
    expect(reminderBody({ ...base, cue: { after: "pour my coffee", will: "drink a glass of water" } })).toBe("After I pour my coffee, I will drink a glass of water");
    // A member who typed the "I" (or "After I") themselves is not echoed twice.
    expect(reminderBody({ ...base, cue: { after: "After I pour my coffee", will: "I will drink water" } })).toBe("After I pour my coffee, I will drink water");
    expect(reminderBody({ ...base, cue: { after: "", will: "drink water" } })).toBe("I will drink water");
    expect(reminderBody(base)).toBe("8 glasses");
    expect(reminderBody({ ...base, unit: "" })).toBe("8");
    expect(reminderBody({ ...base, type: "boolean", target: 1, unit: "" })).toBe("Tap Done when it's done");
  });

  it("builds the contract payload: Done completes the day", () => {
    const payload = habitReminderPayload({ jobId: "habit:h1", userId: "u1", habitId: "h1", dayKey: "2026-11-25" }, base);
    expect(payload).toEqual({
      type: "habit-reminder",
      jobId: "habit:h1",
      userId: "u1",
      habitId: "h1",
      dayKey: "2026-11-25",
      title: "Water",
      body: "8 glasses",
      url: "/habits/h1",
      tag: "habit-h1-2026-11-25",
      done: { value: 8 },
    });
    expect(habitReminderPayload({ jobId: "j", userId: "u", habitId: "h", dayKey: "d" }, { ...base, type: "boolean", target: 1 }).done).toEqual({ value: 1 });
  });
});

describe("push delivery helpers", () => {
  it("reads Retry-After as seconds or an HTTP date", () => {
    expect(parseRetryAfter("120")).toBe(120_000);
    expect(parseRetryAfter(new Date(Date.UTC(2026, 0, 1, 0, 2)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(120_000);
    expect(parseRetryAfter("soon")).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });

  it("accepts public https endpoints and refuses internal or plain-http ones", () => {
    const refused = ["http://fcm.googleapis.com/x", "https://127.0.0.1/x", "https://0x7f.1/x", "https://[::ffff:127.0.0.1]/x", "https://100.64.0.1/x", "https://[fe80::1]/x", "https://localhost./x"];
    for (const endpoint of refused) expect([endpoint, checkPushEndpoint(endpoint, { allowLocal: false }).ok]).toEqual([endpoint, false]);
    expect(checkPushEndpoint("https://updates.push.services.mozilla.com/wpush/v2/abc", { allowLocal: false }).ok).toBe(true);
    expect(checkPushEndpoint("https://8.8.8.8/x", { allowLocal: false }).ok).toBe(true);
  });
});
