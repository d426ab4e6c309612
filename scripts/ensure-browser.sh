#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's Chromium and Firefox ESR, a CJK font, and LibreOffice
# and poppler-utils (the ledger's .xlsx/.docx are opened headless with soffice, PDFs read with pdftotext).
# Installs them when running as root on Debian; otherwise says exactly what is missing and fails.
set -euo pipefail

need_chromium=0; need_firefox=0; need_font=0; need_office=0; need_poppler=0
[ -x /usr/bin/chromium ] || need_chromium=1
[ -x /usr/bin/firefox-esr ] || need_firefox=1
fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk|noto serif cjk|droid sans fallback' || need_font=1
command -v soffice >/dev/null 2>&1 || need_office=1
{ command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; } || need_poppler=1
[ "$need_chromium$need_firefox$need_font$need_office$need_poppler" = "00000" ] && exit 0

pkgs=()
[ $need_chromium = 1 ] && pkgs+=(chromium)
[ $need_firefox = 1 ] && pkgs+=(firefox-esr)
[ $need_font = 1 ] && pkgs+=(fonts-wqy-microhei fontconfig)
[ $need_office = 1 ] && pkgs+=(libreoffice-calc-nogui libreoffice-writer-nogui)
[ $need_poppler = 1 ] && pkgs+=(poppler-utils)

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing for browser tests: ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
  exit 0
fi
echo "Browser tests need: ${pkgs[*]} (Debian: sudo apt-get install -y ${pkgs[*]})." >&2
echo "Chromium must be at /usr/bin/chromium and Firefox at /usr/bin/firefox-esr, soffice and pdftotext on the PATH. Install them, then run npm test again." >&2
exit 1
