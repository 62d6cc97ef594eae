import "server-only";
import type mongoose from "mongoose";
import { AuditEventModel } from "@/server/audit/audit-model";
import { RATE_LIMIT_COLLECTION } from "@/server/auth/throttles";
import { UserModel } from "@/server/users/user-model";

/**
 * Creates every index the app relies on (idempotent). Plain indexes only: FerretDB 1.24 has no TTL or
 * partial indexes, so expiry is done by jobs (server/jobs).
 */
export async function ensureIndexes(connection: mongoose.Connection): Promise<void> {
  await Promise.all([UserModel.createIndexes(), AuditEventModel.createIndexes()]);
  await connection.collection(RATE_LIMIT_COLLECTION).createIndex({ key: 1 }, { unique: true, name: "key_unique" });
  await connection.collection(RATE_LIMIT_COLLECTION).createIndex({ expire: 1 }, { name: "expire" });
}
