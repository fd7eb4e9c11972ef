"""Planted near-duplicate benchmark for the split-leakage auditor, next to imagededup-style pHash.

Builds a dataset from real photos: CIFAR-10 images at their native 32 px and
upscaled to 160 px, and tiles of scikit-learn's two sample photos. Every source
image sits in train; for each edit of :data:`dataaudit.demo.edits.EDITS` (round 1)
a set of sources gets one edited copy planted in val or test, beside distinct images.
A second dataset, built the same way, plants the stronger edits of
:data:`dataaudit.demo.edits.STRONG_EDITS` (half-area crops, quarter turns, vertical
flips, padding, frames, large overlays, two-edit combinations).
Then it prints, per edit, the share of planted copies found (recall), the
precision over every cross-split pair reported, the same figures for a 64-bit
pHash (``imagehash.phash``) at Hamming radius 10 computed in the same run on
the same files, and the scan throughput against a plain decode loop.

CIFAR-10 holds near-duplicates of its own (the ciFAIR paper lists many in its test set); a pair
of two different sample images that are such copies of each other is reported rightly, though
not planted. Precision is printed twice: counting every not-planted pair as false, and counting as
correct the pairs whose two CIFAR originals are in one group of :data:`KNOWN_DUPLICATES` (a list
of the sample's near-duplicates confirmed by eye, independent of the auditor: see
``docs/benchmark-data/README.md``).

    python benchmarks/leakage.py [CIFAR_FOLDER] [--per-edit 30] [--edits round1|strong|both] [--calibrate]
                                 [--no-throughput] [--list-misses] [--known-duplicates CSV]

The pHash baseline needs imagehash, which comes with the ``dev`` extra (``pip install '.[dev]'``).

``--calibrate`` also prints the similarity distributions of planted pairs and
of random pairs of different photos that the default thresholds come from.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.scan import plain_loop  # noqa: E402  (the plain decode loop both benchmarks compare with)
from dataaudit.auditors import AuditContext  # noqa: E402
from dataaudit.auditors.leakage.auditor import SENSITIVITY, LeakageAuditor  # noqa: E402
from dataaudit.demo.edits import EDITS, STRONG_EDITS, photo_tiles, write_edited  # noqa: E402
from dataaudit.scan.scanner import scan  # noqa: E402
from dataaudit.sources import resolve_source  # noqa: E402

DEFAULT_FOLDER = REPO.parent / "shared" / "data" / "cifar10-sample"
#: Groups of the CIFAR-10 sample's images that are near-copies of each other, confirmed by eye (group, image).
KNOWN_DUPLICATES = REPO / "docs" / "benchmark-data" / "cifar10-sample-near-duplicates.csv"


# -- building the planted dataset ------------------------------------------------------------------


def _save(im: Image.Image, path: Path, quality: int = 92) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", quality=quality)
    return path


def build(folder: Path, root: Path, per_edit: int, seed: int, edits: list[str] | None = None,
          origins: dict[str, str] | None = None) -> list[dict]:
    """Write the benchmark dataset planting ``edits`` (default: round 1's) under ``root``; return the planted pairs.

    ``origins``, when given, receives the CIFAR image (``class/name.jpg`` in ``folder``) each written file comes
    from, by relative path (the sample-photo tiles have none)."""
    origins = {} if origins is None else origins
    rng = np.random.default_rng(seed)
    cifar = sorted(folder.glob("*/*.jpg"))
    if len(cifar) < 1000:
        raise SystemExit(f"{folder} holds {len(cifar)} CIFAR images; the benchmark needs the 2,000-image sample.")
    order = rng.permutation(len(cifar))
    edits = list(EDITS) if edits is None else list(edits)
    n_sources = per_edit * len(edits)
    n32 = n_sources * 6 // 10
    n160 = n_sources - n32
    # Disjoint photos: sources at 32 px, sources upscaled to 160 px, then distinct fillers.
    src32, src160 = order[:n32], order[n32 : n32 + n160]
    rest = order[n32 + n160 :]
    fill_train, fill_eval = rest[: len(rest) // 3], rest[len(rest) // 3 :]

    sources: list[tuple[str, str]] = []  # (relative path in train, origin)
    for k in src32:
        p = cifar[k]
        rel = f"train/{p.parent.name}/c32_{p.stem}.jpg"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(p.read_bytes())
        sources.append((rel, "cifar-32"))
        origins[rel] = p.relative_to(folder).as_posix()
    for k in src160:
        p = cifar[k]
        rel = f"train/{p.parent.name}/c160_{p.stem}.jpg"
        _save(Image.open(p).convert("RGB").resize((160, 160), Image.Resampling.BICUBIC), root / rel)
        sources.append((rel, "cifar-160"))
        origins[rel] = p.relative_to(folder).as_posix()
    tiles = photo_tiles(2, 3)
    tile_sources = []
    for t, tile in enumerate(tiles):
        rel = f"train/photo/tile_{t}.jpg"
        _save(tile, root / rel)
        tile_sources.append((rel, "photo-213"))
    for i, k in enumerate(fill_train):
        p = cifar[k]
        rel = f"train/{p.parent.name}/fill_{p.stem}.jpg"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(p.read_bytes())
        origins[rel] = p.relative_to(folder).as_posix()
    for i, k in enumerate(fill_eval):
        p = cifar[k]
        split = ("val", "test")[i % 2]
        rel = f"{split}/{p.parent.name}/other_{p.stem}.jpg"
        origins[rel] = p.relative_to(folder).as_posix()
        if i % 3 == 0:  # some distinct evaluation images at 160 px too
            _save(Image.open(p).convert("RGB").resize((160, 160), Image.Resampling.BICUBIC), root / rel)
        else:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(p.read_bytes())

    # Each source gets exactly one copy, so planted copies are not copies of each other.
    assignment = [edits[i % len(edits)] for i in range(len(sources))]
    rng.shuffle(assignment)
    tile_edits = list(rng.choice(edits, size=len(tile_sources), replace=False))
    planted = []
    for k, ((rel, origin), edit) in enumerate(zip(sources + tile_sources, assignment + tile_edits)):
        split = ("val", "test")[k % 2]
        label = rel.split("/")[1]
        target = root / split / label / f"copy_{edit}_{Path(rel).stem}"
        written = write_edited(root / rel, target, edit, rng)
        planted.append({"source": rel, "copy": written.relative_to(root).as_posix(), "edit": edit, "origin": origin})
        if rel in origins:
            origins[planted[-1]["copy"]] = origins[rel]
    return planted


# -- the two detectors -----------------------------------------------------------------------------


#: The auditor settings compared: each sensitivity, and the default with the search for strong edits on.
SETTINGS = {**{level: {"sensitivity": level} for level in SENSITIVITY}, "strong": {"strong_edits": True}}


def run_dataaudit(root: Path, jobs: int | None, sensitivities: tuple[str, ...]) -> tuple[dict[str, set], dict]:
    """Scan once, run the leakage auditor at each setting of SETTINGS named in ``sensitivities``; cross-split
    (train, other) pairs found by each."""
    dataset = resolve_source(root)
    started = time.perf_counter()
    table, stats = scan(dataset, LeakageAuditor().required_features(), cache=None, jobs=jobs, progress=False)
    timing: dict = {"scan": time.perf_counter() - started, "jobs": stats.jobs, "n": len(table)}
    rel = table.meta["relpath"].tolist()
    split = table.meta["split"].tolist()
    found: dict[str, set] = {}
    for sensitivity in sensitivities:
        ctx = AuditContext(table=table, dataset=dataset)
        began = time.perf_counter()
        list(LeakageAuditor(**SETTINGS[sensitivity]).run(ctx))
        timing[f"audit_{sensitivity}"] = time.perf_counter() - began
        groups = ctx.artifacts["leakage"]
        timing[f"candidates_{sensitivity}"] = groups.extra.get("candidates")
        pairs = set()
        for members in groups.groups:
            for i in members:
                for j in members:
                    if split[i] == "train" and split[j] != "train":
                        pairs.add((rel[i], rel[j]))
        found[sensitivity] = pairs
    return found, timing


def run_phash(root: Path, radius: int = 10) -> tuple[set[tuple[str, str]], float]:
    """imagededup's default: 64-bit pHash of each file, pairs within Hamming radius 10."""
    import imagehash

    started = time.perf_counter()
    paths = sorted(p for p in root.rglob("*") if p.is_file())
    rel = [p.relative_to(root).as_posix() for p in paths]
    codes = []
    for p in paths:
        with Image.open(p) as im:
            codes.append(int(str(imagehash.phash(im)), 16))
    bits = np.array([[(c >> (63 - b)) & 1 for b in range(64)] for c in codes], dtype=np.uint8)
    packed = np.packbits(bits, axis=1)
    from dataaudit.auditors.leakage.hamming_index import find_pairs

    train = np.array([r.startswith("train/") for r in rel])
    ti, ei = np.flatnonzero(train), np.flatnonzero(~train)
    i, j, _ = find_pairs(packed[ti], packed[ei], radius)
    return {(rel[ti[a]], rel[ei[b]]) for a, b in zip(i, j)}, time.perf_counter() - started


def scan_time(root: Path, features: tuple[str, ...], jobs: int | None) -> float:
    dataset = resolve_source(root)
    started = time.perf_counter()
    scan(dataset, features, cache=None, jobs=jobs, progress=False)
    return time.perf_counter() - started


def large_jpegs(folder: Path, root: Path, n: int, seed: int) -> Path:
    """n JPEGs of 256-640 px (CIFAR images and photo tiles, upscaled), for the throughput check."""
    rng = np.random.default_rng(seed)
    cifar = sorted(folder.glob("*/*.jpg"))
    tiles = photo_tiles(2, 3)
    for k in range(n):
        side = int(rng.integers(256, 641))
        other = int(rng.integers(256, 641))
        src = tiles[k % len(tiles)] if k % 4 == 0 else Image.open(cifar[int(rng.integers(len(cifar)))]).convert("RGB")
        _save(src.resize((side, other), Image.Resampling.BICUBIC), root / "train" / "x" / f"{k:04d}.jpg", quality=90)
    return root


# -- evaluation ------------------------------------------------------------------------------------


def load_known_duplicates(path: Path) -> dict[str, str]:
    """The group of each CIFAR sample image listed in ``path`` (CSV: group,image[,note]; image as class/name.jpg)."""
    import csv

    with open(path, newline="", encoding="utf-8") as f:
        return {row["image"]: row["group"] for row in csv.DictReader(f)}


def known_pair(a: str, b: str, origins: dict[str, str], known: dict[str, str]) -> bool:
    """Whether files ``a`` and ``b`` come from two CIFAR images listed as near-copies of each other."""
    oa, ob = origins.get(a), origins.get(b)
    return oa is not None and ob is not None and oa != ob and known.get(oa, "a") == known.get(ob, "b")


def evaluate(found: set[tuple[str, str]], planted: list[dict], origins: dict[str, str] | None = None,
             known: dict[str, str] | None = None) -> tuple[dict[str, float], float, list, float]:
    """Recall per edit, precision (every not-planted pair false), the not-planted pairs, and precision counting
    the not-planted pairs of ``known`` near-duplicate originals (through ``origins``) as correct."""
    truth = {(p["source"], p["copy"]) for p in planted}
    recall: dict[str, list[bool]] = defaultdict(list)
    for p in planted:
        recall[p["edit"]].append((p["source"], p["copy"]) in found)
    false = sorted(found - truth)
    precision = (len(found) - len(false)) / len(found) if found else 1.0
    unknown = [pair for pair in false if not known_pair(*pair, origins or {}, known or {})]
    precision_known = (len(found) - len(unknown)) / len(found) if found else 1.0
    return {e: float(np.mean(v)) for e, v in recall.items()}, precision, false, precision_known


def calibrate(root: Path, planted: list[dict], n_random: int, seed: int, edit_names: list[str]) -> None:
    """Similarity of every planted pair and of random pairs of different photos, at their best view match."""
    from dataaudit.auditors.leakage.pair_search import verify_given_pairs
    from dataaudit.auditors.leakage.signatures import view_codes

    dataset = resolve_source(root)
    table, _ = scan(dataset, ("luma32", "chroma8"), cache=None, progress=False)
    index = {r: i for i, r in enumerate(table.meta["relpath"])}
    luma, chroma = table.feature("luma32"), table.feature("chroma8")
    sides = np.minimum(table.meta["width"].to_numpy(), table.meta["height"].to_numpy())
    codes = view_codes(luma)

    def similarity(a, b):
        aligned, _, _, dist = verify_given_pairs(luma, chroma, a, b, codes, sides)
        return dist, aligned.similarity

    pa = np.array([index[p["source"]] for p in planted])
    pb = np.array([index[p["copy"]] for p in planted])
    pdist, psim = similarity(pa, pb)
    edits = np.array([p["edit"] for p in planted])
    rng = np.random.default_rng(seed)
    photos = [i for i, r in enumerate(table.meta["relpath"]) if "/copy_" not in r]
    ra = rng.choice(photos, n_random)
    rb = rng.choice(photos, n_random)
    keep = ra != rb
    rdist, rsim = similarity(ra[keep], rb[keep])
    print("\n## Calibration: similarity of planted pairs (at their closest view codes)")
    print(f"{'edit':16s} {'n':>4s} {'p1':>6s} {'p5':>6s} {'median':>7s} {'hash<=8':>8s} {'hash<=10':>9s} {'hash<=12':>9s}")
    for e in edit_names:
        s, d = psim[edits == e], pdist[edits == e]
        print(f"{e:16s} {len(s):4d} {np.percentile(s, 1):6.3f} {np.percentile(s, 5):6.3f} {np.median(s):7.3f} "
              f"{np.mean(d <= 8):8.3f} {np.mean(d <= 10):9.3f} {np.mean(d <= 12):9.3f}")
    print(f"\n## Random pairs of different photos (train or evaluation images, no planted copies): {len(rsim)}")
    for r in (8, 10, 12):
        print(f"hash distance <= {r}: {np.mean(rdist <= r):.5f} of random pairs are candidates")
    for t in (0.80, 0.82, 0.85, 0.88, 0.90, 0.92):
        fa = np.mean(rsim >= t)
        both = {r: np.mean((rsim >= t) & (rdist <= r)) for r in (8, 10, 12)}
        worst = min(np.mean((psim[edits == e] >= t) & (pdist[edits == e] <= 10)) for e in edit_names)
        print(f"similarity >= {t:.2f}: random pairs accepted {fa:.5f} (with hash <=8/10/12: "
              f"{both[8]:.2e}/{both[10]:.2e}/{both[12]:.2e}); worst-edit recall at radius 10: {worst:.3f}")


def report(root: Path, planted: list[dict], title: str, edit_names: list[str], args: argparse.Namespace,
           origins: dict[str, str] | None = None, known: dict[str, str] | None = None) -> None:
    """Run both detectors on one planted dataset and print recall per edit and precision."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    print(f"# Planted benchmark, {title}: {len(files)} images, {len(planted)} planted copies "
          f"({args.per_edit} per edit, + sample-photo tiles), seed {args.seed}")
    print("dataaudit sensitivities (hash radius, min similarity): "
          + ", ".join(f"{k} ({r}, {t})" for k, (r, t) in SENSITIVITY.items())
          + "; strong: the default with strong_edits=True")

    levels = tuple(SETTINGS)
    found, timing = run_dataaudit(root, args.jobs, levels)
    results = {level: evaluate(found[level], planted, origins, known) for level in levels}
    p_found, p_seconds = run_phash(root)
    results["pHash r10"] = evaluate(p_found, planted, origins, known)
    found["pHash r10"] = p_found
    names = list(results)

    print("\nRecall per edit (share of planted copies whose pair is reported):")
    print(f"{'edit':16s} {'copies':>6s} " + " ".join(f"{n:>10s}" for n in names))
    for e in edit_names:
        n = sum(p["edit"] == e for p in planted)
        print(f"{e:16s} {n:6d} " + " ".join(f"{results[k][0][e]:10.3f}" for k in names))
    overall = {k: np.mean([(p["source"], p["copy"]) in found[k] for p in planted]) for k in names}
    print(f"{'all':16s} {len(planted):6d} " + " ".join(f"{overall[k]:10.3f}" for k in names))
    print(f"{'min recall':16s} {'':6s} " + " ".join(f"{min(results[k][0].values()):10.3f}" for k in names)
          + "   (target >= 0.97 on every edit)")
    print(f"{'precision':16s} {'':6s} " + " ".join(f"{results[k][1]:10.4f}" for k in names)
          + "   (target >= 0.99)")
    if known is not None:
        print(f"{'precision, known':16s} {'':6s} " + " ".join(f"{results[k][3]:10.4f}" for k in names)
              + "   (pairs of CIFAR's own listed near-duplicates counted correct)")
    print(f"{'pairs':16s} {'':6s} " + " ".join(f"{len(found[k]):10d}" for k in names))
    if getattr(args, "list_misses", False):
        for level in ("default", "strong"):
            missed = [p for p in planted if (p["source"], p["copy"]) not in found[level]]
            print(f"\ndataaudit ({level}) planted copies missed ({len(missed)}):")
            for p in missed:
                print(f"   {p['edit']:16s} {p['source']}  ->  {p['copy']}   ({p['origin']})")
    for level in ("default", "strong"):
        false = results[level][2]
        if false:
            print(f"\ndataaudit ({level}) cross-split pairs that were not planted ({len(false)}; CIFAR-10 has "
                  "near-duplicates of its own, so inspect them before calling them false; * = listed ones):")
            for a, b in false[:20]:
                mark = "*" if known_pair(a, b, origins or {}, known or {}) else " "
                print(f" {mark} {a}  <->  {b}   ({(origins or {}).get(a)} / {(origins or {}).get(b)})")
    print(f"\ndataaudit: scan {timing['scan']:.1f}s; leakage auditor " + ", ".join(
        f"{level} {timing[f'audit_{level}']:.1f}s ({timing[f'candidates_{level}']} candidate pairs)" for level in levels)
          + f"; pHash baseline {p_seconds:.1f}s\n")


# -- main ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER), help="the CIFAR-10 sample folder")
    parser.add_argument("--per-edit", type=int, default=30, help="planted copies per edit (default 30)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=None, help="scan processes (default: all cores)")
    parser.add_argument("--repeats", type=int, default=3, help="timing repeats (medians are printed)")
    parser.add_argument("--workdir", default=None, help="build the dataset here (default: a temporary folder)")
    parser.add_argument("--calibrate", action="store_true", help="also print the threshold calibration")
    parser.add_argument("--edits", choices=("round1", "strong", "both"), default="both",
                        help="which planted dataset(s): round 1's edits, the stronger edits, or both (default)")
    parser.add_argument("--list-misses", action="store_true",
                        help="list the planted copies the default and strong settings miss")
    parser.add_argument("--no-throughput", action="store_true", help="skip the scan throughput measurement")
    parser.add_argument("--known-duplicates", default=str(KNOWN_DUPLICATES),
                        help="CSV (group,image) of the CIFAR sample's own near-duplicates, for the second precision "
                             "figure; 'none' to skip it")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"CIFAR-10 sample not found at {folder}; pass its folder as the first argument.", file=sys.stderr)
        return 2
    sets = {"round1": ("round 1 edits", list(EDITS)), "strong": ("stronger edits (round 2)", list(STRONG_EDITS))}
    chosen = list(sets) if args.edits == "both" else [args.edits]
    known = None if args.known_duplicates == "none" else load_known_duplicates(Path(args.known_duplicates))
    if args.workdir:
        Path(args.workdir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        for name in chosen:
            title, edit_names = sets[name]
            root = Path(tmp) / f"planted-{name}"
            origins: dict[str, str] = {}
            planted = build(folder, root, args.per_edit, args.seed, edit_names, origins)
            report(root, planted, title, edit_names, args, origins, known)
            if args.calibrate:
                calibrate(root, planted, 20000, args.seed, edit_names)
        if args.no_throughput:
            return 0
        root = Path(tmp) / f"planted-{chosen[0]}"
        # Throughput: the scan with the leakage features against a plain single-process decode loop.
        features = LeakageAuditor().required_features()
        print("\n## Scan throughput (medians of %d runs; the machine's other load affects both sides)" % args.repeats)
        big = large_jpegs(folder, Path(tmp) / "large", 1500, args.seed)
        for label, tree in (("the benchmark files (16-320 px)", root), ("1500 JPEGs of 256-640 px", big)):
            paths = sorted(p for p in tree.rglob("*") if p.is_file())
            loop = statistics.median(plain_loop(paths) for _ in range(args.repeats))
            print(f"{label}: plain Image.open().load() loop {len(paths) / loop:6.0f} img/s")
            for jobs in (1, args.jobs):
                for feats, what in (((), "no features (the core's own cost)"), (features, "leakage features")):
                    seconds = statistics.median(scan_time(tree, feats, jobs) for _ in range(args.repeats))
                    print(f"    scan jobs={jobs or 'all'}, {what}: {len(paths) / seconds:6.0f} img/s "
                          f"= {loop / seconds:.2f}x the loop's speed (scan time {seconds / loop:.2f}x the loop's)")
        print("targets: scan time within 2x of the loop (speed >= 0.5x); the core's: >= 1.5x faster on 256-640 px JPEGs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
