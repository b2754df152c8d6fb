#!/usr/bin/env bash
# Builds a self-contained Rimedio folder (dist/rimedio/) with PyInstaller, from the same sources and resources
# as a development checkout. Resources are found through app.resources.resource_path in both cases.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup
.venv/bin/python -m pip install --quiet "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm --clean packaging/rimedio.spec
echo "Built: dist/rimedio/"
