#!/usr/bin/env bash
# `npm test`: installs what is missing, builds, lints and type-checks, then runs every test, with a
# real Secret Service for the keychain tests when this machine can start one.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/ensure-deps.mjs
npm run --silent build
npm run --silent lint
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  exec dbus-run-session -- bash scripts/with-keyring.sh npx vitest run "$@"
fi
echo "softdial: no D-Bus/gnome-keyring here; keychain tests will be skipped (CI runs them)." >&2
exec npx vitest run "$@"
