"""The scan's process pool: the calling process decodes while the pool's processes start."""

from __future__ import annotations

import importlib
import os
import sys

import pytest
from conftest import make_tree

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
