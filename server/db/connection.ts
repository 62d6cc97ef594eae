import "server-only";
import mongoose from "mongoose";
import { env } from "@/lib/env";
import { ensureIndexes } from "./indexes";

mongoose.set("strictQuery", true);

type Cache = { promise?: Promise<typeof mongoose> };
// Next's dev server reloads modules; the connection lives on globalThis so reloads reuse it.
const cache: Cache = ((globalThis as { __characterCoachDb?: Cache }).__characterCoachDb ??= {});

/**
 * The one connection to MongoDB (or the embedded FerretDB). Commands are not buffered: when the
 * database is down a request fails fast with a clear error instead of hanging.
 */
export function connectDb(): Promise<typeof mongoose> {
  cache.promise ??= mongoose
    .connect(env.MONGODB_URI, {
      bufferCommands: false,
      serverSelectionTimeoutMS: 5_000,
      maxPoolSize: 20,
      // Indexes are created explicitly by ensureIndexes(), so that a unique index exists before the
      // first write relies on it.
      autoIndex: false,
    })
    .then(async (connected) => {
      await ensureIndexes(connected.connection);
      return connected;
    })
    .catch((error: unknown) => {
      cache.promise = undefined;
      throw error;
    });
  return cache.promise;
}

export async function disconnectDb(): Promise<void> {
  if (!cache.promise) return;
  cache.promise = undefined;
  await mongoose.disconnect();
}

export async function pingDb(): Promise<boolean> {
  const connection = (await connectDb()).connection;
  const reply = await connection.db!.admin().ping();
  return reply.ok === 1;
}
