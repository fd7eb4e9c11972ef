"""What does class-balanced oversampling cost per epoch? The tf.data pipelines vs a plain epoch, same run.

Writes an imbalanced image folder (train: 600 / 60 / 30 images of three
classes, 64x64 JPEG), audits it (DA201 recommends oversampling, DA404 an
augmentation), and times full passes over:

- ``plain``: ``training_datasets(report, weighting="none")``: every training
  image once per epoch, DA404's augmentation;
- ``oversampled``: ``training_datasets(report)`` (the report's sampling plan:
  per-class cached streams drawn by ``sample_from_datasets``), same augmentation,
  the default epoch length: as many samples as the training set (classes balanced
  in expectation);
- ``oversampled-majority``: the same with ``oversampled_epoch="majority"`` (every
  class at the largest count per epoch: the old, longer epoch);
- ``snippet``: the written ``oversampling_tf_data.py`` run on
  ``image_dataset_from_directory(..., batch_size=None)``, with the written
  ``augmentation.py`` beside it.

Each pipeline is iterated for several epochs; the first (decoding, filling
the caches) is reported apart, the median of the others is the epoch time.
The ratios to ``plain`` are given per epoch and per sample (the ``majority``
epoch holds more samples than a plain one).

    python benchmarks/oversampling_pipeline.py [--work DIR] [--epochs 6] [--threads 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def write_folder(root: Path, counts: dict[str, int], size: int = 64) -> None:
    rng = np.random.default_rng(0)
    for split, scale in (("train", 1), ("val", 0)):
        for k, (cls, n) in enumerate(counts.items()):
            folder = root / split / cls
            folder.mkdir(parents=True, exist_ok=True)
            for i in range(n if scale else 10):
                base = rng.integers(0, 255, (8, 8, 3), dtype=np.uint8)
                base[..., k % 3] = np.clip(base[..., k % 3].astype(int) + 60, 0, 255)
                im = Image.fromarray(base).resize((size, size), Image.BICUBIC)
                im.save(folder / f"{i:04d}.jpg", quality=90)


def timed_epochs(dataset, epochs: int, steps: int | None = None) -> tuple[float, list[float], int]:
    """(first epoch seconds, the other epochs' seconds, samples per epoch)."""
    times, samples = [], 0
    for _ in range(epochs):
        started = time.perf_counter()
        n = 0
        for k, (x, _) in enumerate(dataset):
            n += int(x.shape[0])
            if steps is not None and k + 1 >= steps:
                break
        times.append(time.perf_counter() - started)
        samples = n
    return times[0], times[1:], samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", default="/tmp/i16-fixes/oversampling-bench")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")

    import dataaudit
    from dataaudit.keras import training_datasets

    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    root = work / "data"
    write_folder(root, {"common": 600, "uncommon": 60, "rare": 30})
    report = dataaudit.audit(root, cache=False, config=False, jobs=1, balance={"min_class_count": 1})
    (imbalance,) = report.by_code("DA201")
    print(f"DA201 fix: {imbalance.fix.kind} ({imbalance.fix.title})")
    print(f"DA404: {report.by_code('DA404')[0].message[:160]}...")
    fixes_dir = work / "fixes"
    report.write_fixes(fixes_dir)

    import keras
    import tensorflow as tf

    tf.config.threading.set_intra_op_parallelism_threads(args.threads)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    size = (64, 64)
    plain = training_datasets(report, weighting="none", image_size=size, batch_size=32)
    over = training_datasets(report, image_size=size, batch_size=32)
    majority = training_datasets(report, image_size=size, batch_size=32, oversampled_epoch="majority")
    assert over.steps_per_epoch is not None, over.applied

    # The written snippet, fed as its comment says, with DA404's augmentation.py beside it.
    sys.path.insert(0, str(fixes_dir))
    train_ds = keras.utils.image_dataset_from_directory(root / "train", image_size=size, batch_size=None,
                                                        seed=0, verbose=False)
    scope = {"train_ds": train_ds}
    code = (fixes_dir / "oversampling_tf_data.py").read_text()
    exec(compile(code, "oversampling_tf_data.py", "exec"), scope)  # noqa: S102 - dataaudit's own snippet
    snippet = scope["balanced_ds"]

    rows = []
    for name, ds, steps in (("plain", plain.train, None), ("oversampled", over.train, over.steps_per_epoch),
                            ("oversampled-majority", majority.train, majority.steps_per_epoch),
                            ("snippet", snippet, None)):
        first, rest, samples = timed_epochs(ds, args.epochs, steps)
        rows.append((name, first, statistics.median(rest), samples))
        print(f"{name:20s} first epoch {first:6.2f} s   median of {len(rest)} more {statistics.median(rest):6.3f} s"
              f"   {samples} samples/epoch", flush=True)
    base = rows[0]
    print()
    for name, _, med, samples in rows[1:]:
        print(f"{name} / plain: {med / base[2]:.2f}x per epoch, "
              f"{(med / samples) / (base[2] / base[3]):.2f}x per sample")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
