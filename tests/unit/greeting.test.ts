import { describe, expect, it } from "vitest";
import { localHour, personaGreeting } from "@/lib/coach/greeting";

// 07:30 UTC: morning in London, evening in Tokyo (16:30 is afternoon), night in Los Angeles.
const now = new Date("2026-06-15T07:30:00Z");

describe("persona greeting", () => {
  it("reads the hour on the member's own clock", () => {
    expect(localHour(now, "Europe/London")).toBe(8);
    expect(localHour(now, "Asia/Tokyo")).toBe(16);
    expect(localHour(now, "America/Los_Angeles")).toBe(0);
  });

  it("greets by local part of day", () => {
    const base = { persona: "supportive" as const, name: "Maya", goal: "get_stronger" as const, now };
    expect(personaGreeting({ ...base, timeZone: "Europe/London" }).title).toBe("Good morning, Maya!");
    expect(personaGreeting({ ...base, timeZone: "Asia/Tokyo" }).title).toBe("Good afternoon, Maya!");
    expect(personaGreeting({ ...base, timeZone: "America/Los_Angeles" }).title).toBe("Good evening, Maya!");
  });

  it("words the same goal differently per persona", () => {
    const messages = (["supportive", "tough_love", "analytical", "calm"] as const).map(
      (persona) => personaGreeting({ persona, name: "Sam", goal: "lose_fat", now, timeZone: "UTC" }).message,
    );
    expect(new Set(messages).size).toBe(4);
    for (const message of messages) expect(message.toLowerCase()).toContain("losing fat");
    expect(messages[1]).toMatch(/^Losing fat doesn't happen by wishing/);
  });
});
