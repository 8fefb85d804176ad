#!/usr/bin/env bash
# Every screenshot in docs/screenshots, from the current build, in one
# command: `bash tests/screenshots.sh`. Builds the UI and the app (debug, so
# the file dialogs have their test stand-ins), then drives the real app under
# Xvfb on a friendly fictional plan (tests/src/friendly.rs) and draws the
# tutor pack in headless Chromium and with pdftoppm. Look at every picture
# before committing it. About 3 minutes with a warm target/.
set -euo pipefail
cd "$(dirname "$0")/.."
npm --prefix ui run build >/dev/null
cargo build -p waymark
cargo build -p waymark-tests --bin screenshots
# The window fills the screen (1100 x 780, tauri.conf.json): no border.
# Each picture is written over; the sealed-file pictures (seal-plan-file,
# open-sealed-file, move-file-*) come from tests/tests/e2e_share.rs and
# e2e_feedback.rs, so nothing here is deleted first.
dbus-run-session -- xvfb-run --auto-servernum --server-args="-screen 0 1100x780x24" \
  target/debug/screenshots
ls docs/screenshots | wc -l | xargs echo "screenshots in docs/screenshots:"
