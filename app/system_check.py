"""Can this machine show Rimedio's window? One clear line instead of Qt's abort when it cannot.

Qt ends the whole process (exit 134, a screenful of text) when there is no display or when its xcb platform
plugin cannot load — on a bare Ubuntu or Debian desktop usually because ``libxcb-cursor0`` is not installed.
This check runs before Qt is imported: it looks for the display, loads the system libraries the xcb plugin
needs (naming the Debian/Ubuntu package of each one missing), loads the plugin itself, and asks the X server
for a connection. It imports nothing of Qt, so it also serves ``scripts/start`` (``python -m app.system_check``).
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from app.i18n import translate

#: The libraries Qt's xcb plugin (and Qt GUI under it) loads from the system, with the package providing each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

#: Platforms that draw without a display server (tests, screenshots, a VNC session of Qt's own).
_HEADLESS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs")


def _qt_folder() -> Path | None:
    """PySide6's folder, found without importing Qt (inside a PyInstaller bundle or a virtual environment)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "PySide6"
    from importlib.util import find_spec

    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _platform() -> str | None:
    """The platform plugin Qt will use on Linux, when it is one this check knows how to test (``xcb``)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return "xcb" if chosen == "xcb" else None
    qt = _qt_folder()
    wayland = qt is not None and (qt / "Qt" / "plugins" / "platforms" / "libqwayland.so").exists()
    if os.environ.get("WAYLAND_DISPLAY") and wayland:
        return None  # Qt uses its Wayland plugin; it falls back to xcb (checked below) only if DISPLAY is set
    return "xcb"


def _missing_libraries() -> list[str]:
    missing = []
    for soname in XCB_LIBRARIES:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def _library_in(error: str) -> str:
    """``libfoo.so.1: cannot open shared object file`` → ``libfoo.so.1``."""
    return (
        error.split(":")[0].strip().rsplit("/", 1)[-1]
        if ": cannot open shared object file" in error
        else error
    )


def display_problem() -> str | None:
    """One line that says why the window cannot open here and what to install, or ``None`` when it can."""
    if not sys.platform.startswith("linux"):
        return None
    platform = _platform()
    if platform is None:
        return None
    display = os.environ.get("DISPLAY")
    if not display:
        return translate(
            "No display to show the window on (DISPLAY is not set): start Rimedio from a desktop session, or use "
            "the commands (`rimedio --help`)."
        )
    missing = _missing_libraries()
    if missing:
        packages = sorted({XCB_LIBRARIES[name] for name in missing})
        return translate(
            "The window cannot open: Qt's xcb plugin needs {libraries}, which this system lacks. Install: "
            "sudo apt-get install {packages}",
            libraries=", ".join(missing),
            packages=" ".join(packages),
        )
    qt = _qt_folder()
    plugin = qt / "Qt" / "plugins" / "platforms" / "libqxcb.so" if qt else None
    if plugin is not None and plugin.exists():
        try:
            ctypes.CDLL(str(plugin))
        except OSError as exc:
            return translate(
                "The window cannot open: Qt's xcb plugin cannot load ({library}). Install the package that "
                "provides it, then start Rimedio again.",
                library=_library_in(str(exc)),
            )
    return _connect_problem(display)


def _connect_problem(display: str) -> str | None:
    """Ask the X server for a connection (what Qt does first); ``None`` when it answers."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:  # pragma: no cover - checked above
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        if xcb.xcb_connection_has_error(connection):
            return translate(
                "No display to show the window on: the display {display} (DISPLAY) does not answer. Start "
                "Rimedio from a desktop session, or use the commands (`rimedio --help`).",
                display=display,
            )
    finally:
        xcb.xcb_disconnect(connection)
    return None


def main() -> int:
    """``python -m app.system_check``: exit 1 with the line on standard error when the window cannot open."""
    from app.i18n import set_language

    set_language(os.environ.get("RIMEDIO_LANG"))
    problem = display_problem()
    if problem:
        sys.stderr.write(f"rimedio: {problem}\n")
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
