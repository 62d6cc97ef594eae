"use client";

import Link from "next/link";
import { useId } from "react";

/** Above a library of programs (training or habit): the "New …" link and the "Show archived" switch. */
export function LibraryToolbar(props: { newHref: string; newLabel: string; showArchived: boolean; onShowArchivedChange: (show: boolean) => void }) {
  const archivedId = useId();
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <Link href={props.newHref} className="btn-primary">
        {props.newLabel}
      </Link>
      <div className="flex min-h-11 items-center gap-2">
        <input
          id={archivedId}
          type="checkbox"
          className="h-5 w-5 rounded border-slate-400 accent-brand-600"
          checked={props.showArchived}
          onChange={(event) => props.onShowArchivedChange(event.target.checked)}
        />
        <label htmlFor={archivedId} className="text-sm font-medium text-slate-700">
          Show archived
        </label>
      </div>
    </div>
  );
}
