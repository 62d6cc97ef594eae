import Link from "next/link";
import { formatWeight } from "@/lib/units";
import { requireUser } from "@/server/auth/session";

export const metadata = { title: "Personal records" };

const day = (date: Date) => date.toISOString().slice(0, 10);

export default async function RecordsPage() {
  const { caller } = await requireUser({ roles: ["member"], onboarded: true });
  const [profile, records] = await Promise.all([caller.profile.get(), caller.training.records({})]);
  const unit = profile?.units.weight ?? "kg";
  return (
    <div className="space-y-4">
      <Link href="/train" className="text-sm font-semibold text-brand-700 underline">
        ← Train
      </Link>
      <h1 className="text-2xl font-bold">Personal records</h1>
      {records.length === 0 ? <p className="text-slate-700">Log a few workouts and your bests show up here.</p> : null}
      <ul className="space-y-3">
        {records.map((record) => (
          <li key={record.exercise.id} className="card">
            <h2 className="font-semibold">{record.exercise.name}</h2>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
              {record.heaviest ? (
                <>
                  <dt className="text-slate-600">Heaviest</dt>
                  <dd>
                    {formatWeight(record.heaviest.value, unit)} × {record.heaviest.reps} ({day(record.heaviest.at)})
                  </dd>
                </>
              ) : null}
              {record.bestE1rm ? (
                <>
                  <dt className="text-slate-600">Best estimated 1RM</dt>
                  <dd>{formatWeight(record.bestE1rm.value, unit)}</dd>
                </>
              ) : null}
              {record.bestVolume ? (
                <>
                  <dt className="text-slate-600">Best set volume</dt>
                  <dd>{formatWeight(record.bestVolume.value, unit)}</dd>
                </>
              ) : null}
              {record.mostReps ? (
                <>
                  <dt className="text-slate-600">Most reps</dt>
                  <dd>{record.mostReps.value}</dd>
                </>
              ) : null}
              {record.longestDuration ? (
                <>
                  <dt className="text-slate-600">Longest</dt>
                  <dd>{Math.round(record.longestDuration.value)} s</dd>
                </>
              ) : null}
              {record.longestDistance ? (
                <>
                  <dt className="text-slate-600">Longest distance</dt>
                  <dd>{(record.longestDistance.value / 1000).toFixed(2)} km</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
