import "server-only";
import { z } from "zod";
import { ZTrainerInvitationSchema } from "@/lib/schemas/coaching";
import { trainerProcedure } from "@/server/api/trpc";
import { listTrainerInvitations } from "@/server/coaching/coaching-invitation-service";

/** The trainer's own invitations with their state; only ever the caller's. */
export const listInvitationsProcedure = trainerProcedure.output(z.array(ZTrainerInvitationSchema)).query(({ ctx }) => listTrainerInvitations(ctx.user));
