import "server-only";
import { ZListUsersRequestSchema, ZListUsersResponseSchema } from "@/lib/schemas/user";
import { adminProcedure } from "@/server/api/trpc";
import { listUsers } from "@/server/users/user-service";

export const listUsersProcedure = adminProcedure
  .input(ZListUsersRequestSchema)
  .output(ZListUsersResponseSchema)
  .query(({ input }) => listUsers(input));
