import Link from "next/link";
import type { ReactNode } from "react";
import { WorkoutComments } from "@/components/messaging/workout-comments";
import { daysAgo } from "@/lib/coaching/format";
import type { TClientDetail, TRecentWorkout } from "@/lib/coaching/schemas";
import { experienceLabels, goalLabels } from "@/lib/schemas/profile";
import { formatWeight, type WeightUnit } from "@/lib/units";
import { ClientHabitPrograms } from "./client-habit-programs";
import { ClientHabits } from "./client-habits";
import { ClientNotes } from "./client-notes";
import { EndCoachingButton } from "./end-coaching-button";
import { ComplianceBar } from "./compliance-bar";
import { ClientNutrition, type TClientNutritionOverview } from "@/components/trainer/nutrition/client-nutrition";
import { ClientMind } from "@/components/trainer/mind/client-mind";
import { wellbeingFlag } from "@/lib/coaching/attention";
import type { TTrainerMindOverview } from "@/lib/schemas/mind";

const dayLabel = new Intl.DateTimeFormat("en", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const formatDay = (dayKey: string) => dayLabel.format(new Date(`${dayKey}T00:00:00Z`));

function describeSet(set: TRecentWorkout["exercises"][number]["sets"][number], unit: WeightUnit): string {
  const parts: string[] = [];
  if (set.weightKg !== null && set.reps !== null) parts.push(`${formatWeight(set.weightKg, unit)} × ${set.reps}`);
  else if (set.reps !== null) parts.push(`${set.reps} reps`);
  if (set.durationSec !== null) parts.push(`${Math.floor(set.durationSec / 60)}:${String(set.durationSec % 60).padStart(2, "0")}`);
  if (set.distanceM !== null) parts.push(`${set.distanceM} m`);
  if (set.rpe !== null) parts.push(`@ RPE ${set.rpe}`);
  if (set.type !== "working") parts.push(`(${set.type})`);
  return parts.join(" ") || "Logged";
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card space-y-3" aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * One client as their trainer sees them. Server-rendered; habits, habit programs, notes and comments are
 * client components. `trainerId` is the signed-in trainer: the habits they assigned are theirs to change.
 */
export function ClientDetailView({
  detail,
  trainerId,
  nutrition = null,
  mind = null,
}: {
  detail: TClientDetail;
  trainerId: string;
  nutrition?: TClientNutritionOverview | null;
  mind?: TTrainerMindOverview | null;
}) {
  const { client } = detail;
  const unit = client.units?.weight ?? "kg";
  // The roster's wellbeing signal, from the overview this page read under the client's consent (the
  // detail's own flags never read Mind data: that read, and its audit row, is the overview's).
  const wellbeing = mind !== null && mind.sharing !== "none" ? wellbeingFlag(mind.trend) : null;
  const flags = wellbeing ? [...detail.flags, wellbeing] : detail.flags;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm">
            <Link href="/trainer/clients" className="text-brand-700 underline-offset-2 hover:underline">
              ← All clients
            </Link>
          </p>
          <h1 className="mt-1 text-2xl font-bold">{client.name}</h1>
          <p className="text-sm text-slate-600">{client.email}</p>
        </div>
        <Link href={`/trainer/messages/${client.id}`} className="btn-primary">
          Messages
        </Link>
      </div>

      {flags.length > 0 ? (
        <div role="status" className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-semibold">Needs attention</p>
          <ul className="mt-1 list-disc pl-5">
            {flags.map((flag) => (
              <li key={flag.kind}>{flag.reason}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="profile-heading" title="Profile">
          <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Goal</dt>
            <dd>{client.goal ? goalLabels[client.goal] : "Not set"}</dd>
            <dt className="text-slate-600">Experience</dt>
            <dd>{client.experience ? experienceLabels[client.experience] : "Not set"}</dd>
            <dt className="text-slate-600">Units</dt>
            <dd>{client.units ? `${client.units.weight}, ${client.units.height === "cm" ? "cm" : "ft/in"}` : "Not set"}</dd>
            <dt className="text-slate-600">Time zone</dt>
            <dd>{client.timeZone}</dd>
            <dt className="text-slate-600">Client since</dt>
            <dd>{client.clientSince.toISOString().slice(0, 10)}</dd>
            <dt className="text-slate-600">Last activity</dt>
            <dd>{daysAgo(detail.daysSinceActivity)}</dd>
          </dl>
        </Section>

        <Section id="compliance-heading" title="Compliance">
          <table className="w-full text-sm">
            <caption className="sr-only">Completed ÷ scheduled, by period</caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1 font-medium">
                  Period
                </th>
                <th scope="col" className="py-1 font-medium">
                  Workouts
                </th>
                <th scope="col" className="py-1 font-medium">
                  Habits
                </th>
              </tr>
            </thead>
            <tbody>
              {([7, 30, 90] as const).map((days) => (
                <tr key={days}>
                  <th scope="row" className="py-1 text-left font-normal">
                    {days} days
                  </th>
                  <td className="py-1">
                    <ComplianceBar rate={detail.compliance.workouts[`days${days}`]} label="Workouts" />
                  </td>
                  <td className="py-1">
                    <ComplianceBar rate={detail.compliance.habits[`days${days}`]} label="Habits" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>

        <Section id="program-heading" title="Program">
          {detail.program ? (
            <>
              <p className="text-sm">
                <span className="font-semibold">{detail.program.name}</span> · {detail.program.weekCount} {detail.program.weekCount === 1 ? "week" : "weeks"} from {detail.program.startDate}
                {detail.program.status === "finished" ? " (finished)" : detail.program.status === "not_started" ? " (not started yet)" : ""}
              </p>
              <h3 className="text-sm font-semibold text-slate-700">Next 7 days</h3>
              {detail.upcoming.length === 0 ? (
                <p className="text-sm text-slate-600">No sessions scheduled.</p>
              ) : (
                <ul className="space-y-1 text-sm">
                  {detail.upcoming.map((day) => (
                    <li key={day.dayKey} className="flex justify-between gap-2">
                      <span>
                        {day.dayKey === detail.todayKey ? "Today" : formatDay(day.dayKey)}: {day.dayName}
                      </span>
                      <span className={day.done ? "text-emerald-700" : "text-slate-600"}>{day.done ? "Done" : "Planned"}</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p className="text-sm text-slate-600">No active program.</p>
          )}
        </Section>

      </div>

      <Section id="habits-heading" title="Habits">
        <div className="grid gap-6 lg:grid-cols-2">
          <ClientHabits clientId={client.id} clientName={client.name} todayKey={detail.todayKey} trainerId={trainerId} initial={detail.habits} />
          {/* A part of Habits (an h3): habit programs are how a trainer adds habits in phases. */}
          <section className="space-y-3 lg:border-l lg:border-slate-200 lg:pl-6" aria-labelledby="habit-programs-heading">
            <h3 id="habit-programs-heading" className="font-semibold">
              Habit programs
            </h3>
            <ClientHabitPrograms clientId={client.id} clientName={client.name} todayKey={detail.todayKey} />
          </section>
        </div>
      </Section>

      <Section id="nutrition-heading" title="Nutrition">
        <ClientNutrition clientId={client.id} clientName={client.name} unit={unit} initial={nutrition} />
      </Section>

      <Section id="wellbeing-heading" title="Wellbeing">
        <ClientMind clientId={client.id} clientName={client.name} initial={mind} />
        <p className="border-t border-slate-100 pt-3 text-xs text-slate-600">
          {client.name} chose what to share with you and can change it at any time. Each time you view what they share, they see it in their access log.
        </p>
      </Section>

      <Section id="workouts-heading" title="Recent workouts">
        {detail.recentWorkouts.length === 0 ? (
          <p className="text-sm text-slate-600">No workouts logged yet.</p>
        ) : (
          <ul className="space-y-4">
            {detail.recentWorkouts.map((workout) => (
              <li key={workout.id} className="rounded-xl border border-slate-200 p-4">
                <h3 className="font-semibold">
                  {workout.name}
                  <span className="ml-2 text-sm font-normal text-slate-600">
                    {formatDay(workout.dayKey)}
                    {workout.status === "active" ? " · in progress" : workout.durationMinutes ? ` · ${workout.durationMinutes} min` : ""}
                    {workout.sessionRpe !== null ? ` · RPE ${workout.sessionRpe}` : ""}
                  </span>
                </h3>
                <ul className="mt-2 space-y-1 text-sm">
                  {workout.exercises.map((exercise) => (
                    <li key={exercise.entryId}>
                      <span className="font-medium">{exercise.name}</span>
                      <span className="text-slate-700">: {exercise.sets.length === 0 ? "no sets logged" : exercise.sets.map((set) => describeSet(set, unit)).join(", ")}</span>
                    </li>
                  ))}
                </ul>
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Comments</summary>
                  <div className="mt-2">
                    <WorkoutComments sessionId={workout.id} viewer="trainer" />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="notes-heading" title="Private notes">
        <ClientNotes clientId={client.id} />
      </Section>

      <Section id="coaching-heading" title="Coaching">
        <p className="text-sm text-slate-600">
          You have coached {client.name} since {client.clientSince.toISOString().slice(0, 10)}. Either of you can end it at any time.
        </p>
        <EndCoachingButton clientId={client.id} clientName={client.name} />
      </Section>
    </div>
  );
}
