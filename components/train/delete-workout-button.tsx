"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { messageOf, useTRPC } from "@/lib/trpc/react";

/** Deletes a logged workout (its sets too; personal records are rebuilt) after a confirmation. */
export function DeleteWorkoutButton({ sessionId, name }: { sessionId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(
    trpc.workouts.delete.mutationOptions({
      onSuccess: () => {
        router.push("/train");
        router.refresh();
      },
    }),
  );
  return (
    <div className="space-y-2">
      {remove.isError ? <Alert>{messageOf(remove.error)}</Alert> : null}
      <button
        type="button"
        className="btn w-full border border-red-300 bg-white text-red-700"
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(`Delete “${name}” and all its sets? Records are recalculated without it.`)) remove.mutate({ sessionId });
        }}
      >
        Delete workout
      </button>
    </div>
  );
}
