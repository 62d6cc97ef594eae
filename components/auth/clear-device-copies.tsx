"use client";

import { useEffect } from "react";
import { clearDeviceCopies } from "@/lib/offline/local-db";

/**
 * On the sign-in page nobody is signed in: whatever training pages and workout copies this device
 * still holds (an expired session, a shared phone) are deleted before the next person signs in.
 * Queued writes stay; they are sent only under the account that made them.
 */
export function ClearDeviceCopies() {
  useEffect(() => {
    void clearDeviceCopies().catch(() => undefined);
  }, []);
  return null;
}
