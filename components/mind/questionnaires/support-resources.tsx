import type { TSupportResource } from "@/lib/schemas/mind";

/** Crisis and support lines, each with what it offers and a link where there is one. */
export function SupportResources({ resources }: { resources: readonly TSupportResource[] }) {
  return (
    <section className="card space-y-3 border-amber-200 bg-amber-50" aria-labelledby="support-heading" data-testid="support-resources">
      <h2 id="support-heading" className="text-lg font-semibold">
        Support, if you want it
      </h2>
      <p className="text-sm text-slate-700">Talking to someone helps. A doctor or another professional can look at how you have been feeling with you.</p>
      <ul className="space-y-2">
        {resources.map((resource) => (
          <li key={resource.name}>
            <p className="font-medium">
              {resource.url ? (
                <a href={resource.url} target="_blank" rel="noopener noreferrer" className="text-brand-800 underline">
                  {resource.name}
                </a>
              ) : (
                resource.name
              )}
            </p>
            <p className="text-sm text-slate-700">{resource.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
