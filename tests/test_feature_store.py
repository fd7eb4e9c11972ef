"""The scan's on-disk features: what goes to disk, reading rows and chunks, removal, damaged files."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
import textwrap
import warnings
from pathlib import Path

import numpy as np
import pytest
from conftest import make_tree

import dataaudit
from dataaudit.errors import FeatureStoreError, FeatureStoreWarning, ParameterError
from dataaudit.scan.features import FEATURES, get_feature
from dataaudit.scan.scanner import scan
from dataaudit.scan.store import IN_MEMORY_BYTES, FeatureRows, FeatureStore, on_disk, work_folder
from dataaudit.sources import resolve_source

LARGE = ["gray64", "luma32", "thumb32"]
SMALL = ["chroma8", "color_stats", "phash64"]


def _filled_store(folder: Path, n: int = 50, seed: int = 0) -> tuple[FeatureStore, dict[str, np.ndarray]]:
    """A store whose rows were written in a shuffled order with gaps, and the arrays it must hold."""
    rng = np.random.default_rng(seed)
    specs = [get_feature("luma32"), get_feature("color_stats")]
    folder.mkdir(parents=True)
    store = FeatureStore(folder, n, specs)
    expected = {}
    written = rng.permutation(n)[: n - 7]  # 7 rows never written: they read as zeros
    for spec in specs:
        full = np.zeros((n, *spec.shape), dtype=spec.dtype)
        full[written] = rng.integers(0, 255, (len(written), *spec.shape)).astype(spec.dtype)
        for part in np.array_split(written, 4):  # several writes, each with its rows out of order
            store.write(spec.name, part, full[part])
        expected[spec.name] = full
    return store, expected


def _scan(root: Path, features=("luma32", "color_stats", "thumb32"), **kwargs):
    return scan(resolve_source(root), list(features), jobs=1, progress=False, **kwargs)


# -- the store itself ---------------------------------------------------------------------------------


def test_rows_read_back_as_numpy_indexes_the_written_array(tmp_path):
    store, expected = _filled_store(tmp_path / "s")
    luma = expected["luma32"]
    rng = np.random.default_rng(1)
    keys = [
        3, -1, np.int64(7), slice(None), slice(5, 20), slice(40, 80), slice(0, 0), slice(None, None, 3),
        slice(30, 5, -2), rng.integers(0, 50, 17), rng.integers(0, 50, (6, 3)), rng.random(50) > 0.5,
        [4, 4, 1], (slice(0, 0), None), (rng.integers(0, 50, (5, 2)), None), (2, slice(3, 9)), Ellipsis,
    ]
    for key in keys:
        got = store.read("luma32", key)
        want = luma[key]
        assert got.shape == want.shape and got.dtype == want.dtype, key
        np.testing.assert_array_equal(got, want, err_msg=str(key))
        assert not np.shares_memory(got, luma)
    np.testing.assert_array_equal(store.read("color_stats"), expected["color_stats"])
    np.testing.assert_array_equal(np.asarray(store.open("luma32")), luma)
    with pytest.raises(IndexError):
        store.read("luma32", 50)


def test_feature_rows_of_a_row_subset_match_the_in_memory_array_and_chunk_in_order(tmp_path):
    store, expected = _filled_store(tmp_path / "s", n=103)
    luma = expected["luma32"]
    rows = np.r_[np.arange(0, 40), np.arange(55, 103)[::-1], [3, 3]]
    on_disk_rows = FeatureRows(store, "luma32", rows, chunk_size=10)
    in_memory = FeatureRows(luma, "luma32", rows, chunk_size=10)
    subset = luma[rows]
    assert on_disk_rows.shape == in_memory.shape == subset.shape and len(on_disk_rows) == len(rows)
    for key in (0, -1, slice(2, 30), slice(None), np.array([5, 80, 1]), np.array([[1, 2], [3, 4]]), (slice(0, 0), None)):
        np.testing.assert_array_equal(on_disk_rows[key], subset[key], err_msg=str(key))
        np.testing.assert_array_equal(in_memory[key], subset[key], err_msg=str(key))
    starts, blocks = zip(*on_disk_rows.chunks())
    assert starts == tuple(range(0, len(rows), 10)) and all(len(b) <= 10 for b in blocks)
    np.testing.assert_array_equal(np.concatenate(blocks), subset)
    np.testing.assert_array_equal(np.asarray(on_disk_rows, dtype=np.float32), subset.astype(np.float32))


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc to see this process's mappings")
def test_a_read_leaves_nothing_of_the_file_mapped(tmp_path):
    store, _ = _filled_store(tmp_path / "s")
    path = str(store.path("luma32"))
    store.read("luma32", np.arange(0, 50, 2))
    FeatureRows(store, "luma32", np.arange(50)[::-1])[np.array([[1, 2], [3, 4]])]
    assert path not in Path("/proc/self/maps").read_text()
    kept = store.open("luma32")  # the plugin API: a memory map, alive as long as it is referenced
    assert path in Path("/proc/self/maps").read_text()
    del kept
    gc.collect()
    assert path not in Path("/proc/self/maps").read_text()


def test_changed_or_missing_files_give_a_clear_error(tmp_path):
    store, _ = _filled_store(tmp_path / "s")
    with open(store.path("luma32"), "r+b") as fh:
        fh.truncate(100)
    with pytest.raises(FeatureStoreError, match=r"luma32\.npy is missing or was changed.*run the audit again"):
        store.read("luma32", np.arange(3))
    with pytest.raises(FeatureStoreError, match="missing or was changed"):
        store.open("luma32")
    assert store.read("color_stats", 0).shape == (12,)  # the other feature's file is fine
    expected = store.read("color_stats")
    store.path("color_stats").unlink()  # e.g. a temp-folder cleaner: the open file still reads
    np.testing.assert_array_equal(store.read("color_stats", np.arange(50)), expected)
    np.testing.assert_array_equal(store.open("color_stats"), expected)
    store.remove()
    assert not store.folder.exists()
    with pytest.raises(FeatureStoreError, match="color_stats.npy is missing"):
        store.read("color_stats", 0)


# -- the scan ----------------------------------------------------------------------------------------


def test_the_scan_keeps_large_features_on_disk_and_compact_ones_in_memory(tmp_path):
    assert {name for name in FEATURES if on_disk(FEATURES[name])} >= set(LARGE)
    assert all(FEATURES[name].nbytes <= IN_MEMORY_BYTES for name in SMALL)
    root = make_tree(tmp_path / "d", {"train/a": 6, "val/b": 4})
    (root / "train/a/broken.jpg").write_bytes(b"not an image")
    everything = sorted(FEATURES)
    table, _ = _scan(root, everything)
    assert sorted(table.store.names) == sorted(n for n in everything if on_disk(FEATURES[n]))
    assert sorted(table.features) == everything
    ok = table.ok
    for name in everything:
        array = table.feature(name)
        rows = table.feature_rows(name)
        np.testing.assert_array_equal(rows[:], array)
        assert not array[~ok].any()  # the undecodable image's row is zeros
        if on_disk(FEATURES[name]):
            assert isinstance(array, np.memmap) and not array.flags.writeable
            assert (table.store.folder / f"{name}.npy").is_file()
            np.testing.assert_array_equal(np.load(table.store.folder / f"{name}.npy"), array)  # plain .npy files
        else:
            assert type(array) is np.ndarray
    # The same scan in one go through the cache (rows filled from records, in the cache's order) agrees.
    db = tmp_path / "c.sqlite"
    from dataaudit.scan.cache import FeatureCache

    for _ in range(2):
        cache = FeatureCache(db)
        cached, stats = _scan(root, everything, cache=cache)
        cache.close()
    assert stats.decoded == 0
    for name in everything:
        np.testing.assert_array_equal(cached.feature(name), table.feature(name), err_msg=name)
    assert cached.meta.equals(table.meta)
    assert cached.store.folder.parent == work_folder(db) == tmp_path / "scans"
    meta = table.meta
    assert meta["width"].dtype == np.int64 and meta["bytes"].dtype == np.int64 and meta["has_alpha"].dtype == bool
    assert meta["mode"].tolist()[:6] == ["RGB"] * 6 and meta["error_kind"].tolist().count("not-image") == 1


def test_the_files_go_when_the_report_goes_and_a_killed_audit_s_folder_is_swept(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 5, "val/a": 3})
    killed = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time, dataaudit
        report = dataaudit.audit({str(root)!r}, cache=False, progress=False, config=False)
        print(report.table.store.folder, flush=True)
        time.sleep(600)
    """)], stdout=subprocess.PIPE, text=True)
    stale = Path(killed.stdout.readline().strip())
    killed.kill()  # SIGKILL: no clean-up runs
    killed.wait()
    killed.stdout.close()
    assert (stale / "luma32.npy").is_file()
    live, _ = _scan(root)  # this process's own store: the next scan's sweep must leave it alone
    report = dataaudit.audit(root, cache=False, progress=False, config=False)
    folder = report.table.store.folder
    assert folder.parent == stale.parent == work_folder(None) and folder.is_dir()
    assert not stale.exists() and live.store.folder.is_dir()
    assert report.table.feature_rows("thumb32")[0].shape == (32, 32, 3)  # still readable from the report
    del report
    gc.collect()
    assert not folder.exists()


def test_files_are_removed_at_exit_and_beside_the_cache(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 4})
    script = textwrap.dedent(f"""
        import dataaudit
        report = dataaudit.audit({str(root)!r}, cache={str(tmp_path / 'c' / 'f.sqlite')!r}, progress=False, config=False)
        print(report.table.store.folder)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    folder = Path(done.stdout.strip().splitlines()[-1])
    assert folder.parent == tmp_path / "c" / "scans"
    assert not folder.exists()


def test_without_a_writable_folder_features_stay_in_memory_with_a_warning(tmp_path, monkeypatch):
    root = make_tree(tmp_path / "d", {"train/a": 5, "val/a": 3})
    (root / "val/a/0001.jpg").write_bytes((root / "train/a/0001.jpg").read_bytes())
    expected = json.loads(dataaudit.audit(root, cache=False, progress=False, config=False).to_json())
    blocker = tmp_path / "a-file"
    blocker.write_text("folders cannot be made under a file")
    monkeypatch.setattr(tempfile, "tempdir", str(blocker))
    with pytest.warns(FeatureStoreWarning, match="keeping them in memory"):
        report = dataaudit.audit(root, cache=False, progress=False, config=False)
    assert report.table.store is None and type(report.table.feature("luma32")) is np.ndarray
    found = json.loads(report.to_json())
    for data in (expected, found):
        data.pop("scan")
        for run in data["auditors"]:
            run.pop("seconds")
    assert found == expected


def test_chunk_size_changes_nothing_found_and_is_checked(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 12, "train/b": 12, "val/a": 5, "val/b": 5})
    (root / "val/a/copy.jpg").write_bytes((root / "train/a/0003.jpg").read_bytes())
    reports = [dataaudit.audit(root, cache=False, progress=False, config=False, chunk_size=size) for size in (3, 16384)]
    assert reports[0].table.chunk_size == 3 and reports[0].config["chunk_size"] == 3
    assert [f.to_dict() for f in reports[0].findings] == [f.to_dict() for f in reports[1].findings]
    assert any(f.code == "DA101" for f in reports[0].findings)
    with pytest.raises(ParameterError, match="chunk_size"):
        dataaudit.audit(root, cache=False, progress=False, config=False, chunk_size=0)


def test_the_scan_stops_the_fork_server_and_resource_tracker_it_started():
    script = textwrap.dedent("""
        import tempfile
        from pathlib import Path
        from multiprocessing import forkserver
        from PIL import Image
        from dataaudit.scan.scanner import MIN_PARALLEL_ITEMS, scan
        from dataaudit.sources import resolve_source

        root = Path(tempfile.mkdtemp())
        for k in range(MIN_PARALLEL_ITEMS + 2):
            (root / "train" / "a").mkdir(parents=True, exist_ok=True)
            Image.new("RGB", (20, 20), (k, 2 * k, 3 * k)).save(root / "train" / "a" / f"{k}.png")
        from multiprocessing import resource_tracker

        table, stats = scan(resolve_source(root), ["gray64"], jobs=2, progress=False)
        print(stats.decoded, forkserver._forkserver._forkserver_pid, resource_tracker._resource_tracker._pid)
        table, stats = scan(resolve_source(root), ["gray64"], jobs=2, progress=False)  # both start again
        print(stats.decoded, forkserver._forkserver._forkserver_pid, resource_tracker._resource_tracker._pid)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    for line in done.stdout.splitlines():
        decoded, server, tracker = line.split()
        assert int(decoded) > 48 and server == tracker == "None"
    assert "leaked" not in done.stderr and "Warning" not in done.stderr, done.stderr


def test_a_pickled_table_carries_its_features_in_memory(tmp_path):
    import copy
    import pickle

    table, _ = _scan(make_tree(tmp_path / "d", {"train/a": 4}))
    for again in (pickle.loads(pickle.dumps(table)), copy.deepcopy(table)):
        assert again.store is None and sorted(again.features) == sorted(table.features)
        for name in table.features:
            assert type(again.feature(name)) is np.ndarray
            np.testing.assert_array_equal(again.feature(name), table.feature(name))
        assert again.meta.equals(table.meta)


def test_a_feature_file_damaged_during_the_audit_becomes_a_clear_crash_finding(tmp_path):
    from dataaudit.auditors import AuditContext
    from dataaudit.auditors.integrity.auditor import IntegrityAuditor
    from dataaudit.auditors.leakage.auditor import LeakageAuditor
    from dataaudit.engine.runner import run_auditors

    class Vandal(IntegrityAuditor):
        """Runs first and truncates the luma thumbnails' file, as a disk error or a clean-up job might."""

        name = "vandal"

        def run(self, ctx):
            with open(ctx.table.store.path("luma32"), "r+b") as fh:
                fh.truncate(64)
            return []

    root = make_tree(tmp_path / "d", {"train/a": 6, "val/a": 3})
    dataset = resolve_source(root)
    table, _ = scan(dataset, LeakageAuditor().required_features(), jobs=1, progress=False)
    findings, runs = run_auditors([Vandal(), LeakageAuditor()], AuditContext(table=table, dataset=dataset))
    assert [run.status for run in runs] == ["ok", "crashed"]
    crash = next(f for f in findings if f.code == "DA900")
    assert crash.evidence["exception"] == "FeatureStoreError"
    assert "luma32.npy is missing or was changed" in crash.message and "run the audit again" in crash.message


def test_the_listing_keeps_one_string_per_split_and_label_name_and_the_old_frame_semantics(tmp_path):
    from dataaudit.sources.base import make_samples

    dataset = resolve_source(make_tree(tmp_path / "d", {"train/cat": 5, "train/dog": 4, "val/cat": 3}))
    samples = dataset.samples
    assert len({id(v) for v in samples["label"]}) == 2 and len({id(v) for v in samples["split"]}) == 2
    assert samples["relpath"].dtype == object and samples["label"].tolist()[:1] == ["cat"]
    # Anything but strings and None is left to pandas' inference, as before (ints with a gap become floats).
    mixed = make_samples([("a", "/a", "train", 3, 0), ("b", None, "train", None, 1)])
    assert mixed["label"].tolist() == [3.0, None] and mixed["path"].tolist() == ["/a", None]
    assert [str(t) for t in mixed.dtypes] == ["object"] * 4 + ["int64"]
    texts = make_samples([("a", "/a", "train", None, -1)])
    assert texts["label"].tolist() == [None] and [str(t) for t in texts.dtypes] == ["object"] * 4 + ["int64"]
