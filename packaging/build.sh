#!/usr/bin/env bash
# Builds a self-contained Rimedio folder (dist/rimedio/) with PyInstaller, from the same sources and resources
# as a development checkout (packaging/rimedio.spec says what is left out and why), then prints its size and
# the build time. Resources are found through app.resources.resource_path in both cases.
#   bash packaging/build.sh          the folder
#   bash packaging/build.sh --deb    the folder and dist/rimedio_<version>_<arch>.deb (packaging/linux/build-deb.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/setup
.venv/bin/python -m pip install --quiet "pyinstaller>=6.10,<7"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN packaging/rimedio.spec
echo "Built: dist/rimedio/ ($(du -sm dist/rimedio | cut -f1) MB) in $(( $(date +%s) - start )) s"
if [ "${1:-}" = "--deb" ]; then
  bash packaging/linux/build-deb.sh
fi
