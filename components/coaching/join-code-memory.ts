"use client";

// A /join/<code> link opened while signed out is remembered on this device, so after signing in (or
// signing up and onboarding) the Today page can offer to continue. The sign-in flow has no return URL,
// so this is how the member "comes back". The code is single use and expires; it is cleared once used.
const KEY = "coaching:join-code";

export function rememberJoinCode(code: string): void {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Storage off (private mode): the member can still open the link again.
  }
}

export function rememberedJoinCode(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function forgetJoinCode(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
