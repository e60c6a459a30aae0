#!/usr/bin/env bash
# `npm test`: installs what is missing, builds, lints and type-checks, then runs every test, with a
# real Secret Service for the keychain tests when this machine can start one, and prints a plain
# "N passed, N failed" line at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/ensure-deps.mjs
npm run --silent build
npm run --silent lint
mkdir -p test-results
rm -f test-results/proof.txt
vitest=(npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@")
status=0
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  dbus-run-session -- bash scripts/with-keyring.sh "${vitest[@]}" || status=$?
else
  echo "softdial: no D-Bus/gnome-keyring here; keychain tests will be skipped (CI runs them)." >&2
  "${vitest[@]}" || status=$?
fi
# The reliability proof's figures (test/proof), then the plain count.
[ -f test-results/proof.txt ] && cat test-results/proof.txt
node -e "const r=require('./test-results/vitest.json'); console.log(r.numPassedTests + ' passed, ' + r.numFailedTests + ' failed' + (r.numPendingTests ? ', ' + r.numPendingTests + ' skipped' : ''))" || true
exit "$status"
