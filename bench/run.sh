#!/usr/bin/env bash
# Reproduces the README's performance numbers: the workouts.logSet procedure (session check, tRPC,
# zod, a real database write, records, audit) against the same request to a bare route handler.
# Needs only what `npm start` installs. Usage: bash bench/run.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
ensure_node_modules
ensure_go_or_mongodb
if build_is_stale; then npm run -s build; fi
exec node scripts/with-db.mjs --fresh -- bash bench/serve-and-measure.sh "${1:-20}"
