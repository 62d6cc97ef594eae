"use client";

import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from "react";

/**
 * A `<dialog>` shown modally while mounted. Whether it closes is the parent's call (it unmounts the
 * dialog): Escape and a click on the backdrop call `onClose`, and the browser's own "cancel" is
 * stopped so the dialog never closes behind the parent's back. `onOpen` runs once it is shown (focus).
 * Spread `dialogProps` on the `<dialog>`.
 */
export function useModalDialog(onClose: () => void, onOpen?: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const opened = useRef(onOpen);
  opened.current = onOpen;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    opened.current?.();
    const onCancel = (event: Event) => event.preventDefault();
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  const dialogProps = {
    ref,
    onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      event.stopPropagation();
      onClose();
    },
    // A click on the backdrop (the dialog element itself, outside its panel) closes it.
    onClick: (event: MouseEvent<HTMLDialogElement>) => {
      if (event.target === ref.current) onClose();
    },
  };
  return { dialogProps };
}
