#!/usr/bin/env bash
# `make test` must end every process it starts. `leftovers.sh before` notes the Xvfb,
# tauri-driver, WebKitWebDriver, dbus-daemon and mend processes already running (a developer's own);
# `leftovers.sh after` fails, naming them, if any others are still running.
set -euo pipefail
state="${CARGO_TARGET_DIR:-target}/leftovers-before.txt"
# Live processes only: a zombie has already ended and is waiting for its parent to reap it.
list() {
  ps -eo pid=,stat=,comm= |
    awk '$2 !~ /^Z/ && $3 ~ /^(Xvfb|tauri-driver|WebKitWebDriver|dbus-daemon|mend|mend-perf|mend-bare)$/ {print $1}' | sort
}
case "${1:-}" in
  before) mkdir -p "$(dirname "$state")"; list > "$state" ;;
  after)
    sleep 1 # a process told to stop a moment ago
    left=$(comm -13 "$state" <(list))
    if [ -n "$left" ]; then
      echo "make test left these processes running:" >&2
      for pid in $left; do ps -o pid=,args= -p "$pid" >&2 || true; done
      exit 1
    fi
    echo "No test process left running." ;;
  *) echo "usage: $0 before|after" >&2; exit 2 ;;
esac
