#!/usr/bin/env bash
# The real-app suite (every tests/tests/e2e_*.rs), run N times in a row with
# two busy loops beside it, each run in a fresh Xvfb and D-Bus session as the
# test command runs it. Prints each run's result and, at the end, the count of
# failed runs and which tests failed: `bash tests/flake-report.sh [runs]`.
# Builds once first (the app, the UI and the tests); prints figures, asserts
# nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
export PATH="$HOME/.cargo/bin:$PATH"
command -v tauri-driver >/dev/null || cargo install tauri-driver --locked
(cd ui && npm run build >/dev/null)
cargo build -p waymark --locked -q
tests=$(ls tests/tests/e2e_*.rs | xargs -n1 basename | sed 's/\.rs$//' | sed 's/^/--test /' | tr '\n' ' ')
# shellcheck disable=SC2086
cargo test -p waymark-tests --locked --no-run -q $tests 2>/dev/null

log_dir=target/flake-report
rm -rf "$log_dir" && mkdir -p "$log_dir"
yes >/dev/null & busy1=$!
yes >/dev/null & busy2=$!
trap 'kill $busy1 $busy2 2>/dev/null || true' EXIT

failed_runs=0
started=$(date +%s)
for run in $(seq 1 "$runs"); do
  begin=$(date +%s)
  log="$log_dir/run-$run.log"
  # shellcheck disable=SC2086
  if xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
      dbus-run-session -- cargo test -p waymark-tests --locked -q $tests >"$log" 2>&1; then
    echo "run $run: passed ($(( $(date +%s) - begin )) s)"
  else
    failed_runs=$((failed_runs + 1))
    echo "run $run: FAILED ($(( $(date +%s) - begin )) s): $(grep -E '^    [a-z_]+$' "$log" | tr -d ' ' | tr '\n' ' ')"
  fi
done
echo
echo "real-app suite, $runs runs with two busy loops: $failed_runs failed runs, $(( ($(date +%s) - started) / 60 )) min"
grep -h -E '^    [a-z_]+$' "$log_dir"/run-*.log 2>/dev/null | sort | uniq -c | sed 's/^/  failed: /' || true
