#!/usr/bin/env bash
# Waymark's performance suite, one command: `bash tests/performance.sh`.
# Builds release binaries of Waymark and of the bare Tauri app, runs the core
# benchmarks (criterion, against raw SQL on the same file), the typing bench
# and the whole-app measurements under Xvfb, builds both .deb packages when
# the bundler can, then writes docs/PERFORMANCE.md. Takes about 15 minutes
# with a warm target/ (the ten-year plan is written once, into target/).
# RUNS=10 sets how many A B starts the whole-app measurement makes.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
XVFB=(xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24")

echo "== building the UI and the release binaries"
npm --prefix ui run build >/dev/null
cargo build --release -p waymark
# On its own, so its dependencies' features are its own, not unified with Waymark's.
cargo build --release -p waymark-bare
cargo build --release -p waymark-tests --bin perf_app --bin perf_report

echo "== the .deb packages (skipped if the bundler is not there)"
if [ -x ui/node_modules/.bin/tauri ]; then
  (cd src-tauri && ../ui/node_modules/.bin/tauri build --bundles deb) >/dev/null 2>&1 \
    || echo "Waymark's .deb could not be built here; the report says so."
  (cd tests/bare-app && ../../ui/node_modules/.bin/tauri build --bundles deb) >/dev/null 2>&1 \
    || echo "The bare app's .deb could not be built here; the report says so."
fi

echo "== core benchmarks (criterion)"
cargo bench -p waymark-tests --bench screens

echo "== a tutor's term (bringing in 60 plans, what changed, My students)"
cargo bench -p waymark-core --bench bring_in
cargo bench -p waymark-tests --bench term

echo "== typing in the real app"
WAYMARK_BIN="$PWD/target/release/waymark" "${XVFB[@]}" dbus-run-session -- \
  cargo bench -p waymark-tests --bench typing

echo "== the whole app against a bare Tauri app"
"${XVFB[@]}" dbus-run-session -- target/release/perf_app \
  target/release/waymark target/release/waymark-bare "$RUNS"

target/release/perf_report
