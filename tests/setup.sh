#!/usr/bin/env bash
# Everything a fresh Debian machine needs, from scratch: Chromium and a CJK font for the end-to-end tests, the demo
# and screenshots (Debian packages, installed only when missing), then the npm dependencies from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

need_browser=0
command -v chromium >/dev/null 2>&1 || need_browser=1
fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || need_browser=1
if [ "$need_browser" = 1 ]; then
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "setup: Chromium or the CJK font is missing; run as root: apt-get install -y chromium fonts-wqy-microhei" >&2
    exit 1
  fi
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi

npm ci --no-audit --no-fund
