#!/usr/bin/env python3
"""Writes src-tauri/tauri.conf.json for the Tauri CLI, which looks for the config inside the
crate folder, from the one config at the root (the design card's place for it). Every path in
it is made absolute, so it means the same whether the CLI or tauri-build reads it. The file is
generated, ignored by git, and removed after the build by `make installer`. A path under
target/ names a file the build makes (tests/scripts/package-files.py): it is found in
$CARGO_TARGET_DIR when that is set."""
import json
import os
import sys

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# UTF-8 always: on Windows open() would use the ANSI code page and fail at the first non-ASCII text.
with open(os.path.join(root, "tauri.conf.json"), encoding="utf-8") as f:
    config = json.load(f)
target = os.path.join(root, os.environ.get("CARGO_TARGET_DIR") or "target")


def absolute(path):
    return os.path.join(target, path[len("target/") :]) if path.startswith("target/") else os.path.join(root, path)


config["build"]["frontendDist"] = absolute(config["build"]["frontendDist"])
bundle = config["bundle"]
bundle["icon"] = [absolute(p) for p in bundle["icon"]]
for kind in ("deb", "rpm"):
    linux = bundle["linux"][kind]
    linux["desktopTemplate"] = absolute(linux["desktopTemplate"])
    linux["files"] = {dest: absolute(src) for dest, src in linux["files"].items()}
out = os.path.join(root, "src-tauri", "tauri.conf.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(config, f, indent=2, ensure_ascii=False)
print(out, file=sys.stderr)
