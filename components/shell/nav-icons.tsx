import type { ReactNode } from "react";

const paths: Record<string, ReactNode> = {
  today: <path d="M4 12l8-8 8 8M6 10v10h12V10" />,
  train: <path d="M3 10v4M6 7v10M18 7v10M21 10v4M6 12h12" />,
  eat: <path d="M7 3v8a2 2 0 004 0V3M9 11v10M17 3c-2 2-2 6 0 8v10" />,
  habits: <path d="M5 12l4 4 10-10M4 20h16" />,
  mind: <path d="M12 21s-7-4.5-7-10a4 4 0 017-2.6A4 4 0 0119 11c0 5.5-7 10-7 10z" />,
  progress: <path d="M4 20V10M10 20V4M16 20v-7M22 20H2" />,
  settings: <path d="M12 15a3 3 0 100-6 3 3 0 000 6zM19 12l2-1-2-4-2 1-2-1V5h-4v2l-2 1-2-1-2 4 2 1v0l-2 1 2 4 2-1 2 1v2h4v-2l2-1 2 1 2-4z" />,
  clients: <path d="M16 19v-1a4 4 0 00-8 0v1M12 11a3 3 0 100-6 3 3 0 000 6zM20 19v-1a3 3 0 00-2-3M4 19v-1a3 3 0 012-3" />,
  programs: <path d="M5 4h14v16H5zM9 8h6M9 12h6M9 16h4" />,
  users: <path d="M12 11a4 4 0 100-8 4 4 0 000 8zM4 21v-1a6 6 0 0112 0v1M19 8v6M16 11h6" />,
  overview: <path d="M4 4h7v7H4zM13 4h7v4h-7zM13 10h7v10h-7zM4 13h7v7H4z" />,
  messages: <path d="M4 5h16v11H9l-5 4zM8 9h8M8 12h5" />,
};

export function NavIcon({ name }: { name: string }) {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
      {paths[name]}
    </svg>
  );
}
