"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { messageOf } from "@/lib/trpc/react";

/** "Are you sure?" for a step that removes or ends something: the red button does it, the other backs out. */
export function ConfirmPanel(props: {
  label: string;
  /** The back-out button's words (default "Keep it"). */
  cancel?: string;
  error: unknown;
  pending: boolean;
  /** The confirm button's words, and its words while the request runs. */
  confirm: [string, string];
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <div className="space-y-2 rounded-xl border border-red-200 bg-red-50 p-3" role="group" aria-label={props.label}>
      {props.error ? <Alert>{messageOf(props.error)}</Alert> : null}
      <p className="text-sm text-red-900">{props.children}</p>
      <div className="flex gap-2">
        <button type="button" className="btn bg-red-700 text-white hover:bg-red-800" disabled={props.pending} onClick={props.onConfirm}>
          {props.pending ? props.confirm[1] : props.confirm[0]}
        </button>
        <button type="button" className="btn-secondary" onClick={props.onCancel}>
          {props.cancel ?? "Keep it"}
        </button>
      </div>
    </div>
  );
}
