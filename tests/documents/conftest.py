"""Fixtures for the document tests: a shop with a logo, a signature image."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from app.documents.data import ShopProfile


@pytest.fixture(scope="session")
def images(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("images")
    logo = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse((10, 10, 190, 190), fill=(26, 95, 92, 255))
    signature = Image.new("RGBA", (360, 100), (0, 0, 0, 0))
    ImageDraw.Draw(signature).line(
        [(10, 80), (60, 20), (100, 90), (170, 25), (350, 60)], fill=(20, 30, 120, 255), width=5
    )
    paths = {"logo": folder / "logo.png", "signature": folder / "signature.png"}
    logo.save(paths["logo"])
    signature.save(paths["signature"])
    return paths


@pytest.fixture
def shop(images) -> ShopProfile:
    return ShopProfile(
        "Bottega Verde di Niccolò",
        ("Via Garibaldi 12", "20121 Milano MI, Italia"),
        "bottegaverde.example",
        images["logo"],
        "ciao@bottegaverde.example",
    )
