import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { addDaysToKey } from "@/lib/dates/day-key";
import { AuditEventModel } from "@/server/audit/audit-model";
import { BodyMeasurementModel, bodyMeasurementId } from "@/server/body/body-measurement-model";
import { BodyWeightModel, bodyWeightId } from "@/server/nutrition/body-weight-model";
import { Types } from "mongoose";
import { callerFor, onboardedMember, useDatabase, validProfile } from "./support/harness";
import { codeOf } from "./support/training";

useDatabase();

/** The first zod message of a refused call (what the form shows). */
async function messageOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.message : String(error)),
  );
}

const auditCount = (userId: string, action: string) => AuditEventModel.countDocuments({ targetUserId: new Types.ObjectId(userId), action });

describe("body measurements", () => {
  it("saves one set per day, replaces it when saved again that day, and reads it back in the member's unit", async () => {
    const { user, caller, today } = await onboardedMember();
    const empty = await caller.body.measurements({ range: "4w" });
    // validProfile measures height in ft/in, so lengths are shown in inches.
    expect(empty).toMatchObject({ todayKey: today, fromDayKey: addDaysToKey(today, -27), lengthUnit: "in", entries: [] });

    const saved = await caller.body.saveMeasurements({ dayKey: today, sites: { waist: 81.27, hips: 98 } });
    expect(saved).toMatchObject({ entry: { dayKey: today, sites: { waist: 81.3, hips: 98 } } });

    // Saving again that day replaces the sites (waist and hips gone, neck new): still one document.
    await caller.body.saveMeasurements({ dayKey: today, sites: { neck: 37.5 } });
    await caller.body.saveMeasurements({ dayKey: today, sites: { neck: 37.5 } });
    expect(await BodyMeasurementModel.countDocuments({ _id: bodyMeasurementId(user.id, today) })).toBe(1);
    const raw = await BodyMeasurementModel.findById(bodyMeasurementId(user.id, today)).lean();
    expect(raw).toMatchObject({ userId: new Types.ObjectId(user.id), dayKey: today, sites: { neck: 37.5 } });
    expect(raw?.sites).not.toHaveProperty("waist");

    const pastDay = addDaysToKey(today, -10);
    await caller.body.saveMeasurements({ dayKey: pastDay, sites: { waist: 83, thigh: 58.4, calf: 38, chest: 101, upper_arm: 33 } });
    const view = await caller.body.measurements({ range: "4w" });
    expect(view.entries.map((entry) => [entry.dayKey, entry.sites])).toEqual([
      [pastDay, { waist: 83, chest: 101, upper_arm: 33, thigh: 58.4, calf: 38 }],
      [today, { neck: 37.5 }],
    ]);

    // A metric member reads the same numbers labelled cm.
    await caller.profile.save({ ...validProfile, units: { weight: "kg", height: "cm" } });
    expect((await caller.body.measurements({ range: "4w" })).lengthUnit).toBe("cm");

    expect(await auditCount(user.id, "body_measurements.save")).toBe(4);
    expect(await auditCount(user.id, "body_measurements.read")).toBe(3);
    const row = await AuditEventModel.findOne({ targetUserId: new Types.ObjectId(user.id), action: "body_measurements.save" }).lean();
    expect(row).toMatchObject({ actorId: new Types.ObjectId(user.id), subjectType: "body_measurement", subjectId: today, outcome: "success" });
    // The audit row names the sites, never the numbers (health data stays in its own collection).
    expect(JSON.stringify(row)).not.toContain("81.3");
  });

  it("refuses bad input with a clear message and changes nothing", async () => {
    const { user, caller, today } = await onboardedMember();
    expect(await codeOf(caller.body.saveMeasurements({ dayKey: addDaysToKey(today, 1), sites: { waist: 80 } }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.body.saveMeasurements({ dayKey: addDaysToKey(today, -400), sites: { waist: 80 } }))).toBe("BAD_REQUEST");
    expect(await messageOf(caller.body.saveMeasurements({ dayKey: today, sites: { waist: 12 } }))).toContain("Waist must be at least 40 cm");
    expect(await messageOf(caller.body.saveMeasurements({ dayKey: today, sites: { neck: 300 } }))).toContain("Neck must be at most 80 cm");
    expect(await messageOf(caller.body.saveMeasurements({ dayKey: today, sites: {} }))).toContain("Enter at least one measurement");
    expect(await codeOf(caller.body.saveMeasurements({ dayKey: today, sites: { wrist: 17 } as never }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.body.saveMeasurements({ dayKey: today, sites: { waist: Number.NaN } }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.body.saveMeasurements({ dayKey: "2026-02-30x", sites: { waist: 80 } }))).toBe("BAD_REQUEST");
    expect(await BodyMeasurementModel.countDocuments({ userId: new Types.ObjectId(user.id) })).toBe(0);
    expect(await auditCount(user.id, "body_measurements.save")).toBe(0);

    // Signed out: nothing to read or write.
    const anonymous = await callerFor(null);
    expect(await codeOf(anonymous.body.measurements({ range: "4w" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.body.saveMeasurements({ dayKey: today, sites: { waist: 80 } }))).toBe("UNAUTHORIZED");
  });

  it("deletes a day, and never reads or deletes another member's measurements", async () => {
    const alice = await onboardedMember();
    const bob = await onboardedMember();
    await alice.caller.body.saveMeasurements({ dayKey: alice.today, sites: { waist: 80 } });
    await bob.caller.body.saveMeasurements({ dayKey: bob.today, sites: { waist: 95 } });

    // Bob deleting "his" today removes only his own document.
    expect(await bob.caller.body.deleteMeasurements({ dayKey: alice.today })).toEqual({ dayKey: alice.today, deleted: bob.today === alice.today });
    expect(await BodyMeasurementModel.countDocuments({ _id: bodyMeasurementId(alice.user.id, alice.today) })).toBe(1);
    expect((await bob.caller.body.measurements({ range: "all" })).entries.map((entry) => entry.sites.waist)).not.toContain(80);

    expect(await alice.caller.body.deleteMeasurements({ dayKey: alice.today })).toEqual({ dayKey: alice.today, deleted: true });
    expect(await alice.caller.body.deleteMeasurements({ dayKey: alice.today })).toEqual({ dayKey: alice.today, deleted: false });
    expect((await alice.caller.body.measurements({ range: "all" })).entries).toEqual([]);
    expect(await auditCount(alice.user.id, "body_measurements.delete")).toBe(2);
  });
});

describe("body weight with a 7-day average", () => {
  it("reads weigh-ins over a range with the trailing 7-day mean, warmed up on the days before the range", async () => {
    const { user, caller, today } = await onboardedMember();
    const start = addDaysToKey(today, -27); // the first day of "4w"
    // Weigh-ins logged through the existing Eat route: two before the range, then four in it.
    const readings: [number, number][] = [
      [-3, 80],
      [-1, 81],
      [0, 82],
      [2, 80],
      [6, 78],
      [7, 79],
    ];
    for (const [offset, kg] of readings) await caller.bodyWeight.log({ dayKey: addDaysToKey(start, offset), kg });

    const view = await caller.body.weight({ range: "4w" });
    expect(view.fromDayKey).toBe(start);
    // Means of the weigh-ins in the 7 days ending each day (hand-computed).
    expect(view.entries).toEqual([
      { dayKey: start, kg: 82, avg7Kg: 81 }, // days −6..0: 80, 81, 82
      { dayKey: addDaysToKey(start, 2), kg: 80, avg7Kg: 80.75 }, // days −4..2: 80, 81, 82, 80
      { dayKey: addDaysToKey(start, 6), kg: 78, avg7Kg: 80 }, // days 0..6: 82, 80, 78
      { dayKey: addDaysToKey(start, 7), kg: 79, avg7Kg: 79 }, // days 1..7: 80, 78, 79
    ]);
    expect(view.changeKg).toBe(-2);
    expect(await auditCount(user.id, "body_weight.read")).toBe(1);
  });

  it('starts "all" at the member\'s first weigh-in, even years back', async () => {
    const { user, caller, today } = await onboardedMember();
    const old = addDaysToKey(today, -1000);
    await BodyWeightModel.create({ _id: bodyWeightId(user.id, old), userId: new Types.ObjectId(user.id), dayKey: old, kg: 90 });
    await caller.bodyWeight.log({ dayKey: today, kg: 85 });
    const view = await caller.body.weight({ range: "all" });
    expect(view.fromDayKey).toBe(old);
    expect(view.entries.map((entry) => [entry.dayKey, entry.avg7Kg])).toEqual([
      [old, 90],
      [today, 85],
    ]);
    expect(view.changeKg).toBe(-5);
    expect((await caller.body.weight({ range: "12w" })).entries.map((entry) => entry.dayKey)).toEqual([today]);
  });
});

describe("demo body measurements", () => {
  it("seeds seven measurements within twelve weeks for a demo member, once however often it runs", async () => {
    const { user, caller } = await onboardedMember();
    const { seedDemoBody } = await import("@/server/body/demo-body");
    await seedDemoBody(user, validProfile.timeZone);
    await seedDemoBody(user, validProfile.timeZone);
    const view = await caller.body.measurements({ range: "12w" });
    expect(view.entries).toHaveLength(7);
    expect(view.entries[0].sites.waist).toBe(84);
    expect(view.entries.at(-1)?.sites).toEqual({ waist: 80.4, hips: 97.2, chest: 99.2, upper_arm: 32.2, thigh: 57 });
  });
});
