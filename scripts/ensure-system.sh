#!/usr/bin/env bash
# Installs the Debian packages softdial's build and tests need, when they are missing and we may install.
# keytar builds against libsecret; tests use a real Secret Service (gnome-keyring in a D-Bus session)
# and Debian's Chromium. Elsewhere it only says what is missing.
set -euo pipefail

packages=()
have() { command -v "$1" >/dev/null 2>&1; }
[ "$(uname -s)" = Linux ] || exit 0
pkg-config --exists libsecret-1 2>/dev/null || packages+=(libsecret-1-dev pkg-config)
have dbus-run-session || packages+=(dbus dbus-x11)
have gnome-keyring-daemon || packages+=(gnome-keyring)
have secret-tool || packages+=(libsecret-tools)
have chromium || packages+=(chromium)
[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && have apt-get; then
  echo "softdial: installing ${packages[*]} (apt-get)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
  echo "softdial: missing system packages: ${packages[*]}" >&2
  echo "softdial: install them with: sudo apt-get install ${packages[*]}" >&2
fi
