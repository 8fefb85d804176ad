#!/usr/bin/env bash
# The packaging test: builds Waymark's .deb with the Tauri bundler (a release
# build), then checks it and starts the installed app under Xvfb
# (tests/tests/packaging.rs). Run by the README's test command; skipped, with a
# message, where the bundler is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
TAURI=ui/node_modules/.bin/tauri
if [ ! -x "$TAURI" ]; then
  echo "packaging: skipped (the Tauri bundler is not installed: run 'npm ci --prefix ui')"
  exit 0
fi
(cd src-tauri && "../$TAURI" build --bundles deb)
DEB=$(ls -t target/release/bundle/deb/Waymark_*_amd64.deb | head -n 1)
echo "packaging: $DEB ($(du -h "$DEB" | cut -f1)); installed: $(dpkg-deb -I "$DEB" | sed -n 's/^ Installed-Size: //p') KiB"
# --workspace, not -p: the same features as the test command's build, so the
# test is not compiled a second time with another set.
WAYMARK_DEB="$PWD/$DEB" xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
  dbus-run-session -- cargo test --workspace --test packaging --locked -- --nocapture
