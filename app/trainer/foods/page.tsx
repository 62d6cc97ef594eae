import { FoodsScreen } from "@/components/eat/foods/foods-screen";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Foods" };

/** The trainer's own foods and recipes; shared ones show up in their clients' food search. */
export default async function TrainerFoodsPage() {
  const { caller } = await requireUser({ roles: ["trainer", "admin"] });
  return (
    <div className="max-w-3xl">
      <FoodsScreen initial={await caller.foods.mine()} audience="trainer" />
    </div>
  );
}
