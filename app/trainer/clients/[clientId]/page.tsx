import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { ClientDetailView } from "@/components/trainer/clients/client-detail-view";
import { ClientInsightsPanel } from "@/components/trainer/insights/client-insights-panel";
import { ClientReadinessPanel } from "@/components/trainer/readiness/client-readiness-panel";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Client" };

export default async function ClientDetailPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { caller, user } = await requireUser({ roles: ["trainer", "admin"] });
  const { clientId } = await params;
  try {
    const detail = await caller.trainerClients.detail({ clientId });
    // Nutrition is read here too: fetched from the browser, it would join (and slow) the batch of the
    // page's other queries. If it fails, the section asks again itself and shows the error.
    const nutrition = await caller.trainerNutrition.overview({ clientId }).catch(() => null);
    // Wellbeing, as far as the client's consent allows right now (each answer with data is audited for them).
    const mind = await caller.trainerMind.overview({ clientId }).catch(() => null);
    // Insights (neutral view, drafted messages), within the same consent; audited for the client.
    const insights = await caller.trainerInsights.clientInsights({ clientId }).catch(() => null);
    return (
      <div className="space-y-6">
        <ClientDetailView detail={detail} trainerId={user.id} nutrition={nutrition} mind={mind} />
        <ClientInsightsPanel clientId={clientId} clientName={detail.client.name} initial={insights} />
        <ClientReadinessPanel clientId={clientId} />
      </div>
    );
  } catch (error) {
    // Not a client of this trainer, a mistyped id or a former client: all read the same.
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"].includes(error.code)) {
      return (
        <div className="space-y-6">
          <h1 className="text-2xl font-bold">Client</h1>
          <div className="card space-y-3">
            <p className="font-semibold">This member is not one of your clients.</p>
            <p className="text-sm text-slate-600">They may have ended the coaching, or the link is not quite right.</p>
            <Link href="/trainer/clients" className="btn-primary">
              Back to clients
            </Link>
          </div>
        </div>
      );
    }
    throw error;
  }
}
