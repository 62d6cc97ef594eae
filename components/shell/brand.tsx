import Link from "next/link";

/** The app mark (the same drawing as the installed icon), sized by the caller. */
export function BrandMark({ className = "h-8 w-8" }: { className?: string }) {
  return (
    <svg aria-hidden viewBox="0 0 100 100" className={`${className} shrink-0`}>
      <rect width="100" height="100" rx="22" fill="#23765a" />
      <g transform="translate(50 50) scale(0.8) translate(-50 -50)" fill="none" strokeLinecap="round" strokeLinejoin="round">
        <path d="M68 30 A26 26 0 1 0 68 70" stroke="#ffffff" strokeWidth="10" />
        <path d="M44 52 l8 8 l18 -20" stroke="#bff0d6" strokeWidth="8" />
      </g>
    </svg>
  );
}

/** The mark and a name, linking home. */
export function BrandLink({ href, label, className = "" }: { href: string; label: string; className?: string }) {
  return (
    <Link href={href} className={`flex items-center gap-2 font-bold text-brand-700 ${className}`}>
      <BrandMark />
      {label}
    </Link>
  );
}
