"""Where the auditors' tasks run (dataaudit.engine.tasks): a real local process pool reads the shared arrays and the
scan's on-disk feature rows as they are in this process, and returns the results in order."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from dataaudit.engine.tasks import IN_PROCESS, MIN_POOL_SECONDS, PoolTasks, SharedArray, SharedRows
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source


def _pid_and_rows(rows, picked: np.ndarray) -> tuple[int, np.ndarray]:
    return os.getpid(), np.asarray(rows[picked])


def test_a_pool_runs_tasks_in_other_processes_reading_the_scans_feature_rows(tmp_path: Path) -> None:
    from conftest import make_tree

    root = make_tree(tmp_path / "data", {"train/a": 6, "test/a": 4}, size=40)
    table, _ = scan(resolve_source(root), ["luma32"], progress=False)
    subset = np.array([7, 1, 3, 8, 0])
    rows = table.feature_rows("luma32", subset)
    tasks = PoolTasks(2)
    try:
        shared = tasks.share_rows(rows)
        assert isinstance(shared, SharedRows)  # a description of the store's file, not the rows themselves
        picks = [np.array([4, 0]), np.array([2]), np.array([1, 3, 2])]
        results = tasks.map(_pid_and_rows, [(shared, p) for p in picks], "test-rows")
        assert all(pid != os.getpid() for pid, _ in results)
        for (_, got), p in zip(results, picks):
            np.testing.assert_array_equal(got, rows[p])
        assert np.asarray(rows[np.arange(5)]).any()
        extra = np.arange(24, dtype=np.int16).reshape(6, 4)
        handle = tasks.share(extra)
        assert isinstance(handle, SharedArray)
        (pid, got), = tasks.map(_pid_and_rows, [(handle, np.array([5, 0]))], "test-array")  # one task: runs here
        assert pid == os.getpid()
        np.testing.assert_array_equal(got, extra[[5, 0]])
        folder = Path(handle.location).parent
    finally:
        tasks.close()
    assert not folder.exists()  # what the runner shared is removed with it


def test_small_work_runs_in_process() -> None:
    tasks = PoolTasks(2)
    assert tasks.parallel(MIN_POOL_SECONDS / 10) is IN_PROCESS
    assert tasks.parallel(MIN_POOL_SECONDS * 2) is tasks
    assert PoolTasks(1).parallel(1e6) is IN_PROCESS
    data = np.arange(5)
    assert IN_PROCESS.share(data) is data and IN_PROCESS.map(len, [(data,)], "len") == [5]


def test_verification_rounds_on_a_pool_share_the_thumbnails_once(monkeypatch) -> None:
    """Every round of the verification reads the same thumbnails: on a pool they are written out once, not once a
    round, and the pairs are those verified in this process."""
    from test_incremental import _crowded_thumbnails

    from dataaudit.auditors.leakage import pair_search
    from dataaudit.engine import tasks as tasks_module

    class CountingPool(PoolTasks):
        def __init__(self, workers: int):
            super().__init__(workers)
            self.shapes: list[tuple[int, ...]] = []

        def share(self, array):
            self.shapes.append(np.shape(array))
            return super().share(array)

    luma = _crowded_thumbnails()
    monkeypatch.setattr(pair_search, "VERIFY_ROUND", 16)
    monkeypatch.setattr(pair_search, "VERIFY_BATCH", 4)
    here = pair_search.find_duplicate_pairs(luma, radius=10, min_similarity=0.9)
    monkeypatch.setattr(tasks_module, "MIN_POOL_SECONDS", 0.0)  # every round large enough for the pool
    pool = CountingPool(2)
    try:
        pooled = pair_search.find_duplicate_pairs(luma, radius=10, min_similarity=0.9, tasks=pool)
    finally:
        pool.close()
    assert pooled.candidates > 2 * 16  # several rounds
    assert pool.shapes.count(luma.shape) == 1
    for field in ("a", "b", "similarity", "params"):
        np.testing.assert_array_equal(getattr(pooled, field), getattr(here, field))
