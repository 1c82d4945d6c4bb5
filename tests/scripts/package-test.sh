#!/usr/bin/env bash
# The package test: check the .deb and the .rpm `make installer` built with lintian and rpmlint,
# install the .deb, check what it installed (its manual page too), run the installed binary
# headless and in the real webview, remove it, and check that her data folder is left exactly as
# it was. Needs root (dpkg), as CI runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${CARGO_TARGET_DIR:-target}
deb=$(ls -1 "$target"/release/bundle/deb/*.deb | head -n1)
rpm=$(ls -1 "$target"/release/bundle/rpm/*.rpm | head -n1)
sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
data=$(mktemp -d)
cleanup() { $sudo dpkg -r mend >/dev/null 2>&1 || true; rm -rf "$data"; }
trap cleanup EXIT

# The distributions' own checkers, failing on any error. What rpmlint reports that cannot apply
# to a package built outside a distribution, or that is deliberate, is overridden by name with a
# reason in assets/linux/mend.rpmlintrc. Lintian reports nothing to override; were it to, the
# place is the package's own /usr/share/lintian/overrides/mend (a bundle.linux.deb.files entry).
lintian --fail-on error --display-info "$deb"
rpmlint -r assets/linux/mend.rpmlintrc "$rpm"

# The tray icon needs the indicator library, loaded at run time: both packages say so. The other
# libraries come from dpkg-shlibdeps (Debian) and rpmbuild's automatic requires (RPM).
dpkg-deb -f "$deb" Depends | grep -q 'libayatana-appindicator3-1' || { echo "the .deb does not depend on the tray library" >&2; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q 'libc6 (>= ' || { echo "the .deb has no computed library dependencies" >&2; exit 1; }
rpm -qp --requires "$rpm" | grep -q '^libayatana-appindicator-gtk3$' || { echo "the .rpm does not require the tray library" >&2; exit 1; }
rpm -qp --requires "$rpm" | grep -q '^libwebkit2gtk-4.1.so.0()(64bit)' || { echo "the .rpm has no automatic library requires" >&2; exit 1; }
$sudo dpkg -i "$deb"
for f in /usr/bin/mend /usr/share/applications/Mend.desktop /usr/share/metainfo/org.mend.app.metainfo.xml \
         /usr/share/icons/hicolor/{32x32,64x64,128x128,256x256,512x512}/apps/mend.png \
         /usr/share/man/man1/mend.1.gz /usr/share/doc/mend/{copyright,changelog.gz}; do
  [ -f "$f" ] || { echo "the package did not install $f" >&2; exit 1; }
done
desktop-file-validate /usr/share/applications/Mend.desktop
grep -q '^Exec=mend %U$' /usr/share/applications/Mend.desktop

# `man mend` finds the page, and it documents every command and the data folder's variable.
[ "$(man -w mend)" = /usr/share/man/man1/mend.1.gz ] || { echo "man -w mend does not find the page" >&2; exit 1; }
page=$(MANWIDTH=100 man -P cat mend 2>/dev/null)
for want in 'mend log pain' 'mend tag unretire' 'mend report' 'EXIT STATUS' MEND_DATA_DIR; do
  grep -qF "$want" <<<"$page" || { echo "man mend does not mention $want" >&2; exit 1; }
done

# Headless, without a display: version, help, and a check on a fresh data folder.
env -u DISPLAY -u WAYLAND_DISPLAY mend --version | grep -q '^mend 0\.1\.0$'
env -u DISPLAY -u WAYLAND_DISPLAY mend --help | grep -q 'With no command, Mend opens its window.'
MEND_DATA_DIR="$data/diary" env -u DISPLAY mend log pain --score 4 >/dev/null
MEND_DATA_DIR="$data/diary" env -u DISPLAY mend check | grep -q '^ok: integrity ok, schema version 5 .*, 1 entries'

# In the real webview, through the same WebDriver harness as the end-to-end tests: the test
# binary CI kept from `make test` ($MEND_E2E_BIN, see .ci/run), else built now.
installed=(installed -- --ignored --exact installed::the_installed_app_opens_on_the_today_screen)
if [ -n "${MEND_E2E_BIN:-}" ]; then
  MEND_INSTALLED_APP=/usr/bin/mend "$MEND_E2E_BIN" "${installed[@]:2}"
else
  MEND_INSTALLED_APP=/usr/bin/mend cargo test --workspace --locked --features mend/e2e,mend-perf/e2e --test e2e "${installed[@]}"
fi

# Removing the package leaves her data alone.
before=$(cd "$data" && find . -type f -exec sha256sum {} + | sort)
$sudo dpkg -r mend
[ ! -e /usr/bin/mend ] || { echo "dpkg -r left /usr/bin/mend" >&2; exit 1; }
after=$(cd "$data" && find . -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || { echo "removing the package changed her data folder" >&2; exit 1; }
echo "Package test passed: installed, checked, launched, removed; her data folder untouched."
