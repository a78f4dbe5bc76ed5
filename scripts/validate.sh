#!/usr/bin/env bash
# What a change must pass (`npm run validate`, and CI): the typecheck, the lint, the format
# check and the web build run side by side, as each keeps mostly one core busy; then every
# test (the browser tests use that build). Exits non-zero if any of them fails.
#
# Arguments, if any, are more commands to run beside those four before the tests start:
# CI compiles better-sqlite3 there (.ci/run), as nothing but the tests needs it.
set -uo pipefail
cd "$(dirname "$0")/.."

names=(typecheck lint format:check build)
pids=()
for name in "${names[@]}"; do
  npm run --silent "$name" &
  pids+=($!)
done
for extra in "$@"; do
  names+=("$extra")
  bash -c "$extra" &
  pids+=($!)
done
failed=()
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || failed+=("${names[$i]}")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "validate: ${failed[*]} failed" >&2
  exit 1
fi
exec npx vitest run
