"use client";

import { useEffect } from "react";
import { forgetJoinCode, rememberJoinCode } from "./join-code-memory";

/** Rendered on /join/<code> for a signed-out visitor: keeps the code for after they sign in. */
export function RememberJoinCode({ code }: { code: string }) {
  useEffect(() => rememberJoinCode(code), [code]);
  return null;
}

/** Rendered on /join/<code> once signed in: the member is here, so Today need not offer the link again. */
export function ForgetJoinCode() {
  useEffect(() => forgetJoinCode(), []);
  return null;
}
