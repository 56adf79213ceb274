#!/usr/bin/env bash
# Everything a fresh Debian machine needs, from scratch: Chromium with its locale pack (chromium-l10n: without it the
# browser's UI, and so the extension's, stays English whatever LANGUAGE says), Firefox ESR and a CJK font for the
# end-to-end tests, the demo and screenshots (Debian packages, installed only when missing), Firefox 140 ESR — the
# oldest version the manifest accepts — unpacked once into .cache/, then the npm dependencies from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

need_browser=0
command -v chromium >/dev/null 2>&1 || need_browser=1
dpkg -s chromium-l10n >/dev/null 2>&1 || need_browser=1
command -v firefox-esr >/dev/null 2>&1 || need_browser=1
fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || need_browser=1
if [ "$need_browser" = 1 ]; then
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "setup: a browser or the CJK font is missing; run as root: apt-get install -y chromium chromium-l10n firefox-esr fonts-wqy-microhei" >&2
    exit 1
  fi
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-l10n firefox-esr fonts-wqy-microhei >/dev/null
fi

# Firefox 140 ESR (the manifest's strict_min_version) beside the current ESR: Debian keeps it in the main archive, so
# it is downloaded as a package and unpacked, not installed (the system libraries it needs came with firefox-esr).
firefox_min_version=140.12.0esr-1~deb12u1
firefox_min_dir=.cache/firefox-140
if [ ! -x "$firefox_min_dir/usr/lib/firefox-esr/firefox-esr" ]; then
  rm -rf "$firefox_min_dir" && mkdir -p "$firefox_min_dir"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  # A machine whose package lists were never fetched (or are stale) knows no such version yet.
  (cd "$firefox_min_dir" && apt-get download "firefox-esr=$firefox_min_version" >/dev/null 2>&1) || {
    $SUDO apt-get update -qq
    (cd "$firefox_min_dir" && apt-get download "firefox-esr=$firefox_min_version" >/dev/null)
  }
  dpkg-deb -x "$firefox_min_dir"/firefox-esr_*.deb "$firefox_min_dir"
  rm -f "$firefox_min_dir"/firefox-esr_*.deb
fi

npm ci --no-audit --no-fund
