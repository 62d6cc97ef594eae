#!/usr/bin/env bash
# Runs inside with-db.mjs (a fresh embedded database): seed the demo accounts, serve the production
# build with the bench route on, measure, stop.
set -euo pipefail
port=3200
npx tsx --conditions=react-server scripts/seed.ts --quiet
# Its own process group, so stopping it stops next-server too.
BENCH_ROUTES=1 APP_URL="http://localhost:$port" LOG_LEVEL=error setsid node_modules/.bin/next start -p "$port" > .data/bench-server.log 2>&1 &
server=$!
trap 'kill -- -$server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://localhost:$port/api/health" > /dev/null && break
  sleep 0.2
done
node bench/log-set.mjs "http://localhost:$port" "$1"
