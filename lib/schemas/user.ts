import { z } from "zod";
import { ZObjectId } from "./program";
import { roles } from "@/lib/auth/roles";

export const ZSessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(roles),
  name: z.string().nullable(),
  onboarded: z.boolean(),
});

export const ZUserListItemSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(roles),
  createdAt: z.date(),
});

export const ZListUsersRequestSchema = z.object({
  search: z.string().trim().max(100).optional(),
  role: z.enum(roles).optional(),
  cursor: ZObjectId.optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const ZListUsersResponseSchema = z.object({
  items: z.array(ZUserListItemSchema),
  nextCursor: z.string().nullable(),
});

/** Admins promote members to trainers (and back). Admin rights are granted only from the command line. */
export const ZSetRoleRequestSchema = z.object({
  userId: ZObjectId,
  role: z.enum(["member", "trainer"]),
});
