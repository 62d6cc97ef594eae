import "server-only";
import { router } from "@/server/api/trpc";
import { getProfileProcedure } from "./get-profile";
import { saveProfileProcedure } from "./save-profile";

export const profileRouter = router({ get: getProfileProcedure, save: saveProfileProcedure });
