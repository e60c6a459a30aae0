#!/usr/bin/env bash
# Runs a command with a real, unlocked Secret Service: gnome-keyring in this D-Bus session, with a
# throw-away HOME and password, so keychain tests never touch a person's own keyring.
# Call it inside `dbus-run-session`.
set -euo pipefail
export HOME="$(mktemp -d)"
export XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SOFTDIAL_SECRET_SERVICE=1
exec "$@"
