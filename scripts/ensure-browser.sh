#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's Chromium and Firefox ESR, and a CJK font.
# Installs them when running as root on Debian; otherwise says exactly what is missing and fails.
set -euo pipefail

need_chromium=0; need_firefox=0; need_font=0
[ -x /usr/bin/chromium ] || need_chromium=1
[ -x /usr/bin/firefox-esr ] || need_firefox=1
fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk|noto serif cjk|droid sans fallback' || need_font=1
[ "$need_chromium$need_firefox$need_font" = "000" ] && exit 0

pkgs=()
[ $need_chromium = 1 ] && pkgs+=(chromium)
[ $need_firefox = 1 ] && pkgs+=(firefox-esr)
[ $need_font = 1 ] && pkgs+=(fonts-wqy-microhei fontconfig)

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing for browser tests: ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
  exit 0
fi
echo "Browser tests need: ${pkgs[*]} (Debian: sudo apt-get install -y ${pkgs[*]})." >&2
echo "Chromium must be at /usr/bin/chromium and Firefox at /usr/bin/firefox-esr. Install them, then run npm test again." >&2
exit 1
