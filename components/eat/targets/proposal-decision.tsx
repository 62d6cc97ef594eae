"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { TDayTargets, TProposalView } from "@/lib/schemas/nutrition";
import { messageOf } from "@/lib/trpc/react";
import { TargetsEditor } from "./targets-editor";

export type ProposalDecisionInput = { decision: "accept" | "decline"; targets?: TDayTargets; note: string };

/**
 * Accept as proposed, edit then accept (with a note), or decline: the same controls for a member without
 * a trainer and for a trainer reviewing a client, in each one's words.
 */
export function ProposalDecision(props: {
  proposal: TProposalView;
  idPrefix: string;
  labels: { accept: string; edit: string; submitEdited: string };
  pending: boolean;
  error: unknown;
  onDecide(input: ProposalDecisionInput): Promise<unknown>;
  /** Clears an earlier error before the editor opens. */
  onEditStart(): void;
}) {
  const { proposal, labels, pending, error } = props;
  const [editing, setEditing] = useState(false);
  const decide = (input: ProposalDecisionInput) =>
    props.onDecide(input).then(
      () => setEditing(false),
      () => undefined, // shown through `error`
    );
  if (editing) {
    return (
      <TargetsEditor
        idPrefix={props.idPrefix}
        ariaLabel="Edit the proposed targets"
        initial={proposal.proposed}
        withNote
        submitLabel={labels.submitEdited}
        pending={pending}
        error={error}
        onSubmit={(edit) => void decide({ decision: "accept", targets: edit.targets, note: edit.note })}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <>
      {error ? <Alert>{messageOf(error)}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-primary" disabled={pending} onClick={() => void decide({ decision: "accept", note: "" })}>
          {labels.accept}
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            props.onEditStart();
            setEditing(true);
          }}
        >
          {labels.edit}
        </button>
        <button type="button" className="btn-secondary" disabled={pending} onClick={() => void decide({ decision: "decline", note: "" })}>
          Decline
        </button>
      </div>
    </>
  );
}
