"""Shared fixtures: real image files written with Pillow, an isolated cache, Keras imported once, a real plugin."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

import dataaudit.auditors as registry
from dataaudit.demo.dataset import draw_image


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own default cache folder, never the user's."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("DATAAUDIT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _pools_even_for_small_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test datasets are small: a scan with jobs > 1 would run in-process (see scanner.MIN_PARALLEL_SECONDS)
    and the process-pool path would go untested. Tests of that rule undo this."""
    from dataaudit.scan import scanner

    monkeypatch.setattr(scanner, "MIN_PARALLEL_SECONDS", 0.0)


def write_image(path: Path, *, seed: int = 0, shape: str = "circle", size: int | tuple[int, int] = 96,
                fmt: str | None = None, mode: str = "RGB", **save_kwargs) -> Path:
    """Write a distinct synthetic photo (seeded) to ``path`` with Pillow; ``size`` is a side or (width, height)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    width, height = (size, size) if isinstance(size, int) else size
    im = draw_image(np.random.default_rng(seed), shape, size=max(width, height, 32))
    if im.size != (width, height):
        im = im.resize((width, height))
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


#: Module ``xplugin`` of the test plugin: auditor 'wide' (XP001) works, auditor 'crashing' (XP101) always raises.
PLUGIN_MODULE = textwrap.dedent('''
    import numpy as np
    from dataaudit import Auditor, Rule, Severity


    class Big(Rule):
        """Images wider than a limit.

        ## What it does
        Reports wide images.

        ## Why it matters
        A test plugin.

        ## Example
        A 96 px wide image with limit 50.

        ## Fix
        None needed.
        """

        code = "XP001"
        slug = "wide-image"
        severity = Severity.WARNING


    class WideAuditor(Auditor):
        """Reports images wider than `limit`."""

        name = "wide"
        code_prefix = "XP0"
        rules = (Big,)
        requires = ("color_stats",)
        from dataaudit.params import Interval
        parameters = {"limit": [Interval(int, 1, None)]}
        defaults = {"limit": 50}

        def run(self, ctx):
            wide = ctx.table.ok & (ctx.table.meta["width"].to_numpy() > self.params["limit"])
            for row in np.flatnonzero(wide):
                yield self.finding(Big, "wide", locations=[ctx.location(row)])


    class Boom(Rule):
        """Never reported.

        ## What it does
        Crashes.

        ## Why it matters
        Tests crash isolation.

        ## Example
        Any dataset.

        ## Fix
        Fix the plugin.
        """

        code = "XP101"
        slug = "boom"
        severity = Severity.ERROR


    class CrashingAuditor(Auditor):
        """Always raises."""

        name = "crashing"
        code_prefix = "XP1"
        rules = (Boom,)

        def run(self, ctx):
            raise RuntimeError("plugin bug")
''')


@pytest.fixture
def install_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Factory: ``install_plugin("wide = xplugin:WideAuditor", ...)`` installs a real plugin distribution.

    It writes a module (``xplugin`` with :data:`PLUGIN_MODULE` unless ``module=`` and ``source=`` say
    otherwise) and a dist-info folder whose ``dataaudit.auditors`` entry points are the given lines to a
    site folder on ``sys.path``; several distributions may be installed; they are gone after the test.
    """
    site = tmp_path / "site"
    modules: list[str] = []

    def install(*entry_points: str, module: str = "xplugin", source: str = PLUGIN_MODULE) -> None:
        site.mkdir(exist_ok=True)
        (site / f"{module}.py").write_text(source)
        info = site / f"{module}-0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n")
        (info / "entry_points.txt").write_text("[dataaudit.auditors]\n" + "".join(f"{e}\n" for e in entry_points))
        if not modules:
            monkeypatch.syspath_prepend(str(site))
        modules.append(module)
        monkeypatch.setattr(registry, "_plugin_cache", None)

    yield install
    for module in modules:
        sys.modules.pop(module, None)
    registry._plugin_cache = None
