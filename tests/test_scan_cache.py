"""The one scan and its SQLite cache: decode counters, invalidation, damaged caches, concurrency."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from conftest import make_tree, write_image
from PIL import Image

import dataaudit
from dataaudit.scan.cache import FeatureCache
from dataaudit.errors import CacheWarning
from dataaudit.safety import UnsafeWriteTarget
from dataaudit.scan.features import FEATURES
from dataaudit.scan.scanner import scan
from dataaudit.sources import resolve_source

ALL_FEATURES = sorted(FEATURES)


def _scan(root, cache_path=None, jobs=1, features=ALL_FEATURES):
    cache = FeatureCache(cache_path) if cache_path else None
    try:
        return scan(resolve_source(root), features, cache=cache, jobs=jobs, progress=False)
    finally:
        if cache is not None:
            cache.close()


def test_second_scan_decodes_nothing(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 8, "val/a": 4})
    db = tmp_path / "c.sqlite"
    table1, cold = _scan(root, db)
    assert cold.decoded == 12 and cold.path_cache_hits == 0
    table2, warm = _scan(root, db)
    assert warm.decoded == 0 and warm.path_cache_hits == 12
    for name in ALL_FEATURES:
        np.testing.assert_array_equal(table1.features[name], table2.features[name])
    assert table1.meta.drop(columns=[]).equals(table2.meta)


def test_undecodable_file_is_not_decoded_again_on_a_warm_scan(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 3})
    good = (root / "train/a/0000.jpg").read_bytes()
    (root / "train/a/broken.jpg").write_bytes(good[: len(good) // 2])
    (root / "train/a/copy-of-broken.jpg").write_bytes(good[: len(good) // 2])
    db = tmp_path / "c.sqlite"
    cold_table, cold = _scan(root, db)
    assert cold.decoded == 5 and cold.errors == 2
    table, warm = _scan(root, db)
    assert warm.decoded == 0 and warm.errors == 2
    assert table.meta["error_kind"].tolist() == cold_table.meta["error_kind"].tolist()
    (root / "train/a/third-copy.jpg").write_bytes(good[: len(good) // 2])  # new path, known content
    _, stats = _scan(root, db)
    assert stats.decoded == 0 and stats.errors == 3


def test_a_scan_needing_more_features_decodes_again_and_keeps_the_cached_ones(tmp_path):
    import dataaudit.auditors.leakage.signatures  # noqa: F401  (registers luma32 and chroma8)

    root = make_tree(tmp_path / "d", {"train/a": 4, "val/a": 2})
    db = tmp_path / "c.sqlite"
    leakage_only, stats = _scan(root, db, features=["luma32", "chroma8"])
    assert stats.decoded == 6
    everything, stats = _scan(root, db, features=["luma32", "chroma8", "thumb32", "color_stats"])
    assert stats.decoded == 6  # thumb32 and color_stats were never computed
    np.testing.assert_array_equal(everything.features["luma32"], leakage_only.features["luma32"])
    for features in (["luma32"], ["thumb32", "chroma8"], ["luma32", "chroma8", "thumb32", "color_stats"]):
        table, stats = _scan(root, db, features=features)
        assert stats.decoded == 0, features
        for name in features:
            np.testing.assert_array_equal(table.features[name], everything.features[name])
    _, stats = _scan(root, db, features=["gray64"])
    assert stats.decoded == 6


def _damage_three_records(db):
    with sqlite3.connect(db) as conn:
        hashes = [h for (h,) in conn.execute("SELECT content_hash FROM records ORDER BY content_hash")]
        conn.execute("UPDATE records SET features = substr(features, 1, 100) WHERE content_hash = ?", (hashes[0],))
        conn.execute("UPDATE records SET meta = CAST('{not json' AS BLOB) WHERE content_hash = ?", (hashes[1],))
        conn.execute("UPDATE records SET layout = 'gray64@2:lots' WHERE content_hash = ?", (hashes[2],))


def test_damaged_records_are_decoded_again_not_trusted(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 4, "val/a": 2})
    db = tmp_path / "c.sqlite"
    first, _ = _scan(root, db)
    _damage_three_records(db)
    table, stats = _scan(root, db)  # found by path: the scan's own lookup
    assert stats.decoded == 3 and stats.path_cache_hits == 3 and stats.errors == 0
    for name in ALL_FEATURES:
        np.testing.assert_array_equal(table.features[name], first.features[name])
    _damage_three_records(db)
    for path in root.rglob("*.jpg"):  # touched: found by content, the lookup a worker makes
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000_000))
    table, stats = _scan(root, db)
    assert stats.decoded == 3 and stats.content_cache_hits == 3 and stats.errors == 0
    for name in ALL_FEATURES:
        np.testing.assert_array_equal(table.features[name], first.features[name])


def test_touched_file_is_rehashed_not_decoded_and_changed_file_is_decoded(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 4})
    db = tmp_path / "c.sqlite"
    _scan(root, db)
    touched = root / "train/a/0000.jpg"
    st = touched.stat()
    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000_000))
    _, stats = _scan(root, db)
    assert (stats.decoded, stats.content_cache_hits, stats.path_cache_hits) == (0, 1, 3)
    write_image(root / "train/a/0001.jpg", seed=12345)  # new content under an old name
    table, stats = _scan(root, db)
    assert stats.decoded == 1
    assert table.meta.loc[table.meta["relpath"] == "train/a/0001.jpg", "content_hash"].item() != ""


def test_parallel_scan_equals_serial_scan(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 40, "train/b": 40, "val/a": 20}, size=200)
    serial, s1 = _scan(root, jobs=1)
    parallel, s2 = _scan(root, jobs=2)
    assert s2.jobs == 2 and s2.decoded == s1.decoded == 100
    for name in ALL_FEATURES:
        np.testing.assert_array_equal(serial.features[name], parallel.features[name])
    assert serial.meta.equals(parallel.meta)


def test_meta_records_stored_size_not_reduced_decode_size(tmp_path):
    root = tmp_path / "d"
    write_image(root / "train/a/big.jpg", seed=1, size=640)
    table, _ = _scan(root)
    row = table.meta.iloc[0]
    assert (row["width"], row["height"], row["format"], row["mode"]) == (640, 640, "JPEG", "RGB")
    assert table.features["thumb32"][0].std() > 0


def test_phash_and_dhash_match_imagehash(tmp_path):
    import imagehash

    root = tmp_path / "d"
    for i in range(5):
        write_image(root / f"train/a/{i}.png", seed=i, size=128)
    table, _ = _scan(root, features=["phash64", "dhash64"])
    for row, relpath in enumerate(table.meta["relpath"]):
        with Image.open(root / relpath) as im:
            expected_p = np.packbits(imagehash.phash(im).hash.ravel())
            expected_d = np.packbits(imagehash.dhash(im).hash.ravel())
        np.testing.assert_array_equal(table.features["phash64"][row], expected_p)
        np.testing.assert_array_equal(table.features["dhash64"][row], expected_d)


def test_phash_and_dhash_match_imagehash_on_real_photos(tmp_path):
    # phash64 computes its DCT as a matrix product, not with scipy as imagehash does: real photos,
    # cut at many sizes and aspects, give many coefficients close to the median for rounding to flip.
    import imagehash
    from sklearn.datasets import load_sample_images

    rng = np.random.default_rng(0)
    root = tmp_path / "d"
    (root / "train/a").mkdir(parents=True)
    for p, photo in enumerate(load_sample_images().images):
        im = Image.fromarray(photo)
        width, height = im.size
        im.save(root / f"train/a/{p}-whole.png")
        for k in range(60):
            w, h = int(rng.integers(16, width + 1)), int(rng.integers(16, height + 1))
            x, y = int(rng.integers(0, width - w + 1)), int(rng.integers(0, height - h + 1))
            cut = im.crop((x, y, x + w, y + h))
            if k % 2:
                cut = cut.resize((int(rng.integers(12, 400)), int(rng.integers(12, 400))), Image.Resampling.BILINEAR)
            cut.save(root / f"train/a/{p}-{k}.png")  # PNG: the scan decodes exactly these pixels
    table, _ = _scan(root, features=["phash64", "dhash64"])
    assert len(table.meta) == 122
    for row, relpath in enumerate(table.meta["relpath"]):
        with Image.open(root / relpath) as im:
            expected_p = np.packbits(imagehash.phash(im).hash.ravel())
            expected_d = np.packbits(imagehash.dhash(im).hash.ravel())
        np.testing.assert_array_equal(table.features["phash64"][row], expected_p, err_msg=relpath)
        np.testing.assert_array_equal(table.features["dhash64"][row], expected_d, err_msg=relpath)


def test_corrupt_cache_file_is_moved_aside_and_rebuilt(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 3})
    db = tmp_path / "c.sqlite"
    _scan(root, db)
    for side in tmp_path.glob("c.sqlite-*"):
        side.unlink()
    data = bytearray(db.read_bytes())
    data[100:4096] = b"garbage, not SQLite!" * 199 + b"garbage, not SQL"  # the schema page; header kept
    db.write_bytes(bytes(data))
    with pytest.warns(CacheWarning, match="was corrupt"):
        _, stats = _scan(root, db)
    assert stats.cache == "read-write" and stats.decoded == 3
    assert (tmp_path / "c.sqlite.corrupt").exists()
    _, stats = _scan(root, db)
    assert stats.decoded == 0


def test_cache_from_an_older_schema_is_rebuilt_in_place(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 3})
    db = tmp_path / "c.sqlite"
    first, _ = _scan(root, db)
    with sqlite3.connect(db) as conn:  # what a cache written by an older dataaudit looks like
        conn.execute("UPDATE dataaudit_info SET value='0' WHERE key='schema'")
    table, stats = _scan(root, db)
    assert stats.cache == "read-write" and stats.decoded == 3
    for name in ALL_FEATURES:
        np.testing.assert_array_equal(first.features[name], table.features[name])
    _, stats = _scan(root, db)
    assert stats.decoded == 0


def test_read_only_cache_is_used_read_only(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 3})
    db = tmp_path / "c.sqlite"
    _scan(root, db)
    write_image(root / "train/a/new.jpg", seed=77)
    db.chmod(0o444)
    try:
        if os.access(db, os.W_OK):
            pytest.skip("running as a user that can write read-only files (root)")
        with pytest.warns(CacheWarning, match="not writable"):
            _, stats = _scan(root, db)
        assert stats.cache == "read-only" and stats.decoded == 1 and stats.path_cache_hits == 3
    finally:
        db.chmod(0o644)


def test_read_only_mode_reads_and_never_writes(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 3})
    db = tmp_path / "c.sqlite"
    _scan(root, db)
    write_image(root / "train/a/new.jpg", seed=77)
    before = db.read_bytes()
    cache = FeatureCache(db, read_only=True)
    try:
        _, stats = scan(resolve_source(root), ALL_FEATURES, cache=cache, jobs=1, progress=False)
    finally:
        cache.close()
    assert stats.cache == "read-only" and stats.decoded == 1 and stats.path_cache_hits == 3
    assert db.read_bytes() == before


def test_foreign_sqlite_database_is_refused_and_left_alone(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 2})
    db = tmp_path / "users.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE customers (name TEXT)")
        conn.execute("INSERT INTO customers VALUES ('ada')")
    before = db.read_bytes()
    with pytest.raises(UnsafeWriteTarget, match="did not create"):
        dataaudit.audit(root, cache=db)
    assert db.read_bytes() == before and not (tmp_path / "users.db.corrupt").exists()


def test_a_file_that_is_not_sqlite_is_refused_not_moved(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 2})
    db = tmp_path / "notes.txt"
    db.write_bytes(b"garbage, not SQLite" * 100)
    with pytest.raises(UnsafeWriteTarget, match="not an SQLite file"):
        dataaudit.audit(root, cache=db)
    assert db.read_bytes() == b"garbage, not SQLite" * 100 and sorted(p.name for p in tmp_path.iterdir()) == ["d", "notes.txt"]


def test_locked_cache_does_not_fail_the_audit(tmp_path, monkeypatch):
    root = make_tree(tmp_path / "d", {"train/a": 3})
    db = tmp_path / "c.sqlite"
    _scan(root, db)
    monkeypatch.setattr("dataaudit.scan.cache._BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        write_image(root / "train/a/new.jpg", seed=5)
        with pytest.warns(CacheWarning):
            report = dataaudit.audit(root, cache=db, jobs=1)
        assert len(report.table) == 4 and report.table.ok.all()
    finally:
        holder.rollback()
        holder.close()


def test_cache_false_touches_no_cache(tmp_path, _isolated_cache):
    root = make_tree(tmp_path / "d", {"train/a": 2})
    report = dataaudit.audit(root, cache=False)
    assert report.scan["cache"] == "disabled"
    assert not any(_isolated_cache.iterdir())
    dataaudit.audit(root)  # default: the user cache dir (isolated by conftest)
    assert (_isolated_cache / "features.sqlite").exists()


def test_two_audits_at_once_on_one_cache_both_finish_correctly(tmp_path):
    root = make_tree(tmp_path / "d", {"train/a": 60, "val/a": 30}, size=160)
    write_image(root / "train/a/broken.jpg", seed=1)
    (root / "train/a/broken.jpg").write_bytes(b"not an image")
    db = tmp_path / "shared.sqlite"
    script = textwrap.dedent(f"""
        import json, dataaudit
        r = dataaudit.audit({str(root)!r}, cache={str(db)!r}, jobs=2, progress=False, select="DA0")
        print(json.dumps({{"n": len(r.table), "ok": int(r.table.ok.sum()),
                           "hashes": sorted(r.table.meta["content_hash"]),
                           "codes": sorted(f.code for f in r.findings)}}))
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode == 0, err
    results = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    assert results[0] == results[1]
    assert results[0]["n"] == 91 and results[0]["ok"] == 90 and results[0]["codes"] == ["DA001"]
    _, stats = _scan(root, db, features=[])
    assert stats.decoded == 0


def test_array_sources_are_cached_by_content(tmp_path):
    rng = np.random.default_rng(0)
    x = rng.integers(0, 256, (30, 12, 12, 3), dtype=np.uint8)
    db = tmp_path / "c.sqlite"
    first = dataaudit.audit({"train": (x, None)}, cache=db)
    second = dataaudit.audit({"train": (x[::-1].copy(), None)}, cache=db)
    assert first.scan["decoded"] == 30
    assert second.scan["decoded"] == 0 and second.scan["content_cache_hits"] == 30


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path, capsys):
    root = make_tree(tmp_path / "d", {"train/a": 3})
    dataaudit.audit(root, cache=False, progress=True)
    assert "scan:" in capsys.readouterr().err
    dataaudit.audit(root, cache=False)  # pytest's stderr is not a TTY
    dataaudit.audit(root, cache=False, progress=False)
    assert "scan:" not in capsys.readouterr().err


def test_import_does_not_load_tensorflow():
    code = "import sys, dataaudit; print(sorted(m for m in ('tensorflow', 'keras', 'torch') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"

