import { z } from "zod";
import { ZHabitDefinitionSchema } from "./habit";
import { ZObjectId } from "./program";

// What a trainer sends to give a client a habit and to manage the habits they gave. Every request
// names the client: the service checks the trainer coaches them before it looks at anything else.
export const ZClientRequestSchema = z.object({ clientId: ZObjectId });
export const ZAssignHabitRequestSchema = z.object({ clientId: ZObjectId, definition: ZHabitDefinitionSchema });
export const ZUpdateAssignedHabitRequestSchema = z.object({ clientId: ZObjectId, habitId: ZObjectId, definition: ZHabitDefinitionSchema });
export const ZClientHabitRequestSchema = z.object({ clientId: ZObjectId, habitId: ZObjectId });
