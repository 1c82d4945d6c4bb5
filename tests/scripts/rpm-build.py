#!/usr/bin/env python3
"""Rebuilds the .rpm that `tauri bundle` wrote, with rpmbuild, from the same files.

Tauri writes its .rpm with a library (the `rpm` crate) that can set no Group or Packager tag,
mark no file %license or %doc, carry no %changelog and compute no dependencies. rpmbuild does
all of it: its automatic requires read the libraries the binary links (libc.so.6()(64bit),
libwebkit2gtk-4.1.so.0()(64bit)…), as a distribution's build would, so only the tray library,
loaded at run time, is named (bundle.linux.rpm.depends). What the package holds is still what
tauri.conf.json says: the files come out of Tauri's .rpm unchanged, and this replaces it (named
mend-VERSION-RELEASE.ARCH.rpm, after the package, as rpmbuild names it)."""
import glob
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import tomllib

# The group of rpm's own list (/usr/share/doc/rpm/GROUPS) for a personal diary; Tauri's config
# has no field for it.
GROUP = "Applications/Productivity"
root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
target = os.path.join(root, os.environ.get("CARGO_TARGET_DIR") or "target")
config = json.load(open(os.path.join(root, "tauri.conf.json")))
workspace = tomllib.load(open(os.path.join(root, "Cargo.toml"), "rb"))["workspace"]["package"]
bundle, rpm = config["bundle"], config["bundle"]["linux"]["rpm"]
(built,) = glob.glob(os.path.join(target, "release", "bundle", "rpm", f"{config['productName']}-*.rpm"))

with tempfile.TemporaryDirectory() as work:
    tree = os.path.join(work, "tree")
    os.mkdir(tree)
    # As a tar archive: Debian's rpm2cpio fails on the .rpm Tauri writes (rpm -K finds it sound).
    archive = subprocess.run(["rpm2archive", "-n"], stdin=open(built, "rb"), check=True, capture_output=True).stdout
    tarfile.open(fileobj=io.BytesIO(archive)).extractall(tree)
    files = []
    for folder, dirs, names in os.walk(tree):
        for name in names:
            path = "/" + os.path.relpath(os.path.join(folder, name), tree)
            mark = "%license " if path.startswith("/usr/share/licenses/") else "%doc " if path.startswith("/usr/share/doc/") else ""
            files.append(mark + path)
    owned = [f"%dir /usr/share/{d}/mend" for d in ("doc", "licenses") if os.path.isdir(os.path.join(tree, f"usr/share/{d}/mend"))]
    description = "\n".join(textwrap.fill(p, 72) for p in bundle["longDescription"].split("\n\n"))
    requires = "".join(f"Requires: {d}\n" for d in rpm.get("depends", []))
    spec = f"""\
Name: mend
Version: {config["version"]}
Release: {rpm.get("release", "1")}
Summary: {bundle["shortDescription"]}
License: {workspace["license"]}
URL: {workspace["homepage"]}
Group: {GROUP}
Packager: {workspace["authors"][0]}
{requires}
%description
{description}

%install
cp -a {tree}/. %{{buildroot}}/

%files
{chr(10).join(owned + sorted(files))}

%changelog
{open(os.path.join(target, "package", "changelog.rpm")).read()}"""
    open(os.path.join(work, "mend.spec"), "w").write(spec)
    subprocess.run(
        [
            "rpmbuild", "-bb", "--quiet",
            "--define", f"_topdir {work}",
            "--define", f"_rpmdir {work}/out",
            # The files are final (the binary stripped by cargo, the man page compressed):
            # no debuginfo package, no build-id links, no post-install rewriting.
            "--define", "debug_package %{nil}",
            "--define", "_build_id_links none",
            "--define", "__os_install_post %{nil}",
            os.path.join(work, "mend.spec"),
        ],
        check=True,
    )
    (made,) = glob.glob(os.path.join(work, "out", "*", "*.rpm"))
    # rpmbuild's name for it (mend-…, the package's name), which rpmlint expects.
    os.remove(built)
    rebuilt = shutil.move(made, os.path.join(os.path.dirname(built), os.path.basename(made)))
print(f"{rebuilt}: rebuilt with rpmbuild from {os.path.basename(built)}", file=sys.stderr)
