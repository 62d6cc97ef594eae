import "server-only";
import { ZMyTrainerSchema } from "@/lib/schemas/coaching";
import { protectedProcedure } from "@/server/api/trpc";
import { myTrainer } from "@/server/coaching/coaching-end";

/** The signed-in member's trainer (name, email, since when), or null. Their own data: not audited. */
export const myTrainerProcedure = protectedProcedure.output(ZMyTrainerSchema).query(({ ctx }) => myTrainer(ctx.user.id));
