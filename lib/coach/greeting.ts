import type { coachPersonas, goals } from "@/lib/schemas/profile";

type Persona = (typeof coachPersonas)[number];
type Goal = (typeof goals)[number];

const goalPhrases: Record<Goal, string> = {
  lose_fat: "losing fat",
  build_muscle: "building muscle",
  get_stronger: "getting stronger",
  improve_endurance: "building your endurance",
  general_health: "feeling healthier",
  build_habits: "building better habits",
};

/** The hour (0–23) on the member's wall clock. */
export function localHour(now: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone }).format(now);
  return Number(hour);
}

function partOfDay(hour: number): "morning" | "afternoon" | "evening" {
  if (hour >= 5 && hour < 12) return "morning";
  if (hour >= 12 && hour < 18) return "afternoon";
  return "evening";
}

/**
 * Today's greeting in the member's chosen coach persona. Deterministic templates (no network), the
 * same approach later insights use so wording is testable and works offline.
 */
export function personaGreeting(input: { persona: Persona; name: string; goal: Goal; now: Date; timeZone: string }): { title: string; message: string } {
  const part = partOfDay(localHour(input.now, input.timeZone));
  const goal = goalPhrases[input.goal];
  switch (input.persona) {
    case "supportive":
      return { title: `Good ${part}, ${input.name}!`, message: `Every small step counts. Let's keep ${goal} moving today, one thing at a time.` };
    case "tough_love":
      return { title: `${part === "morning" ? "Up and at it" : "No days off"}, ${input.name}.`, message: `${capitalise(goal)} doesn't happen by wishing. Show up today and do the work.` };
    case "analytical":
      return { title: `Good ${part}, ${input.name}.`, message: `Goal: ${goal}. The more you log, the better the advice: consistency is the variable that matters most.` };
    case "calm":
      return { title: `Good ${part}, ${input.name}.`, message: `Take a breath. Steady, sustainable progress on ${goal} beats any single heroic day.` };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
