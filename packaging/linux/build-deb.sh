#!/usr/bin/env bash
# Builds dist/rimedio_<version>_<arch>.deb from the bundle in dist/rimedio/ (build that first: packaging/build.sh).
#   /opt/rimedio/                       the bundle (PyInstaller folder)
#   /usr/bin/rimedio                    starts it (so `rimedio` is on the PATH)
#   /usr/share/applications/…desktop    the menu entry;  /usr/share/metainfo/…metainfo.xml  AppStream metadata
#   /usr/share/icons/hicolor/*/apps/    the icon in the hicolor sizes and as SVG
# Depends: the system libraries the bundle needs and does not carry (packaging/linux/depends.py).
# Install: sudo apt-get install ./dist/rimedio_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=dist/rimedio
[ -x "$bundle/rimedio" ] || { echo "No bundle at $bundle: run bash packaging/build.sh first." >&2; exit 1; }
app_id=eu.rimedio.Rimedio
version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/rimedio_${version}_${arch}"

mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
         "$root/usr/share/icons" "$root/usr/share/doc/rimedio"
cp -a "$bundle" "$root/opt/rimedio"
cat > "$root/usr/bin/rimedio" <<'EOF'
#!/bin/sh
# Rimedio: the desktop client without a command, the rimedio command with one (`rimedio --help`).
exec /opt/rimedio/rimedio "$@"
EOF
chmod 755 "$root/usr/bin/rimedio"
install -m 644 "packaging/linux/$app_id.desktop" "$root/usr/share/applications/$app_id.desktop"
install -m 644 "packaging/linux/$app_id.metainfo.xml" "$root/usr/share/metainfo/$app_id.metainfo.xml"
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/render_icons.py "$root/usr/share/icons" >/dev/null
install -m 644 resources/fonts/LICENSE-DejaVu.txt resources/fonts/LICENSE-RimedioHand-OFL.txt "$root/usr/share/doc/rimedio/"
cat > "$root/usr/share/doc/rimedio/copyright" <<'EOF'
Rimedio — proprietary; see the shop's licence. Bundled fonts: DejaVu (LICENSE-DejaVu.txt) and Rimedio Hand
(SIL Open Font License, LICENSE-RimedioHand-OFL.txt). Qt and PySide6 are used under the LGPL v3.
EOF

desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null

depends=$(.venv/bin/python packaging/linux/depends.py "$bundle")
size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: rimedio
Version: $version
Architecture: $arch
Maintainer: Rimedio <support@rimedio.invalid>
Section: misc
Priority: optional
Installed-Size: $size_kb
Depends: $depends
Description: customer care after the sale: cases, fair remedies and store credit
 Rimedio is a desktop program for an online shop's customer-care team: cases
 for what went wrong after a sale, the cheapest fair remedy, store credit with
 approvals, apology notes and vouchers. It runs on an embedded SQLite file or,
 for a team, on one PostgreSQL server. The rimedio command does everything the
 window does.
EOF
find "$root" -type d -exec chmod 755 {} +
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "dist/rimedio_${version}_${arch}.deb" >/dev/null
echo "Built: dist/rimedio_${version}_${arch}.deb ($(du -h "dist/rimedio_${version}_${arch}.deb" | cut -f1))"
