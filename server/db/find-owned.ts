import "server-only";
import type { Model } from "mongoose";

/**
 * The document with this primary key when `userId` owns it, else null: someone else's id reads as
 * missing and reveals nothing. Looked up by primary key alone and the owner checked here, because
 * FerretDB's SQLite backend pushes only `_id` lookups down to an index (MongoDB would use either).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model whose documents carry userId
export async function findOwnedById<T extends { userId: unknown }>(model: Model<any>, id: unknown, userId: string): Promise<T | null> {
  const doc = (await model.findById(id).lean()) as T | null;
  return doc && String(doc.userId) === userId ? doc : null;
}
