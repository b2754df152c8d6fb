#!/usr/bin/env bash
# Refresh the Qt translation sources from the desktop client's code (keeps existing translations).
# English holds only plural forms (-pluralonly); Italian and Romanian hold every string.
# Then translate the new entries (Qt Linguist or by hand) and run scripts/setup to compile .qm files.
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t sources < <(find ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate -locations none "${sources[@]}" -ts resources/translations/rimedio_it.ts resources/translations/rimedio_ro.ts
.venv/bin/pyside6-lupdate -locations none -pluralonly "${sources[@]}" -ts resources/translations/rimedio_en.ts
