// Benchmark: the Progress analytics for a member with three years of data, against a plain scan of the
// same raw documents. Run against the embedded database (a fresh one, so nothing else is in it):
//   node scripts/with-db.mjs --fresh -- npx tsx --conditions=react-server bench/analytics-three-years.ts
//   (or: npm run bench:analytics)
// Options (environment): BENCH_RUNS (timed runs per measure, default 7), BENCH_NEIGHBOURS (other members
// with the same three years, default 1, so the member's data is not alone in the collections).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Types } from "mongoose";
import { progressSeries, SERIES_LOOKBACK_DAYS } from "@/lib/analytics/series";
import { addDaysToKey, dayKeyOf, instantFromLocal, isoWeekdayOf, weekKeyOf } from "@/lib/dates/day-key";
import { progressRangeDays, type ProgressRange } from "@/lib/schemas/progress";
import { loadMemberHistory } from "@/server/analytics/member-history";
import { backfillTrainingDays } from "@/server/analytics/training-days";
import { connectDb, disconnectDb } from "@/server/db/connection";
import { HabitCheckInModel, HabitModel } from "@/server/habits/habit-model";
import { MindCheckInModel } from "@/server/mind/mind-checkin-model";
import { BodyWeightModel } from "@/server/nutrition/body-weight-model";
import { NutritionDayModel } from "@/server/nutrition/nutrition-day-model";
import { WorkoutSessionModel } from "@/server/train/workout-session-model";
import { WorkoutSetModel } from "@/server/train/workout-set-model";
import { createUser, saveProfile } from "@/server/users/user-service";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const NEIGHBOURS = Number(process.env.BENCH_NEIGHBOURS ?? 1);
const DAYS = 3 * 365;
const TIME_ZONE = "Europe/Berlin";

/** A small deterministic PRNG (mulberry32), so every run inserts the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lift = { exerciseId: string; primary: string[]; secondary: string[]; startKg: number; reps: number; sets: number };
const days: Lift[][] = [
  [
    { exerciseId: "barbell-back-squat", primary: ["quads", "glutes"], secondary: ["hamstrings", "lower_back"], startKg: 60, reps: 5, sets: 4 },
    { exerciseId: "barbell-bench-press", primary: ["chest"], secondary: ["front_delts", "triceps"], startKg: 40, reps: 5, sets: 4 },
    { exerciseId: "barbell-bent-over-row", primary: ["lats", "upper_back"], secondary: ["biceps"], startKg: 40, reps: 8, sets: 3 },
    { exerciseId: "dumbbell-lateral-raise", primary: ["side_delts"], secondary: [], startKg: 6, reps: 12, sets: 3 },
  ],
  [
    { exerciseId: "barbell-deadlift", primary: ["hamstrings", "glutes", "lower_back"], secondary: ["quads", "traps"], startKg: 80, reps: 5, sets: 3 },
    { exerciseId: "barbell-overhead-press", primary: ["front_delts"], secondary: ["triceps", "side_delts"], startKg: 25, reps: 5, sets: 4 },
    { exerciseId: "lat-pulldown", primary: ["lats"], secondary: ["biceps"], startKg: 40, reps: 10, sets: 3 },
    { exerciseId: "cable-crunch", primary: ["abs"], secondary: [], startKg: 20, reps: 15, sets: 3 },
  ],
];

/** Three years of one member's data as raw documents, ready for insertMany. */
function generate(memberId: string, today: string, seed: number) {
  const rand = random(seed);
  const userId = new Types.ObjectId(memberId);
  const first = addDaysToKey(today, -(DAYS - 1));
  const sessions: Record<string, unknown>[] = [];
  const sets: Record<string, unknown>[] = [];
  const nutrition: Record<string, unknown>[] = [];
  const weights: Record<string, unknown>[] = [];
  const checkIns: Record<string, unknown>[] = [];
  const habitIds = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
  const habits = habitIds.map((_id, index) => ({
    _id,
    userId,
    name: ["Walk 8000 steps", "Protein with every meal", "Lights out by 23:00", "Stretch"][index],
    type: index === 0 ? "numeric" : "boolean",
    target: index === 0 ? 8000 : 1,
    unit: index === 0 ? "steps" : "",
    schedule: index === 3 ? { kind: "weekdays", days: [1, 3, 5] } : { kind: "daily" },
    startDate: first,
    sourceKey: String(_id),
  }));
  const habitCheckIns: Record<string, unknown>[] = [];
  let done = 0;
  let weight = 72;
  for (let offset = 0; offset < DAYS; offset += 1) {
    const dayKey = addDaysToKey(first, offset);
    const weekday = isoWeekdayOf(dayKey);
    const noon = instantFromLocal(`${dayKey}T12:00`, TIME_ZONE);
    const weekKey = weekKeyOf(noon, TIME_ZONE);
    // Training Monday, Wednesday and Friday, about nine sessions in ten.
    if ((weekday === 1 || weekday === 3 || weekday === 5) && rand() < 0.9) {
      const sessionId = randomUUID();
      const startedAt = instantFromLocal(`${dayKey}T18:00`, TIME_ZONE);
      const minutes = 50 + Math.floor(rand() * 30);
      const rpe = 6 + Math.round(rand() * 6) / 2;
      sessions.push({ _id: sessionId, userId, name: `Day ${(done % 2) + 1}`, status: "finished", source: "app", sourceKey: `app:${sessionId}`, startedAt, finishedAt: new Date(startedAt.getTime() + minutes * 60_000), dayKey, weekKey, timeZone: TIME_ZONE, sessionRpe: rpe, durationMinutes: minutes, sessionLoad: Math.round(rpe * minutes), entries: [] });
      let order = 0;
      for (const lift of days[done % 2]) {
        const kg = Math.round((lift.startKg * (1 + 0.5 * (done / 470)) + (rand() - 0.5) * 2) * 4) / 4;
        for (let index = 0; index < lift.sets; index += 1) {
          const reps = lift.reps - (index === lift.sets - 1 && rand() < 0.3 ? 1 : 0);
          sets.push({
            _id: randomUUID(),
            userId,
            sessionId,
            entryId: `${sessionId}:${lift.exerciseId}`,
            exerciseId: lift.exerciseId,
            order: order++,
            type: index === 0 && rand() < 0.5 ? "warmup" : "working",
            weightKg: kg,
            reps,
            completedAt: new Date(startedAt.getTime() + order * 3 * 60_000),
            dayKey,
            weekKey,
            primaryMuscles: lift.primary,
            secondaryMuscles: lift.secondary,
            e1rmKg: Math.round(kg * (1 + reps / 30) * 100) / 100,
            volumeKg: kg * reps,
            records: rand() < 0.03 ? ["heaviest", "bestE1rm"] : [],
          });
        }
      }
      done += 1;
    }
    // Food on most days, four entries each.
    if (rand() < 0.85) {
      const entries = ["breakfast", "lunch", "dinner", "snacks"].map((meal) => {
        const kcal = 300 + Math.round(rand() * 500);
        return { id: randomUUID(), meal, kind: "quick", name: meal, nutrients: { energyKcal: kcal, proteinG: Math.round(kcal * 0.075), carbsG: Math.round(kcal * 0.1), fatG: Math.round(kcal * 0.035), fiberG: 5 }, loggedAt: noon };
      });
      nutrition.push({ _id: `${memberId}:${dayKey}`, userId, dayKey, entries, water: [{ id: randomUUID(), ml: 500 }], removedIds: [], version: 1 });
    }
    weight += (rand() - 0.5) * 0.3;
    if (rand() < 0.65) weights.push({ _id: `${memberId}:${dayKey}`, userId, dayKey, kg: Math.round(weight * 10) / 10 });
    if (rand() < 0.8) {
      checkIns.push({ _id: `${memberId}:${dayKey}`, userId, dayKey, mood: 1 + Math.floor(rand() * 5), energy: 1 + Math.floor(rand() * 5), stress: 1 + Math.floor(rand() * 5), sleepHours: 5 + Math.round(rand() * 16) / 4, sleepQuality: 1 + Math.floor(rand() * 5), tags: [], note: null, updatedAt: noon });
    }
    for (const [index, habit] of habits.entries()) {
      if (index === 3 && !(weekday === 1 || weekday === 3 || weekday === 5)) continue;
      if (rand() < 0.7) habitCheckIns.push({ habitId: habit._id, userId, dayKey, value: index === 0 ? 6000 + Math.round(rand() * 4000) : 1, skipped: false });
    }
  }
  return { sessions, sets, nutrition, weights, checkIns, habits, habitCheckIns };
}

async function insert(memberId: string, today: string, seed: number) {
  const data = generate(memberId, today, seed);
  const options = { ordered: false, lean: true } as const;
  await WorkoutSessionModel.insertMany(data.sessions, options);
  for (let index = 0; index < data.sets.length; index += 2000) await WorkoutSetModel.insertMany(data.sets.slice(index, index + 2000), options);
  await NutritionDayModel.insertMany(data.nutrition, options);
  await BodyWeightModel.insertMany(data.weights, options);
  await MindCheckInModel.insertMany(data.checkIns, options);
  await HabitModel.insertMany(data.habits, options);
  await HabitCheckInModel.insertMany(data.habitCheckIns, options);
  return Object.fromEntries(Object.entries(data).map(([name, rows]) => [name, rows.length]));
}

async function member(label: string): Promise<string> {
  const user = await createUser({ email: `${label}-${randomUUID().slice(0, 8)}@bench.charactercoach.app`, password: "a long and sturdy passphrase", role: "member", name: label });
  await saveProfile(user.id, {
    name: label,
    dateOfBirth: "1990-05-01",
    sex: "female",
    heightCm: 170,
    weightKg: 72,
    units: { weight: "kg", height: "cm" },
    timeZone: TIME_ZONE,
    goal: "get_stronger",
    experience: "intermediate",
    coachPersona: "analytical",
    healthNotes: "",
  });
  return user.id;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The Progress read as the router does it: rollups checked for freshness, history by `_id` ranges, then the series. */
async function analytics(memberId: string, today: string, range: ProgressRange) {
  const span = progressRangeDays[range];
  const from = span === null ? undefined : addDaysToKey(today, 1 - span);
  const history = await loadMemberHistory(memberId, { toDayKey: today, fromDayKey: from ? addDaysToKey(from, -SERIES_LOOKBACK_DAYS) : undefined, mindAccess: "all" });
  return progressSeries(history, { range, fromDayKey: from ?? history.days[0]?.dayKey ?? today, toDayKey: today });
}

/** The baseline: every raw document of the member the analytics summarise, fetched by member id with .lean(), nothing computed. */
async function plainScan(memberId: string) {
  const userId = new Types.ObjectId(memberId);
  const [sessions, sets, nutrition, weights, checkIns, habits, habitCheckIns] = await Promise.all([
    WorkoutSessionModel.find({ userId }).lean(),
    WorkoutSetModel.find({ userId }).lean(),
    NutritionDayModel.find({ userId }).lean(),
    BodyWeightModel.find({ userId }).lean(),
    MindCheckInModel.find({ userId }).lean(),
    HabitModel.find({ userId }).lean(),
    HabitCheckInModel.find({ userId }).lean(),
  ]);
  return sessions.length + sets.length + nutrition.length + weights.length + checkIns.length + habits.length + habitCheckIns.length;
}

async function main() {
  await connectDb();
  const today = dayKeyOf(new Date(), TIME_ZONE);
  const memberId = await member("bench");
  let started = performance.now();
  const counts = await insert(memberId, today, 1);
  for (let index = 0; index < NEIGHBOURS; index += 1) await insert(await member(`neighbour${index}`), today, 100 + index);
  console.log(`inserted three years for 1 member (+${NEIGHBOURS} neighbour(s)) in ${((performance.now() - started) / 1000).toFixed(1)} s:`, counts);

  started = performance.now();
  const rollups = await backfillTrainingDays(memberId, { force: true });
  console.log(`one-off rollup backfill: ${rollups} training days in ${(performance.now() - started).toFixed(0)} ms`);

  const scanned = await plainScan(memberId);
  const overview = await analytics(memberId, today, "all");
  console.log(`raw documents in the plain scan: ${scanned}; "all" covers ${overview.fromDayKey}..${overview.toDayKey}, ${overview.training.sessions} sessions, ${overview.training.weeklyVolume.length} weekly points`);

  const results: { measure: string; ms: number }[] = [];
  for (const [measure, fn] of [
    ["plain scan (raw docs, .lean())", () => plainScan(memberId)],
    ['analytics "all" (history + series)', () => analytics(memberId, today, "all")],
    ['analytics "1y" (history + series)', () => analytics(memberId, today, "1y")],
  ] as const) {
    await fn(); // warm-up
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) times.push(await time(fn));
    results.push({ measure, ms: median(times) });
  }
  const scan = results[0].ms;
  console.log(`\nmedian of ${RUNS} runs (Node ${process.version}):`);
  for (const { measure, ms } of results) console.log(`  ${measure.padEnd(38)} ${ms.toFixed(1).padStart(8)} ms   ratio to plain scan ${(ms / scan).toFixed(2)}`);
  await disconnectDb();
}

main().catch(async (error) => {
  console.error(error);
  await disconnectDb().catch(() => undefined);
  process.exit(1);
});
