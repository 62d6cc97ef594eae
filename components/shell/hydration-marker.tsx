"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`). A tap that lands before then
 * is lost (React has not attached its handlers yet); end-to-end tests wait for the mark instead of
 * retrying clicks.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
