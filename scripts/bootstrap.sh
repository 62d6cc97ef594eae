# Shared by start.sh and test.sh: install what a fresh machine lacks, and nothing it already has.

# Next.js would otherwise phone home with anonymous telemetry; this machine (and CI) has no route out.
export NEXT_TELEMETRY_DISABLED=1

ensure_node_modules() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "bootstrap: installing npm packages (npm ci)…"
    # Browsers come from Debian (chromium), never from a download at install time.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  if [ "$(id -u)" = "0" ]; then
    echo "bootstrap: installing Debian's chromium for the browser tests…"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
  else
    echo "bootstrap: the browser tests need Debian's chromium at /usr/bin/chromium: sudo apt-get install chromium" >&2
    exit 1
  fi
}

ensure_go_or_mongodb() {
  if [ -z "${MONGODB_URI:-}" ] && ! command -v go >/dev/null 2>&1; then
    echo "bootstrap: Go is needed to build the embedded database (FerretDB). Install Go ≥ 1.24, or set MONGODB_URI to a MongoDB ≥ 6." >&2
    exit 1
  fi
}

# True when .next is missing or older than any source that goes into the build.
build_is_stale() {
  [ -f .next/BUILD_ID ] || return 0
  [ -f public/sw.js ] || return 0
  [ -n "$(find app components lib server public/icons proxy.ts instrumentation.ts next.config.mjs tailwind.config.ts postcss.config.mjs scripts/build-sw.mjs package-lock.json -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]
}
