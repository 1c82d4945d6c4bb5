#!/usr/bin/env bash
# The lint is clippy's driver compiling our crates (Makefile, CARGO_TEST), with CLIPPY_ARGS as
# `cargo clippy` sets it. If a clippy release read those arguments otherwise, every lint would
# fall back to a warning and `make lint` would pass whatever the code says: so first, a snippet
# with two clippy findings must fail under the same driver and arguments.
set -euo pipefail
driver=${1:?usage: clippy-canary.sh CLIPPY_DRIVER}
: "${CLIPPY_ARGS:?CLIPPY_ARGS is not set (the Makefile exports it)}"
command -v "$driver" >/dev/null || { echo "clippy-canary: clippy is not installed ($driver): rustup component add clippy" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'fn main() {\n    let v = vec![1];\n    assert!(v.len() == 0);\n}\n' > "$dir/canary.rs"
if "$driver" --edition 2021 --crate-type bin --emit=metadata -o "$dir/canary.rmeta" "$dir/canary.rs" 2> "$dir/out"; then
    cat "$dir/out" >&2
    echo "clippy-canary: $driver passed a snippet clippy must reject with CLIPPY_ARGS=$CLIPPY_ARGS: the lint would prove nothing" >&2
    exit 1
fi
grep -q 'clippy::len_zero' "$dir/out" || { cat "$dir/out" >&2; echo "clippy-canary: $driver failed, but not on clippy's len_zero lint" >&2; exit 1; }
