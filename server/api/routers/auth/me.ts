import "server-only";
import { z } from "zod";
import { ZSessionUserSchema } from "@/lib/schemas/user";
import { publicProcedure } from "@/server/api/trpc";

/** The signed-in account (or null): identity and role only, no health data. */
export const meProcedure = publicProcedure.input(z.void()).output(ZSessionUserSchema.nullable()).query(({ ctx }) => ctx.user);
