import "server-only";
import { linkClient } from "@/server/coaching/coaching-service";
import { findUserForLogin } from "@/server/users/user-service";

/** The demo trainer coaches the demo members (idempotent: linking an active pair again changes nothing). */
export async function seedDemoCoaching(trainerEmail: string, clientEmails: string[]): Promise<void> {
  const trainer = await findUserForLogin(trainerEmail);
  if (!trainer) return;
  for (const email of clientEmails) {
    const client = await findUserForLogin(email);
    if (client && client.role === "member") await linkClient(String(trainer._id), String(client._id));
  }
}
