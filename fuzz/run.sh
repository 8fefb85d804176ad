#!/usr/bin/env bash
# Runs every fuzz target for a set time (default 600 s each), one after the
# other, on the nightly toolchain: `bash fuzz/run.sh [seconds] [target...]`.
# A crash is kept by libFuzzer in fuzz/artifacts/<target>/; copy it into
# fuzz/regressions/<target>/ and the test command replays it for ever after
# (tests/tests/fuzz_regressions.rs). Prints each target's runs and coverage.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(plan_file everything_file feedback_file sealed_file phrases_file prospectus_csv prospectus_json)

command -v cargo-fuzz >/dev/null || cargo +nightly install cargo-fuzz --locked
cargo run -q -p waymark-tests --bin fuzz_seeds
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
  printf '\n== %s for %s s\n' "$target" "$seconds"
  log="fuzz/artifacts/$target/last-run.log"
  (cd fuzz && cargo +nightly fuzz run "$target" "corpus/$target" -- \
      -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=20 \
      -dict=dict/json.dict -print_final_stats=1) >"$log" 2>&1 || {
    echo "$target: a crash or failure; see $log and fuzz/artifacts/$target/"
    tail -40 "$log"
    exit 1
  }
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|cov:' "$log" | tail -3
done
