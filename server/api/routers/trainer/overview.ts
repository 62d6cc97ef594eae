import "server-only";
import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { trainerProcedure } from "@/server/api/trpc";

/**
 * What the trainer workspace home shows. Client relationships arrive with invitations; until then the
 * workspace knows only who the trainer is, and says so rather than showing made-up clients.
 */
export const overviewProcedure = trainerProcedure
  .input(z.void())
  .output(z.object({ trainer: z.object({ id: z.string(), name: z.string().nullable(), email: z.string(), role: z.enum(roles) }) }))
  .query(({ ctx }) => ({ trainer: { id: ctx.user.id, name: ctx.user.name, email: ctx.user.email, role: ctx.user.role } }));
