// Administration from the command line (run with `npm run admin -- <command>`):
//   create-trainer --email E --name N [--password P]   create a trainer (or promote an existing user)
//   create-admin   --email E --name N [--password P]   the same for an admin
//   set-role       --email E --role member|trainer|admin
// Without --password a strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { checkPassword } from "@/lib/auth/password-policy";
import { roles, type Role } from "@/lib/auth/roles";
import { ZEmailSchema } from "@/lib/schemas/auth";
import { recordAudit, type AuditActor } from "@/server/audit/audit-service";
import { connectDb, disconnectDb } from "@/server/db/connection";
import { createUser, findUserForLogin, setRole } from "@/server/users/user-service";

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" }, role: { type: "string" } },
});

function die(message: string): never {
  console.error(`admin: ${message}`);
  process.exit(1);
}

const cliActor: AuditActor = { userId: null, role: "cli", requestId: `cli-${process.pid}`, ip: null };

async function upsertWithRole(role: Role) {
  const email = ZEmailSchema.safeParse(values.email ?? "");
  if (!email.success) die("give a valid --email");
  const existing = await findUserForLogin(email.data);
  if (existing) {
    // The coaching a role change ends is audited as the CLI's doing, like the role change itself.
    const { previousRole, endedCoaching } = await setRole(String(existing._id), role, cliActor);
    await recordAudit(cliActor, { action: "user.role_change", subjectType: "user", subjectId: String(existing._id), targetUserId: String(existing._id), meta: { from: previousRole, to: role } });
    console.log(`admin: ${email.data} was ${previousRole}, is now ${role}.${endedCoaching > 0 ? ` Ended ${endedCoaching} coaching relationship${endedCoaching === 1 ? "" : "s"} the new role rules out.` : ""}`);
    return;
  }
  if (!values.name) die("give --name for a new account");
  const password = values.password ?? randomBytes(12).toString("base64url");
  const check = checkPassword(password, email.data);
  if (!check.ok) die(check.reason);
  const user = await createUser({ email: email.data, password, role, name: values.name });
  await recordAudit(cliActor, { action: "user.create", subjectType: "user", subjectId: user.id, targetUserId: user.id, meta: { role } });
  console.log(`admin: created ${role} ${email.data}${values.password ? "" : ` with password ${password} (shown once)`}.`);
}

async function main() {
  await connectDb();
  try {
    switch (command) {
      case "create-trainer":
        await upsertWithRole("trainer");
        break;
      case "create-admin":
        await upsertWithRole("admin");
        break;
      case "set-role": {
        const role = values.role as Role;
        if (!roles.includes(role)) die(`--role must be one of ${roles.join(", ")}`);
        const user = await findUserForLogin(values.email ?? "");
        if (!user) die(`no user ${values.email}`);
        await upsertWithRole(role);
        break;
      }
      default:
        die("usage: npm run admin -- create-trainer|create-admin --email E --name N [--password P] | set-role --email E --role R");
    }
  } catch (error) {
    die((error as Error).message);
  } finally {
    await disconnectDb();
  }
}

void main();
