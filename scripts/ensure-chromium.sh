#!/usr/bin/env bash
# The end-to-end tests drive the system Chromium (never a browser downloaded by a test tool).
# Where it is missing and we may install it (root with apt), install Debian's package; otherwise stop
# with a clear message.
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if [ -n "${CHROME_PATH:-}" ]; then
  echo "CHROME_PATH is set to '$CHROME_PATH', but no executable is there. Point it at a Chromium or Chrome binary." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package for the end-to-end tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
fi
cat >&2 <<'MSG'
The end-to-end tests need Chromium at /usr/bin/chromium, and it is not installed.
Install it (Debian/Ubuntu: sudo apt-get install -y chromium), or set CHROME_PATH to a Chromium/Chrome binary.
MSG
exit 1
