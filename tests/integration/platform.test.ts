import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { AuditEventModel } from "@/server/audit/audit-model";
import { recordAudit } from "@/server/audit/audit-service";
import { purgeExpiredRateLimits, RATE_LIMIT_COLLECTION } from "@/server/auth/throttles";
import { connectDb } from "@/server/db/connection";
import { useDatabase } from "./support/harness";

useDatabase();

describe("platform", () => {
  it("GET /api/health answers 200 when the database is up", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  it("keeps the audit log append-only", async () => {
    await recordAudit({ userId: null, role: null, requestId: "req-append-only", ip: null }, { action: "test.event", subjectType: "test" });
    await expect(AuditEventModel.updateOne({ requestId: "req-append-only" }, { $set: { action: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(AuditEventModel.deleteMany({ requestId: "req-append-only" })).rejects.toThrow(/append-only/);
    await expect(AuditEventModel.findOneAndDelete({ requestId: "req-append-only" })).rejects.toThrow(/append-only/);
    const doc = await AuditEventModel.findOne({ requestId: "req-append-only" });
    doc!.action = "rewritten";
    await expect(doc!.save()).rejects.toThrow(/append-only/);
    await expect(doc!.deleteOne()).rejects.toThrow(/append-only/);
    expect(await AuditEventModel.countDocuments({ requestId: "req-append-only", action: "test.event" })).toBe(1);
  });

  it("purges expired throttle counters with a job (no TTL index on FerretDB)", async () => {
    const { connection } = await connectDb();
    const collection = connection.collection(RATE_LIMIT_COLLECTION);
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 60_000);
    await collection.insertMany([
      { key: "test_purge:old", points: 3, expire: past },
      { key: "test_purge:live", points: 1, expire: future },
    ]);
    expect(await purgeExpiredRateLimits()).toBeGreaterThanOrEqual(1);
    expect(await collection.countDocuments({ key: "test_purge:old" })).toBe(0);
    expect(await collection.countDocuments({ key: "test_purge:live" })).toBe(1);
  });
});
