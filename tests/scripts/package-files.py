#!/usr/bin/env python3
"""Makes what the packages need beyond the build, after `tauri build --no-bundle` and before
`tauri bundle`, into TARGET/package/ (TARGET is $CARGO_TARGET_DIR, else target/):

- mend.1.gz: the manual page, printed by the release binary itself (`mend --man-page`), so it
  is made from the same clap definitions as its `--help`;
- changelog.gz: CHANGELOG.md in the Debian changelog format, for /usr/share/doc/mend/;
- changelog.rpm: the same in RPM's %changelog format, for tests/scripts/rpm-build.sh;
- bundle.json: configuration merged into tauri.conf.json by `tauri bundle --config`: the .deb's
  Depends as dpkg-shlibdeps computes them from the binary (what ${shlibs:Depends} gives in a
  Debian build), after those the root config names itself (the tray library, loaded at run
  time, which no tool can see).

Everything is compressed with gzip -9 and no timestamp, as Debian policy asks, so the same
sources give the same bytes."""
import email.utils
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import tomllib
from datetime import datetime, timezone

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
target = os.path.join(root, os.environ.get("CARGO_TARGET_DIR") or "target")
out = os.path.join(target, "package")
binary = os.path.join(target, "release", "mend")
config = json.load(open(os.path.join(root, "tauri.conf.json")))
workspace = tomllib.load(open(os.path.join(root, "Cargo.toml"), "rb"))["workspace"]["package"]
maintainer = workspace["authors"][0]


def write_gz(name, text):
    with open(os.path.join(out, name), "wb") as f:
        f.write(gzip.compress(text.encode(), compresslevel=9, mtime=0))


def releases():
    """CHANGELOG.md's releases, newest first: (version, date, [lines of the entry])."""
    found, current = [], None
    for line in open(os.path.join(root, "CHANGELOG.md"), encoding="utf-8"):
        heading = re.match(r"## \[(\d[^\]]*)\] - (\d{4}-\d\d-\d\d)\s*$", line)
        if heading:
            current = (heading[1], datetime.strptime(heading[2], "%Y-%m-%d").replace(tzinfo=timezone.utc), [])
            found.append(current)
        elif line.startswith("## "):
            current = None  # [Unreleased] is not in a package
        elif current:
            current[2].append(line.rstrip("\n"))
    return found


def items(lines):
    """The entry's list items, each joined onto one line, prefixed by its ### heading."""
    kind, result = "", []
    for line in lines:
        if line.startswith("### "):
            kind = line[4:].strip()
        elif line.startswith("- "):
            result.append(f"{kind}: {line[2:].strip()}" if kind else line[2:].strip())
        elif line.startswith("  ") and result:
            result[-1] += " " + line.strip()
    return result


def debian_changelog():
    entries = []
    for version, date, lines in releases():
        body = "\n".join(textwrap.fill(i, 78, initial_indent="  * ", subsequent_indent="    ") for i in items(lines))
        entries.append(
            f"mend ({version}) unstable; urgency=medium\n\n{body}\n\n"
            f" -- {maintainer}  {email.utils.format_datetime(date)}\n"
        )
    return "\n".join(entries)


def rpm_changelog():
    release = config["bundle"]["linux"]["rpm"].get("release", "1")
    entries = []
    for version, date, lines in releases():
        body = "\n".join(textwrap.fill(i, 78, initial_indent="- ", subsequent_indent="  ") for i in items(lines))
        entries.append(f"* {date.strftime('%a %b %d %Y')} {maintainer} - {version}-{release}\n{body}\n")
    return "\n".join(entries)


def shlibs_depends():
    """dpkg-shlibdeps on the binary, run where it finds the debian/control it insists on."""
    with tempfile.TemporaryDirectory() as work:
        os.mkdir(os.path.join(work, "debian"))
        with open(os.path.join(work, "debian", "control"), "w") as f:
            f.write("Source: mend\n\nPackage: mend\nArchitecture: any\n")
        said = subprocess.run(["dpkg-shlibdeps", "-O", binary], cwd=work, check=True, capture_output=True, text=True)
    line = next(l for l in said.stdout.splitlines() if l.startswith("shlibs:Depends="))
    return [d.strip() for d in line.split("=", 1)[1].split(",") if d.strip()]


os.makedirs(out, exist_ok=True)
page = subprocess.run([binary, "--man-page"], check=True, capture_output=True, text=True).stdout
write_gz("mend.1.gz", page)
write_gz("changelog.gz", debian_changelog())
open(os.path.join(out, "changelog.rpm"), "w").write(rpm_changelog())
named = config["bundle"]["linux"]["deb"].get("depends", [])
depends = named + [d for d in shlibs_depends() if d.split()[0] not in {n.split()[0] for n in named}]
bundle = {"bundle": {"linux": {"deb": {"depends": depends}}}}
json.dump(bundle, open(os.path.join(out, "bundle.json"), "w"), indent=2)
print(f"{out}: mend.1.gz, changelog.gz, changelog.rpm, bundle.json (Depends: {', '.join(depends)})", file=sys.stderr)
