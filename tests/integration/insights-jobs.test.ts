import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { dayKeyOf } from "@/lib/dates/day-key";
import { MemberInsightsModel } from "@/server/insights/insight-model";
import {
  claimInsightLease,
  DEBOUNCE_CAP_MS,
  INSIGHT_LEASE_MS,
  enqueueInsights,
  INSIGHT_RETRY_DELAYS_MS,
  insightsPending,
  MAX_INSIGHT_ATTEMPTS,
  readInsightJob,
  runInsightsTick,
  runNightlyInsightsTick,
  type InsightRunner,
} from "@/server/insights/insight-jobs";
import { InsightJobModel } from "@/server/insights/insight-jobs-model";
import { onboardedMember, useDatabase } from "./support/harness";

useDatabase();

const memberIds = (count: number) => Array.from({ length: count }, () => new Types.ObjectId().toHexString());
const seconds = (at: Date, s: number) => new Date(at.getTime() + s * 1000);
/** Yields to the event loop a few times, so two workers' runs overlap. */
const interleave = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** A runner that records each run (member and generation) of the given members and does nothing else. */
function countingRunner(watched: string[], during?: (memberId: string, generation: string) => Promise<void>) {
  const runs: { memberId: string; generation: string; dirtyDays: string[] }[] = [];
  const runner: InsightRunner = async (memberId, { generation, dirtyDays }) => {
    if (!watched.includes(memberId)) return;
    runs.push({ memberId, generation, dirtyDays });
    await interleave();
    await during?.(memberId, generation);
  };
  return { runs, runner };
}

describe("insights job queue", () => {
  it("runs each generation exactly once when two workers tick at the same time", async () => {
    const ids = memberIds(8);
    const start = new Date();
    const generations = new Map<string, string>();
    for (const id of ids) generations.set(id, (await enqueueInsights(id, { reason: "test", dayKeys: ["2026-01-02"] }, start)).generation);
    // A second enqueue of the same member is the same job (one document per member), with a new generation.
    const again = await enqueueInsights(ids[0], { reason: "test-again" }, start);
    expect(again.generation).not.toBe(generations.get(ids[0]));
    generations.set(ids[0], again.generation);
    expect(await InsightJobModel.countDocuments({ _id: { $in: ids } })).toBe(ids.length);

    const { runs, runner } = countingRunner(ids);
    const now = seconds(start, 10);
    const [a, b] = await Promise.all([runInsightsTick({ workerId: "worker-a", now, runner }), runInsightsTick({ workerId: "worker-b", now, runner })]);
    // A second round by both finds nothing left to run.
    await Promise.all([runInsightsTick({ workerId: "worker-a", now, runner }), runInsightsTick({ workerId: "worker-b", now, runner })]);

    expect(runs.map((run) => run.memberId).sort()).toEqual([...ids].sort());
    for (const run of runs) expect(run.generation).toBe(generations.get(run.memberId));
    expect(a.claimed + b.claimed).toBeGreaterThanOrEqual(ids.length);
    expect(await InsightJobModel.countDocuments({ _id: { $in: ids } })).toBe(0);
  });

  it("leaves a job queued for another run when a write arrives during the run", async () => {
    const [id] = memberIds(1);
    const start = new Date();
    const first = await enqueueInsights(id, { reason: "set", dayKeys: ["2026-03-01"] }, start);
    const { runs, runner } = countingRunner([id], async (memberId) => {
      if (runs.length === 1) await enqueueInsights(memberId, { reason: "check-in", dayKeys: ["2026-03-02"] }, seconds(start, 7));
    });

    const tick = await runInsightsTick({ workerId: "worker-a", now: seconds(start, 6), runner });
    expect(tick.ran).toBe(1);
    expect(tick.requeued).toBe(1);
    const left = await readInsightJob(id);
    expect(left).not.toBeNull();
    expect(left!.generation).not.toBe(first.generation);
    expect([...left!.dirtyDays].sort()).toEqual(["2026-03-01", "2026-03-02"]);
    expect(await insightsPending(id)).toBe(true);

    await runInsightsTick({ workerId: "worker-b", now: seconds(start, 20), runner });
    expect(runs).toHaveLength(2);
    expect(runs[0].generation).toBe(first.generation);
    expect(runs[1].generation).toBe(left!.generation);
    expect(runs[1].dirtyDays.sort()).toEqual(["2026-03-01", "2026-03-02"]);
    expect(await readInsightJob(id)).toBeNull();
    expect(await insightsPending(id)).toBe(false);
  });

  it("takes a generation over only after the lease of a worker that died has run out", async () => {
    const [id] = memberIds(1);
    const start = new Date();
    const { generation } = await enqueueInsights(id, { reason: "set", immediate: true }, start);
    // A worker leased it and died before running it.
    expect((await claimInsightLease({ _id: id, generation }, start, "worker-dead")).kind).toBe("held");
    const { runs, runner } = countingRunner([id]);

    await runInsightsTick({ workerId: "worker-a", now: seconds(start, 30), runner });
    expect(runs).toHaveLength(0);
    expect(await readInsightJob(id)).not.toBeNull();

    await runInsightsTick({ workerId: "worker-a", now: new Date(start.getTime() + INSIGHT_LEASE_MS + 1000), runner });
    expect(runs).toEqual([{ memberId: id, generation, dirtyDays: [] }]);
    expect(await readInsightJob(id)).toBeNull();
  });

  it("retries a failed run with backoff, and parks the job after the last attempt", async () => {
    const [flaky, broken] = memberIds(2);
    const start = new Date();
    await enqueueInsights(flaky, { reason: "set", immediate: true }, start);
    let calls = 0;
    const failOnce: InsightRunner = async (memberId) => {
      if (memberId !== flaky) return;
      calls++;
      if (calls === 1) throw new Error("the history could not be read");
    };
    const first = await runInsightsTick({ workerId: "worker-a", now: seconds(start, 1), runner: failOnce });
    expect(first.retried).toBe(1);
    const job = await readInsightJob(flaky);
    expect(job).toMatchObject({ attempts: 1, lastError: "the history could not be read" });
    // The backoff runs from the failure (the tick's clock, which started at start + 1 s).
    const retryAt = new Date(job!.dueAt);
    expect(retryAt.getTime() - seconds(start, 1).getTime()).toBeGreaterThanOrEqual(INSIGHT_RETRY_DELAYS_MS[0]);
    expect(retryAt.getTime() - seconds(start, 1).getTime()).toBeLessThan(INSIGHT_RETRY_DELAYS_MS[0] + 5_000);

    // Not due before the backoff has passed.
    await runInsightsTick({ workerId: "worker-b", now: seconds(start, 5), runner: failOnce });
    expect(calls).toBe(1);
    await runInsightsTick({ workerId: "worker-b", now: retryAt, runner: failOnce });
    expect(calls).toBe(2);
    expect(await readInsightJob(flaky)).toBeNull();

    await enqueueInsights(broken, { reason: "set", immediate: true }, start);
    let brokenCalls = 0;
    const alwaysFails: InsightRunner = async (memberId) => {
      if (memberId !== broken) return;
      brokenCalls++;
      throw new Error("always broken");
    };
    let at = seconds(start, 1);
    for (let attempt = 0; attempt < MAX_INSIGHT_ATTEMPTS; attempt++) {
      await runInsightsTick({ workerId: `worker-${attempt}`, now: at, runner: alwaysFails });
      const current = await readInsightJob(broken);
      at = new Date(new Date(current!.dueAt).getTime());
    }
    expect(brokenCalls).toBe(MAX_INSIGHT_ATTEMPTS);
    const parked = await readInsightJob(broken);
    expect(parked!.gaveUpAt).toBeInstanceOf(Date);
    expect(parked!.lastError).toBe("always broken");
    expect(await insightsPending(broken)).toBe(false);
    // A new write gives it a fresh start.
    await enqueueInsights(broken, { reason: "set" }, at);
    expect(await readInsightJob(broken)).toMatchObject({ attempts: 0, gaveUpAt: null });
    expect(await insightsPending(broken)).toBe(true);
  });

  it("debounces writes: each pushes dueAt on, never past the first enqueue + 60 s; a refresh is due at once", async () => {
    const [id, other] = memberIds(2);
    const t0 = new Date("2026-05-01T10:00:00.000Z");
    const first = await enqueueInsights(id, { reason: "set", dayKeys: ["2026-05-01"] }, t0);
    expect(first.dueAt.getTime()).toBe(seconds(t0, 5).getTime());
    const second = await enqueueInsights(id, { reason: "check-in", dayKeys: ["2026-05-01", "2026-04-30"] }, seconds(t0, 3));
    expect(second.dueAt.getTime()).toBe(seconds(t0, 8).getTime());
    const late = await enqueueInsights(id, { reason: "set", dayKeys: ["2026-05-01"] }, seconds(t0, 58));
    expect(late.dueAt.getTime()).toBe(t0.getTime() + DEBOUNCE_CAP_MS);
    const job = await readInsightJob(id);
    expect(new Date(job!.dueAt).getTime()).toBe(t0.getTime() + DEBOUNCE_CAP_MS);
    expect([...job!.dirtyDays].sort()).toEqual(["2026-04-30", "2026-05-01"]);
    expect([...job!.reasons].sort()).toEqual(["check-in", "set"]);
    await InsightJobModel.deleteOne({ _id: id });

    const refreshed = await enqueueInsights(other, { reason: "refresh", immediate: true }, t0);
    expect(refreshed.dueAt.getTime()).toBe(t0.getTime());
    await InsightJobModel.deleteOne({ _id: other });
  });

  it("queues a member nightly once their local 03:00 has passed and their insights are from an earlier day", async () => {
    const { user } = await onboardedMember("UTC");
    const day = "2026-06-10";
    const beforeThree = new Date(`${day}T02:30:00.000Z`);
    const afterThree = new Date(`${day}T03:30:00.000Z`);
    await InsightJobModel.deleteOne({ _id: user.id });

    await runNightlyInsightsTick(beforeThree);
    expect(await readInsightJob(user.id)).toBeNull();

    await runNightlyInsightsTick(afterThree);
    expect(await readInsightJob(user.id)).toMatchObject({ reasons: ["nightly"] });
    await InsightJobModel.deleteOne({ _id: user.id });

    // Insights already from that local day: nothing to do.
    await MemberInsightsModel.updateOne(
      { _id: user.id },
      { $set: { userId: new Types.ObjectId(user.id), dayKey: dayKeyOf(afterThree, "UTC"), computedAt: afterThree, generation: "g", persona: "calm", insights: [], inputs: {} } },
      { upsert: true },
    );
    await runNightlyInsightsTick(afterThree);
    expect(await readInsightJob(user.id)).toBeNull();
    await MemberInsightsModel.deleteOne({ _id: user.id });
    // The pass queued every other onboarded member in the database too: not this file's business.
    await InsightJobModel.deleteMany({ reasons: "nightly" });
  });
});
