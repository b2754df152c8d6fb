"""Find files under ``resources/`` the same way from a source tree, an editable install and a frozen bundle.

One function, so that fonts, templates, translations and demo data are never looked up by a path of their own.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder that holds ``fonts/``, ``templates/``, ``translations/`` and friends."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
