import "server-only";
import { router } from "@/server/api/trpc";
import { addWorkoutCommentProcedure } from "./add-workout-comment";
import { listWorkoutCommentsProcedure } from "./list-workout-comments";

/** Comments on a member's logged workout; the service lets in only the member and their active trainer. */
export const workoutCommentsRouter = router({
  list: listWorkoutCommentsProcedure,
  add: addWorkoutCommentProcedure,
});
