import Link from "next/link";
import { notFound } from "next/navigation";
import { BackHeading } from "@/components/ui/back-heading";
import { QuestionnaireForm } from "@/components/mind/questionnaires/questionnaire-form";
import { questionnaires } from "@/lib/mind/questionnaires";
import { ZInstrument } from "@/lib/schemas/mind";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Wellbeing questionnaire" };

export default async function QuestionnairePage({ params }: { params: Promise<{ instrument: string }> }) {
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  const parsed = ZInstrument.safeParse((await params).instrument);
  if (!parsed.success) notFound();
  const instrument = parsed.data;
  const questionnaire = questionnaires[instrument];
  const status = await caller.mind.questionnaireStatus();
  const offered = status.offers.some((offer) => offer.instrument === instrument);
  return (
    <div className="space-y-5">
      <BackHeading href="/mind" section="Mind" title={questionnaire.name} />
      {offered ? (
        <QuestionnaireForm instrument={instrument} />
      ) : (
        <div className="card space-y-3">
          <p>The {questionnaire.shortName} is off. It is an optional screener you can turn on yourself.</p>
          <Link href="/mind/settings" className="btn-primary">
            Privacy and sharing settings
          </Link>
        </div>
      )}
    </div>
  );
}
