import "server-only";
import { z } from "zod";
import { ZAssignableClientSchema } from "@/lib/schemas/program-assignment";
import { trainerProcedure } from "@/server/api/trpc";
import { clientsForAssignment } from "@/server/train/program-assignment-service";

/** The trainer's active clients (id and name) for the assignment picker. */
export const clientsForAssignmentProcedure = trainerProcedure
  .output(z.array(ZAssignableClientSchema))
  .query(async ({ ctx }) => clientsForAssignment(ctx.user));
