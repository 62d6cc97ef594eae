import { FoodsScreen } from "@/components/eat/foods/foods-screen";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "My foods" };

export default async function MyFoodsPage() {
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  return <FoodsScreen initial={await caller.foods.mine()} audience="member" />;
}
