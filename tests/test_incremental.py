"""Incremental re-audits: a grown, shrunk or re-split dataset is audited from what the cache knows,
with exactly the findings of a cold audit, and the search redoes only the new images' work."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

import dataaudit
from dataaudit.auditors.leakage.pair_search import find_duplicate_pairs
from dataaudit.auditors.leakage.search_memo import SearchMemo
from dataaudit.auditors.leakage.signatures import view_codes
from dataaudit.demo.edits import photo_tiles, write_edited

EDITS = ("crop8", "hflip", "brightness", "rotate5", "jpeg30", "hue")


def _comparable(report) -> str:
    data = json.loads(report.to_json())
    data.pop("scan", None)
    data.get("config", {}).pop("cache", None)
    for run in data["auditors"]:
        run.pop("seconds")
    return json.dumps(data, sort_keys=True)


@pytest.fixture
def photos(tmp_path):
    """48 distinct photo tiles in train/{a,b}, a few edited copies of them in val."""
    root = tmp_path / "data"
    tiles = photo_tiles(6, 8)
    for i, tile in enumerate(tiles):
        path = root / "train" / ("a" if i % 2 else "b") / f"{i:03d}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        tile.resize((48, 48)).save(path)
    rng = np.random.default_rng(1)
    for k, edit in enumerate(EDITS[:3]):
        source = root / "train" / ("a" if k % 2 else "b") / f"{k:03d}.png"
        write_edited(source, root / "val" / ("a" if k % 2 else "b") / f"copy{k}", edit, rng)
    return root


def _add_copies(root, start: int, edits: tuple[str, ...], seed: int) -> None:
    rng = np.random.default_rng(seed)
    for k, edit in enumerate(edits):
        i = start + 2 * k
        source = root / "train" / ("a" if i % 2 else "b") / f"{i:03d}.png"
        write_edited(source, root / "val" / ("a" if i % 2 else "b") / f"new{i}", edit, rng)


def test_a_grown_dataset_is_audited_incrementally_with_the_findings_of_a_cold_audit(photos, tmp_path):
    cache = tmp_path / "cache.sqlite"
    first = dataaudit.audit(photos, cache=cache, config=False, progress=False)
    assert first.by_code("DA102") or first.by_code("DA101")
    _add_copies(photos, 10, EDITS[3:], seed=2)
    incremental = dataaudit.audit(photos, cache=cache, config=False, progress=False)
    cold = dataaudit.audit(photos, cache=tmp_path / "fresh.sqlite", config=False, progress=False)
    assert _comparable(incremental) == _comparable(cold)
    # The new copies are found, not only the old ones.
    copies = {p["copy"] for f in cold.findings if f.code in ("DA101", "DA102") for p in f.evidence["pairs"]}
    assert any("/new" in c for c in copies)


def test_removing_and_moving_images_is_also_answered_like_a_cold_audit(photos, tmp_path):
    cache = tmp_path / "cache.sqlite"
    dataaudit.audit(photos, cache=cache, config=False, progress=False)
    (photos / "train" / "a" / "005.png").unlink()
    (photos / "test" / "b").mkdir(parents=True)
    shutil.move(photos / "train" / "b" / "000.png", photos / "test" / "b" / "moved.png")
    incremental = dataaudit.audit(photos, cache=cache, config=False, progress=False)
    cold = dataaudit.audit(photos, cache=tmp_path / "fresh.sqlite", config=False, progress=False)
    assert _comparable(incremental) == _comparable(cold)


def _search(luma, keys, memo=None):
    return find_duplicate_pairs(luma, keys, radius=10, min_similarity=0.9, codes=view_codes(luma), memo=memo,
                                keep_memo=True)


def _thumbnails(n_tiles: int = 48) -> np.ndarray:
    from PIL import Image

    tiles = [np.asarray(t.convert("L").resize((32, 32), Image.Resampling.BOX)) for t in photo_tiles(6, 8)][:n_tiles]
    # Every tile, its mirror image and a slightly brighter copy: many candidates, many copies.
    out = tiles + [t[:, ::-1] for t in tiles] + [np.clip(t.astype(int) + 12, 0, 255).astype(np.uint8) for t in tiles]
    return np.asarray(out)


def test_the_search_redoes_only_the_new_images_work_and_finds_the_same_pairs():
    luma = _thumbnails()
    keys = np.array([f"k{i}" for i in range(len(luma))])
    n_old = len(luma) - 12
    before = _search(luma[:n_old], keys[:n_old])
    assert before.memo is not None and before.verified == before.candidates > 0
    grown = _search(luma, keys, memo=before.memo)
    scratch = _search(luma, keys)
    for field in ("a", "b", "kind", "similarity", "source", "target", "mirrored", "params"):
        assert np.array_equal(getattr(grown, field), getattr(scratch, field)), field
    assert grown.candidates == scratch.candidates
    # Only candidates involving the 12 new images were verified again.
    assert 0 < grown.verified < scratch.verified
    # The same images in another order (a re-listed, renamed dataset): nothing to verify at all.
    order = np.random.default_rng(0).permutation(len(luma))
    shuffled = _search(luma[order], keys[order], memo=grown.memo)
    assert shuffled.verified == 0
    assert len(shuffled) == len(scratch)


def _crowded_thumbnails() -> np.ndarray:
    """Photo tiles, each with five edited copies (mirror, brighter, darker, cropped, both): many candidates
    per image are copies of one another, as in crowded data."""
    from PIL import Image

    tiles = [np.asarray(t.convert("L").resize((32, 32), Image.Resampling.BOX)) for t in photo_tiles(3, 4)]
    out = []
    for t in tiles:
        cropped = np.asarray(Image.fromarray(t[2:-2, 2:-2]).resize((32, 32), Image.Resampling.BILINEAR))
        out += [t, t[:, ::-1], np.clip(t.astype(int) + 14, 0, 255).astype(np.uint8),
                np.clip(t.astype(int) - 14, 0, 255).astype(np.uint8), cropped, cropped[:, ::-1]]
    return np.asarray(out)


def test_candidates_already_joined_by_verified_copies_are_not_verified(monkeypatch):
    """Verification in rounds skips a candidate whose images earlier rounds joined: the same groups of copies
    as verifying every candidate, fewer pairs verified, and a re-audit from a memo gives what a cold one does."""
    from dataaudit.auditors.leakage import pair_search
    from dataaudit.auditors.leakage.pair_search import connected_groups

    luma = _crowded_thumbnails()
    keys = np.array([f"k{i}" for i in range(len(luma))])
    every = _search(luma, keys)  # one round: every candidate verified
    assert every.verified == every.candidates
    monkeypatch.setattr(pair_search, "VERIFY_ROUND", 8)
    rounds = _search(luma, keys)
    assert rounds.candidates == every.candidates
    assert 0 < rounds.verified < every.verified
    groups = [g.tolist() for g in connected_groups(len(luma), rounds.a, rounds.b)]
    assert groups == [g.tolist() for g in connected_groups(len(luma), every.a, every.b)]
    # Crowded indeed: most photos' copies were found, up to all six images of a photo in one group.
    assert sum(len(g) >= 4 for g in groups) >= len(luma) // 6 * 3 // 4 and max(len(g) for g in groups) == 6
    # Each pair kept is one that verifying everything finds too, with the same verdict.
    both = {(a, b): s for a, b, s in zip(every.a.tolist(), every.b.tolist(), every.similarity.tolist())}
    assert all(both[(a, b)] == s for a, b, s in zip(rounds.a.tolist(), rounds.b.tolist(), rounds.similarity.tolist()))
    # Grown from a memo of fewer images, and re-listed: exactly the pairs of a search from scratch.
    before = _search(luma[:-6], keys[:-6])
    grown = _search(luma, keys, memo=before.memo)
    for field in ("a", "b", "kind", "similarity", "source", "target", "mirrored", "params"):
        assert np.array_equal(getattr(grown, field), getattr(rounds, field)), field
    order = np.random.default_rng(0).permutation(len(luma))
    shuffled = _search(luma[order], keys[order], memo=grown.memo)
    assert shuffled.verified == 0
    a, b = order[shuffled.a], order[shuffled.b]
    assert sorted(zip(np.minimum(a, b).tolist(), np.maximum(a, b).tolist())) == \
        sorted(zip(rounds.a.tolist(), rounds.b.tolist()))


def test_a_memo_without_candidates_serves_a_grown_search():
    """A memo of images that had no candidate at all (nothing to remember a verdict of) still serves the next search."""
    luma = _crowded_thumbnails()
    keys = np.array([f"k{i}" for i in range(len(luma))])
    lone = np.arange(0, len(luma), 6)[:3]  # three different photos: no copies among them
    before = _search(luma[lone], keys[lone])
    assert before.memo is not None and len(before.memo.verdicts["start"]) == 0
    grown = _search(luma, keys, memo=before.memo)
    scratch = _search(luma, keys)
    for field in ("a", "b", "similarity"):
        assert np.array_equal(getattr(grown, field), getattr(scratch, field)), field


def test_a_damaged_or_foreign_memo_is_ignored():
    luma = _thumbnails()
    keys = np.array([f"k{i}" for i in range(len(luma))])
    memo = _search(luma, keys).memo
    blob = memo.to_bytes()
    assert SearchMemo.from_bytes(blob) is not None
    assert SearchMemo.from_bytes(b"not an archive") is None
    assert SearchMemo.from_bytes(blob[: len(blob) // 2]) is None
    # An archive whose image numbers point past its key list is not trusted.
    broken = SearchMemo(memo.keys[:3], memo.matches, memo.candidates, memo.verdicts)
    assert SearchMemo.from_bytes(broken.to_bytes()) is None


def test_variety_measures_only_the_classes_whose_images_changed(tmp_path, monkeypatch):
    from dataaudit.auditors.variety import auditor as variety

    from PIL import Image

    root = tmp_path / "data"
    rng = np.random.default_rng(3)
    # Unrelated smooth random scenes: no two classes look alike, so the copy threshold sits at its
    # floor and images added to one class leave it (and the other classes' measures) unchanged.
    tiles = [Image.fromarray(rng.integers(0, 256, (6, 6, 3), dtype=np.uint8)).resize((48, 48), Image.Resampling.BICUBIC)
             for _ in range(38)]
    for i, tile in enumerate(tiles[:36]):
        path = root / "train" / "abc"[i % 3] / f"{i:03d}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        tile.save(path)
    for k in range(4):  # near-copies in class a: its groups are not all singletons
        write_edited(root / "train" / "a" / f"{3 * k:03d}.png", root / "train" / "a" / f"copy{k}", EDITS[k], rng)
    cache = tmp_path / "cache.sqlite"
    measured: list[int] = []
    real = variety.effective_count

    def counting(features, groups, *args, **kwargs):
        measured.append(len(groups))
        return real(features, groups, *args, **kwargs)

    monkeypatch.setattr(variety, "effective_count", counting)
    described: list[int] = []
    real_describe = variety._describe

    def describing(gray, thumbs, rows):
        described.append(len(rows))
        return real_describe(gray, thumbs, rows)

    monkeypatch.setattr(variety, "_describe", describing)
    first = dataaudit.audit(root, cache=cache, config=False, progress=False, select="DA4")
    assert len(measured) == 3  # a cold audit measures every class
    for i in (36, 37):  # class a grows by two images
        tiles[i].save(root / "train" / "a" / f"{i:03d}.png")
    measured.clear()
    described.clear()
    incremental = dataaudit.audit(root, cache=cache, config=False, progress=False, select="DA4")
    assert measured == [12 + 4 + 2]  # only class a, with its new images
    assert sum(described) == 2  # and only the new images are described
    measured.clear()
    cold = dataaudit.audit(root, cache=tmp_path / "fresh.sqlite", config=False, progress=False, select="DA4")
    assert len(measured) == 3
    assert _comparable(incremental) == _comparable(cold)
    assert _comparable(first) != _comparable(cold)  # the grown class is reported as it is now


def test_a_damaged_or_foreign_variety_memo_is_ignored():
    from dataaudit.auditors.variety.class_memo import ClassMeasure, ClassMemo, Describer, DescriptorMemo
    from dataaudit.auditors.variety.measures import effective_count, near_copy_groups, scene_descriptors

    rng = np.random.default_rng(0)
    gray = rng.integers(0, 256, (20, 64, 64), dtype=np.uint8)
    thumbs = rng.integers(0, 256, (20, 32, 32, 3), dtype=np.uint8)
    keys = np.array([f"k{i}" for i in range(20)], dtype=object)
    describe = Describer(keys, lambda rows: scene_descriptors(gray[rows], thumbs[rows]))
    desc = describe(np.arange(12))
    groups = near_copy_groups(desc, 0.8)
    memo = ClassMemo({b"d" * 64: ClassMeasure(groups, effective_count(desc.combined, groups))})
    again = ClassMemo.from_bytes(memo.to_bytes())
    assert again is not None and np.array_equal(again.measures[b"d" * 64].groups, groups)
    descriptors = describe.memo()
    assert descriptors is not None and len(descriptors.keys) == 12
    # A second describer starting from the stored descriptors describes only the images it lacks.
    later = Describer(keys, lambda rows: scene_descriptors(gray[rows], thumbs[rows]),
                      DescriptorMemo.from_bytes(descriptors.to_bytes()))
    mixed = later(np.arange(8, 20))
    assert later.computed == 8
    direct = scene_descriptors(gray[8:20], thumbs[8:20])
    assert all(np.array_equal(getattr(mixed, f), getattr(direct, f)) for f in ("layout", "gradient", "chroma", "flat"))
    for blob in (b"not an archive", memo.to_bytes()[:40], descriptors.to_bytes()[:100]):
        assert ClassMemo.from_bytes(blob) is None and DescriptorMemo.from_bytes(blob) is None
