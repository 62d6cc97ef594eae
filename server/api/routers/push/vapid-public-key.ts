import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { ZVapidPublicKeySchema } from "@/lib/schemas/push";
import { protectedProcedure } from "@/server/api/trpc";

/** The application server key a browser needs for pushManager.subscribe (public by design). */
export const vapidPublicKeyProcedure = protectedProcedure
  .input(z.void())
  .output(ZVapidPublicKeySchema)
  .query(() => ({ publicKey: env.VAPID_PUBLIC_KEY! }));
