#!/usr/bin/env bash
# Waymark's two developer commands. Each installs whatever is missing first.
#
#   bash .ci/dev.sh run    build the UI and start Waymark
#   bash .ci/dev.sh test   run every test: UI type check and component tests,
#                          Rust format, lints and tests, the real app end to end
#
# Works on a fresh Debian 12 or Ubuntu 22.04+ with Rust (rustup) and Node.js 20.19+.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step says how long the run has taken so far, so a slow step shows.
STARTED=$SECONDS
say() { printf '\n\033[1m== %s\033[0m (at %dm%02ds)\n' "$*" $(((SECONDS - STARTED) / 60)) $(((SECONDS - STARTED) % 60)); }
die() { printf '\nerror: %s\n' "$*" >&2; exit 1; }

BUILD_PACKAGES=(build-essential pkg-config libwebkit2gtk-4.1-dev libssl-dev librsvg2-dev file)
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver dbus dbus-x11 imagemagick chromium default-jre-headless qpdf poppler-utils age desktop-file-utils appstream libxml2-utils python3-icalendar espeak-ng sox)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

check_toolchains() {
  command -v cargo >/dev/null || die "Rust is missing. Install it with rustup (https://rustup.rs), then run this again."
  command -v node >/dev/null || die "Node.js is missing. Install Node.js 20.19 or newer, then run this again."
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
    || die "Node.js $(node --version) is too old. Waymark's UI tools need Node.js 20.19 or newer."
}

install_ui() {
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    say "Installing UI packages (npm ci)"
    (cd ui && npm ci --no-audit --no-fund)
  fi
}

install_tauri_driver() {
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! command -v tauri-driver >/dev/null; then
    say "Installing tauri-driver"
    cargo install tauri-driver --locked
  fi
}

build_ui() {
  say "Building the UI"
  (cd ui && npm run build)
}

cmd_run() {
  check_toolchains
  install_packages "${BUILD_PACKAGES[@]}"
  install_ui
  build_ui
  say "Starting Waymark"
  exec cargo run -p waymark
}

# Each runner's output is kept here, and the totals are printed at the end.
LOGS=target/test-logs

total_line() {
  # Sums "N passed" / "N failed" over cargo's and Vitest's summary lines.
  local lines passed failed
  lines=$(sed 's/\x1b\[[0-9;]*m//g' "$LOGS"/*.log | grep -E '^test result:|^ +Tests +[0-9]' || true)
  passed=$(printf '%s\n' "$lines" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  failed=$(printf '%s\n' "$lines" | grep -oE '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')
  echo "waymark: $passed passed, $failed failed"
}

# A clean run of the test command (debug and the release .deb) fills about
# 6.5 GB of target/; say so before the linker fails on a full disk.
check_disk() {
  local free_gb
  mkdir -p target
  free_gb=$(df -Pk target | awk 'NR==2 {print int($4 / 1048576)}')
  if [ "$free_gb" -lt 8 ]; then
    printf '\nwarning: only %s GB free where target/ is; a clean test run needs about 7 GB.\n' "$free_gb" >&2
  fi
}

cmd_test() {
  rm -rf "$LOGS" && mkdir -p "$LOGS"
  check_disk
  check_toolchains
  install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  install_ui
  install_tauri_driver

  say "UI: type check"
  (cd ui && npm run check)
  say "UI: component tests"
  (cd ui && npm test) 2>&1 | tee "$LOGS/ui.log"
  build_ui
  say "UI: accessibility audit in Chromium (axe-core, every screen, theme and language; 200% text)"
  (cd ui && npm run build:audit && npm run audit)

  say "Rust: format"
  cargo fmt --all -- --check
  say "Rust: build the app and the tests"
  # The benchmarks are type-checked and linted by clippy below, not linked here:
  # each linked binary costs disk, and `cargo bench` builds them when asked.
  cargo build --workspace --locked
  cargo test --workspace --no-run --locked
  say "Rust: lints"
  cargo clippy --workspace --all-targets --locked -- -D warnings

  say "Rust: tests (core, shell, and the real app under Xvfb)"
  xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
    dbus-run-session -- cargo test --workspace --locked 2>&1 | tee "$LOGS/rust.log"

  say "Packaging: the .deb, installed into a throwaway root and started (a release build)"
  bash tests/packaging.sh 2>&1 | tee "$LOGS/packaging.log"

  say "Accessibility report (docs/ACCESSIBILITY.md, from both engines' results)"
  (cd ui && npm run a11y-report)

  say "Generated TypeScript types are current"
  if ! git diff --exit-code --stat -- ui/src/lib/bindings \
     || [ -n "$(git ls-files --others --exclude-standard -- ui/src/lib/bindings)" ]; then
    die "ui/src/lib/bindings differs from what the Rust types generate. Run 'cargo test' and commit the result."
  fi
  echo "bindings: up to date"

  say "The licence list is what Waymark ships"
  (cd ui && node scripts/licences.mjs)
  git diff --exit-code --stat -- ui/src/about_waymark/licences.json \
    || die "ui/src/about_waymark/licences.json differs from what Waymark ships. Run 'node ui/scripts/licences.mjs' and commit it."

  say "Summary"
  total_line
}

case "${1:-}" in
  run) cmd_run ;;
  test) cmd_test ;;
  *) die "usage: bash .ci/dev.sh run|test" ;;
esac
