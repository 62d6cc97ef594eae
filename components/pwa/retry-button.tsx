"use client";

export function RetryButton() {
  return (
    <button type="button" className="btn-primary" onClick={() => window.location.reload()}>
      Try again
    </button>
  );
}
