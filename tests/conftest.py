"""Shared fixtures: real image files written with Pillow, an isolated cache, Keras imported once."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from dataaudit.demo.dataset import draw_image


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own default cache folder, never the user's."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("DATAAUDIT_CACHE_DIR", str(folder))
    return folder


def write_image(path: Path, *, seed: int = 0, shape: str = "circle", size: int = 96, fmt: str | None = None,
                mode: str = "RGB", **save_kwargs) -> Path:
    """Write a distinct synthetic photo (seeded) to ``path`` with Pillow."""
    path.parent.mkdir(parents=True, exist_ok=True)
    im = draw_image(np.random.default_rng(seed), shape, size=max(size, 32))
    if size < 32:
        im = im.resize((size, size))
    if mode != "RGB":
        im = im.convert(mode)
    fmt = fmt or {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".bmp": "BMP", ".gif": "GIF",
                  ".webp": "WEBP", ".tif": "TIFF", ".tiff": "TIFF"}.get(path.suffix.lower(), "PNG")
    im.save(path, fmt, **save_kwargs)
    return path


def make_tree(root: Path, layout: dict[str, int], *, ext: str = ".jpg", size: int = 64, seed: int = 0) -> Path:
    """Write ``{"train/cat": 5, "val/dog": 2, ...}`` images with distinct content under ``root``."""
    k = seed * 100_000
    for folder, n in layout.items():
        shape = ("circle", "square", "triangle")[sum(map(ord, folder.split("/")[-1])) % 3]
        for i in range(n):
            k += 1
            write_image(root / folder / f"{i:04d}{ext}", seed=k, shape=shape, size=size)
    return root


@pytest.fixture
def image_tree(tmp_path: Path):
    """Factory: ``image_tree({"train/cat": 3, ...})`` returns the dataset root."""
    def factory(layout: dict[str, int], **kwargs) -> Path:
        return make_tree(tmp_path / "data", layout, **kwargs)
    return factory


@pytest.fixture(scope="session")
def keras():
    """Keras 3 with the TensorFlow backend, imported once per test session."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    return pytest.importorskip("keras")
