"""The Linux package: valid menu entry and AppStream metadata, icons, dependencies, and — once installed with
``apt-get install ./dist/rimedio_….deb`` (CI does) — ``rimedio`` on the PATH with every library it needs."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "eu.rimedio.Rimedio"
IN_CI = os.environ.get("CI") == "true"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        (pytest.fail if IN_CI else pytest.skip)(f"{name} is not installed")
    return path


def test_desktop_entry_is_valid():
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_appstream_metadata_is_valid():
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def deb() -> Path:
    found = sorted((ROOT / "dist").glob("rimedio_*.deb"))
    if not found:
        (pytest.fail if IN_CI else pytest.skip)("no .deb in dist/: bash packaging/build.sh --deb")
    return found[-1]


def test_package_contents_and_dependencies(deb):
    files = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in (
        "./usr/bin/rimedio",
        "./opt/rimedio/rimedio",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    ):
        assert path in files, f"{path} is not in {deb.name}"
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in files, f"no {size}px icon"
    depends = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    for package in (
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxkbcommon-x11-0",
        "libgl1",
        "libfontconfig1",
        "libdbus-1-3",
    ):
        assert package in depends, f"{package} is not a dependency: {depends}"


def test_installed_program_is_on_the_path_with_every_library():
    if subprocess.run(["dpkg", "-s", "rimedio"], capture_output=True).returncode != 0:
        (pytest.fail if IN_CI else pytest.skip)(
            "the .deb is not installed (apt-get install ./dist/rimedio_….deb)"
        )
    assert shutil.which("rimedio") == "/usr/bin/rimedio"
    done = subprocess.run(["rimedio", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("rimedio "), done.stderr
    missing = []
    for path in Path("/opt/rimedio").rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        missing += [f"{path.name}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    assert not missing, "libraries the package does not bring:\n" + "\n".join(missing)
