import { UserRoleTable } from "@/components/admin/user-role-table";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const { user } = await requireUser({ roles: ["admin"] });
  return (
    <div className="max-w-5xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Users</h1>
        <p className="mt-1 text-slate-600">Promote members to trainers. Admin rights are granted from the command line only.</p>
      </div>
      <UserRoleTable currentUserId={user.id} />
    </div>
  );
}
