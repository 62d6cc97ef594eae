import "server-only";
import { router } from "@/server/api/trpc";
import { listUsersProcedure } from "./list-users";
import { setRoleProcedure } from "./set-role";

/** Procedures for admins only. Every one is built on adminProcedure. */
export const adminRouter = router({ listUsers: listUsersProcedure, setRole: setRoleProcedure });
