import "server-only";
import { Types } from "mongoose";
import type { Role } from "@/lib/auth/roles";
import type { TProfile } from "@/lib/schemas/profile";
import { ZProfileInputSchema } from "@/lib/schemas/profile";
import type { z } from "zod";
import type { AuditActor } from "@/server/audit/audit-service";
import { AppError, isDuplicateKeyError } from "@/server/errors/app-error";
import { hashPassword } from "@/server/auth/password-hashing";
import { fieldCipher, type EncryptedField } from "@/server/crypto/field-encryption";
import { UserModel } from "./user-model";

export type SessionUser = {
  id: string;
  email: string;
  role: Role;
  name: string | null;
  onboarded: boolean;
};

const healthNotesContext = (userId: string) => `users:${userId}:profile.healthNotes`;
const takenEmail = "An account with this email already exists. Sign in instead, or use another email.";

function assertObjectId(id: string): Types.ObjectId {
  if (!Types.ObjectId.isValid(id)) throw new AppError("NOT_FOUND", "No such user.");
  return new Types.ObjectId(id);
}

export async function createUser(input: { email: string; password: string; role?: Role; name?: string | null }): Promise<SessionUser> {
  const email = input.email.trim().toLowerCase();
  // Checked first for a clear message; the unique index is what guarantees it under concurrent sign-ups.
  if (await UserModel.exists({ email })) throw new AppError("CONFLICT", takenEmail);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await UserModel.create({ email, passwordHash, role: input.role ?? "member", name: input.name ?? null });
    return { id: String(user._id), email, role: user.role, name: user.name ?? null, onboarded: false };
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new AppError("CONFLICT", takenEmail, { cause: error });
    throw error;
  }
}

/** The account fields a session needs, read fresh so a role change takes effect on the next request. */
export async function findSessionUser(userId: string): Promise<SessionUser | null> {
  if (!Types.ObjectId.isValid(userId)) return null;
  const user = await UserModel.findById(userId).select({ email: 1, role: 1, name: 1, onboardedAt: 1 }).lean();
  if (!user) return null;
  return { id: String(user._id), email: user.email, role: user.role, name: user.name ?? null, onboarded: Boolean(user.onboardedAt) };
}

/** For sign-in only: the one read that selects the password hash. */
export async function findUserForLogin(email: string) {
  return UserModel.findOne({ email: email.trim().toLowerCase() })
    .select({ email: 1, role: 1, name: 1, onboardedAt: 1, passwordHash: 1 })
    .lean();
}

export async function getProfile(userId: string): Promise<TProfile | null> {
  const user = await UserModel.findById(assertObjectId(userId)).select({ name: 1, profile: 1, onboardedAt: 1 }).lean();
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  if (!user.profile || !user.onboardedAt) return null;
  const p = user.profile;
  return {
    name: user.name ?? "",
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    heightCm: p.heightCm,
    weightKg: p.weightKg,
    units: { weight: p.units!.weight, height: p.units!.height },
    timeZone: p.timeZone,
    goal: p.goal,
    experience: p.experience,
    coachPersona: p.coachPersona,
    healthNotes: p.healthNotes ? fieldCipher().decrypt(p.healthNotes as EncryptedField, healthNotesContext(userId)) : null,
    onboardedAt: user.onboardedAt,
  };
}

export type ProfileInput = z.output<typeof ZProfileInputSchema>;

/** Saves the profile (onboarding and Settings alike); returns the names of the fields that changed. */
export async function saveProfile(userId: string, input: ProfileInput): Promise<{ changed: string[] }> {
  const _id = assertObjectId(userId);
  const before = await getProfile(userId);
  const { name, healthNotes, ...profile } = input;
  const notes = healthNotes ?? null;
  const now = new Date();
  const result = await UserModel.updateOne(
    { _id },
    {
      $set: {
        name,
        profile: { ...profile, healthNotes: notes ? fieldCipher().encrypt(notes, healthNotesContext(userId)) : null },
        onboardedAt: before?.onboardedAt ?? now,
      },
    },
  );
  if (result.matchedCount === 0) throw new AppError("NOT_FOUND", "No such user.");
  const after: Record<string, unknown> = { ...input, healthNotes: notes };
  const changed = before
    ? Object.keys(after).filter((key) => JSON.stringify(after[key]) !== JSON.stringify((before as Record<string, unknown>)[key]))
    : Object.keys(after);
  return { changed };
}

export type UserListItem = { id: string; email: string; name: string | null; role: Role; createdAt: Date };

export async function listUsers(options: { search?: string; role?: Role; cursor?: string; limit: number }): Promise<{ items: UserListItem[]; nextCursor: string | null }> {
  const filter: Record<string, unknown> = {};
  if (options.role) filter.role = options.role;
  if (options.search) {
    const pattern = new RegExp(options.search.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
    filter.$or = [{ email: pattern }, { name: pattern }];
  }
  if (options.cursor) filter._id = { $lt: assertObjectId(options.cursor) };
  const rows = await UserModel.find(filter)
    .sort({ _id: -1 })
    .limit(options.limit + 1)
    .select({ email: 1, name: 1, role: 1, createdAt: 1 })
    .lean();
  const page = rows.slice(0, options.limit);
  return {
    items: page.map((row) => ({ id: String(row._id), email: row.email, name: row.name ?? null, role: row.role, createdAt: row.createdAt })),
    nextCursor: rows.length > options.limit ? String(page.at(-1)!._id) : null,
  };
}

/** Who changed a role when the caller names nobody (the CLI): audit rows say "system". */
const systemActor: AuditActor = { userId: null, role: "system", requestId: null, ip: null };

/**
 * Changes the role, then ends the coaching the new role rules out (a former member's trainer, a former
 * trainer's clients; audited with `auditActor`). The role is written first so no new link for the old
 * role can start after the sweep; calling again with the same role finishes a sweep that failed.
 */
export async function setRole(userId: string, role: Role, auditActor: AuditActor = systemActor): Promise<{ previousRole: Role; endedCoaching: number }> {
  const _id = assertObjectId(userId);
  // Through the driver, with no projection: FerretDB 1.24 does not implement findAndModify's "fields"
  // option, which mongoose always sends for this model (passwordHash is select: false).
  const before = await UserModel.collection.findOneAndUpdate({ _id }, { $set: { role, updatedAt: new Date() } }, { returnDocument: "before" });
  if (!before) throw new AppError("NOT_FOUND", "No such user.");
  // Imported when needed: the coaching and habit services import this module.
  const { endCoachingForRole } = await import("@/server/coaching/coaching-end");
  const ended = await endCoachingForRole(userId, role, auditActor);
  return { previousRole: before.role as Role, endedCoaching: ended.length };
}
