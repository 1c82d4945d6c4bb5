#!/usr/bin/env bash
# The Linux desktop integration files pass the freedesktop validators: the desktop entry
# (rendered from its template as the .deb and .rpm bundlers do) and the AppStream metainfo.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${CARGO_TARGET_DIR:-target}/linux-check"
mkdir -p "$out"
sed -e 's/{{name}}/Mend/g' -e 's/{{exec}}/mend/g' -e 's/{{icon}}/mend/g' assets/linux/mend.desktop > "$out/Mend.desktop"
if grep -q '{{' "$out/Mend.desktop"; then
  echo "assets/linux/mend.desktop uses a template field the bundlers do not fill" >&2
  exit 1
fi
desktop-file-validate "$out/Mend.desktop"
appstreamcli validate --no-net assets/linux/org.mend.app.metainfo.xml
# Each icon is a PNG of its size: width and height are the big-endian words at bytes 16 and 20.
for size in 32 64 128 256 512; do
  read -r w h < <(od -An -tu4 --endian=big -j16 -N8 "assets/icons/${size}x${size}.png")
  [ "$(head -c4 "assets/icons/${size}x${size}.png" | od -An -c | tr -d ' ')" = "211PNG" ] && [ "$w" = "$size" ] && [ "$h" = "$size" ] \
    || { echo "assets/icons/${size}x${size}.png is not a ${size} px PNG (${w:-?} x ${h:-?})" >&2; exit 1; }
done
echo "Desktop entry, AppStream metainfo and icons are valid."
