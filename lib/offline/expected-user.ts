/**
 * The header a queued write carries: the account it was made by. The server refuses the write as
 * unauthorized when the session belongs to someone else, and the write stays queued.
 */
export const EXPECTED_USER_HEADER = "x-coach-user";
