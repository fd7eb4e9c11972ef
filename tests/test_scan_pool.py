"""The scan's process pool: the calling process decodes while the pool's processes start, and lets go of the cache after."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import pytest
from conftest import make_tree

from dataaudit.scan.cache import FeatureCache
from dataaudit.scan.features import FEATURES
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source


@pytest.fixture
def process_id_feature():
    module = importlib.import_module("process_id_feature")
    yield module.NAME
    FEATURES.pop(module.NAME)
    sys.modules.pop("process_id_feature")  # registered again by the next import


def test_the_calling_process_decodes_batches_from_the_end_while_the_pool_starts(tmp_path, process_id_feature):
    root = make_tree(tmp_path / "data", {"train/a": 40, "train/b": 40}, size=40)
    table, stats = scan(resolve_source(root), ["thumb32", process_id_feature], jobs=2, progress=False)
    assert stats.decoded == 80 and stats.errors == 0
    pids = table.features[process_id_feature][:, 0].tolist()
    here = [row for row, pid in enumerate(pids) if pid == os.getpid()]
    # No pool answers at once: the caller always takes the last batch or more, the pool the first ones.
    assert here and here[-1] == 79 and here == list(range(here[0], 80))
    assert 0 not in here and len(set(pids) - {os.getpid()}) >= 1
    alone, _ = scan(resolve_source(root), ["thumb32"], jobs=1, progress=False)
    assert table.features["thumb32"].tobytes() == alone.features["thumb32"].tobytes()


def _open_paths() -> set[str]:
    fds = Path("/proc/self/fd")
    return {os.path.realpath(fds / fd) for fd in os.listdir(fds)}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists open files through /proc")
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_scan_leaves_no_file_of_the_cache_open_in_the_calling_process(tmp_path, jobs):
    root = make_tree(tmp_path / "data", {"train/a": 30, "train/b": 30}, size=40)
    cache = FeatureCache(tmp_path / "cache.sqlite")
    try:
        _, stats = scan(resolve_source(root), ["thumb32"], cache=cache, jobs=jobs, progress=False)
    finally:
        cache.close()
    assert stats.decoded == 60
    assert not {p for p in _open_paths() if p.startswith(str(tmp_path / "cache.sqlite"))}


def test_a_scan_with_little_to_decode_runs_in_this_process_without_a_pool(tmp_path, process_id_feature, monkeypatch):
    from dataaudit.scan import scanner

    monkeypatch.setattr(scanner, "MIN_PARALLEL_SECONDS", 1.0)  # the shipped rule, which conftest lowers
    root = make_tree(tmp_path / "data", {"train/cat": 40, "train/dog": 40}, size=48)
    table, stats = scan(resolve_source(root), ["luma32", process_id_feature], jobs=2, progress=False)
    assert stats.decoded == 80
    assert set(table.features[process_id_feature][:, 0].tolist()) == {os.getpid()}
    # Lowered, the same scan starts a pool, whose processes decode most of it, with the same bytes.
    monkeypatch.setattr(scanner, "MIN_PARALLEL_SECONDS", 0.0)
    pooled, _ = scan(resolve_source(root), ["luma32", process_id_feature], jobs=2, progress=False)
    assert set(pooled.features[process_id_feature][:, 0].tolist()) - {os.getpid()}
    assert (pooled.feature("luma32") == table.feature("luma32")).all()
