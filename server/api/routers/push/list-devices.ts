import "server-only";
import { z } from "zod";
import { ZPushDevicesSchema } from "@/lib/schemas/push";
import { protectedProcedure } from "@/server/api/trpc";
import { listDevices } from "@/server/push/push-service";

/** The caller's devices that receive reminders (no endpoints, no keys). */
export const listDevicesProcedure = protectedProcedure
  .input(z.void())
  .output(ZPushDevicesSchema)
  .query(({ ctx }) => listDevices(ctx.user.id));
