"""The .deb's ``Depends``: the Debian packages of every system library the bundle loads but does not carry.

``python packaging/linux/depends.py dist/rimedio`` prints one ``Depends`` value. Every ELF file of the bundle is
read (``readelf -d``); each library it needs that is not inside the bundle is looked up in the build machine's
package database (``dpkg -S``), or — when the build machine lacks it — in the table of the libraries Qt's xcb
plugin needs (:data:`app.system_check.XCB_LIBRARIES`). An unknown library stops the build: a package that
installs but cannot start is worse than no package.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.system_check import XCB_LIBRARIES  # noqa: E402

#: Loaded by Qt at run time (dlopen) rather than linked: named here so the package brings them too.
ALWAYS = ("libc6", "libstdc++6", "libgcc-s1", "libdbus-1-3", "libegl1", "libgl1", "libxcb-cursor0",
          "libfontconfig1", "fonts-dejavu-core")
#: Packages whose name changed with Debian 13 / Ubuntu 24.04 (64-bit time): either name satisfies the package.
RENAMED = {"libglib2.0-0": "libglib2.0-0t64 | libglib2.0-0", "libcups2": "libcups2t64 | libcups2",
           "libglib2.0-0t64": "libglib2.0-0t64 | libglib2.0-0", "libcups2t64": "libcups2t64 | libcups2"}


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def system_paths() -> dict[str, str]:
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    paths: dict[str, str] = {}
    for match in re.finditer(r"^\s*(\S+) \((?:libc6,)?x86-64[^)]*\) => (\S+)$", out, flags=re.M):
        paths.setdefault(match.group(1), match.group(2))
    return paths


def package_of(path: str) -> str | None:
    for candidate in (path, str(Path(path).resolve()), re.sub(r"^/lib/", "/usr/lib/", path)):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":")[0].strip()
    return None


def depends(bundle: Path) -> list[str]:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    inside = {p.name for p in bundle.rglob("*")}
    wanted: set[str] = set()
    for path in files:
        wanted.update(name for name in needed(path) if name not in inside)
    located = system_paths()
    packages: set[str] = set(ALWAYS)
    unknown = []
    for soname in sorted(wanted):
        if soname.startswith(("ld-linux", "linux-vdso")):
            continue
        package = package_of(located[soname]) if soname in located else None
        package = package or XCB_LIBRARIES.get(soname)
        if package is None:
            unknown.append(soname)
        else:
            packages.add(package)
    if unknown:
        raise SystemExit(f"no Debian package known for {', '.join(unknown)}: install it on the build machine")
    return sorted({RENAMED.get(p, p) for p in packages})


if __name__ == "__main__":
    print(", ".join(depends(Path(sys.argv[1]))))
