"""Does the recommended augmentation help? A small CNN trained to convergence, several seeds, real test sets.

Scenarios (training subsets drawn once with a fixed seed; every configuration
sees the same images, only the training seed changes):

- ``cifar2500`` / ``cifar10000``: 250 / 1,000 CIFAR-10 training images per
  class; early stopping on 1,000 other training images (100 per class); scored
  on CIFAR-10's own 10,000-image test set;
- ``digits``: scikit-learn's ``load_digits`` (8x8, upscaled to 32x32), a
  flip-unsafe set: 60% train, 15% validation, 25% test, stratified;
- ``lowvariety``: ``cifar2500`` whose ``cat`` training images are 10 scenes
  shot 25 times each (reframed, exposure changed, re-encoded); the test set's
  cats show whether augmentation stands in for the missing scenes.

Configurations (``lowvariety``: the first three): ``none``; ``generic`` (horizontal flip + 10% translation + 10%
zoom, what a tutorial would add); ``randaugment`` (``keras.layers.RandAugment``
defaults); ``recommended`` (dataaudit audits the scenario's folder, DA404's own
generated ``augmentation.py`` is imported and applied, strong pipeline for
low-variety classes included; when DA404 recommends nothing the row repeats
``none``).

Training (one rule for every configuration, so augmented runs are not cut short): a 3-block CNN
(16/32/64 filters, batch normalisation, max pooling, a 128-unit dense head with dropout 0.3), Adam with a cosine learning-rate
decay from 1e-3 to 0 over a fixed epoch budget, batch 64, the augmentation applied per batch with fresh
randomness every epoch (training split only; validation and test images as they are). Nothing stops
early: every run trains the whole budget and the epoch with the best validation accuracy is restored
and scored (early stopping with unlimited patience). Budgets (``EPOCHS``, ``--epochs SCENARIO=N``):
40 epochs (1,600 steps) for the 2,500-image subset, 30 (4,710 steps) for the 10,000-image one, 30 for
digits and the low-variety set. Augmentation is a regulariser: it pays only once the unaugmented model
has fitted its training set, and augmented training needs more epochs than plain training to converge;
an early-stopping patience counted in epochs, or a plateau-driven learning-rate drop, ends it before it
does (the first protocol's 15-25 epochs did: no augmentation looked as good; at 30 epochs for 2,500
images and 10 for 10,000 the augmented runs were still improving at the end). Each finished run is
appended to a JSONL file with its budget (runs of another budget are never pooled); an interrupted run is
resumed by running the same command (finished runs are skipped; a ``recommended`` run is keyed by a
hash of the pipeline, so a changed recommender reruns only that row). A second process on the same file
with ``--reverse-seeds`` takes the seeds from the other end (each re-reads the file before a run). The
summary gives mean test accuracy and its 95% t-interval over seeds, and the paired difference to ``none``.

    python benchmarks/augmentation.py --cifar DIR [--seeds 5] [--threads 2] [--out results.jsonl]
                                      [--scenarios ...] [--configs ...] [--epochs cifar2500=40] [--reverse-seeds]
    python benchmarks/augmentation.py --cifar DIR --quick     # minutes: small subsets, 2 seeds, 3 epochs
    python benchmarks/augmentation.py --summary-only --out results.jsonl

``DIR`` is the extracted ``cifar10-full.tar.gz`` (``train/<class>/*.jpg`` and ``test/<class>/*.jpg``).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance

REPO = Path(__file__).resolve().parents[1]
CONFIGS = ("none", "generic", "randaugment", "recommended")
SCENARIOS = ("cifar2500", "cifar10000", "digits", "lowvariety")
LOW_CLASS = "cat"
#: Epoch budget per scenario, the same for every configuration: long enough that the unaugmented run has
#: peaked and begun to overfit (its best validation epoch well inside the budget), since augmentation is a
#: regulariser and pays only after that point.
EPOCHS = {"cifar2500": 40, "cifar10000": 30, "digits": 30, "lowvariety": 30}
BATCH = 64
LEARNING_RATE = 1e-3


# --- data -----------------------------------------------------------------------------------------

def load_cifar(root: Path, cache_dir: Path) -> dict[str, np.ndarray]:
    cached = cache_dir / "cifar_arrays.npz"
    if cached.is_file():
        with np.load(cached) as data:
            return dict(data)
    if not (root / "train").is_dir() or not (root / "test").is_dir():
        raise SystemExit(f"{root} does not hold train/<class>/ and test/<class>/: extract cifar10-full.tar.gz "
                         "there first (see the module docstring).")
    out: dict[str, np.ndarray] = {}
    classes = sorted(p.name for p in (root / "train").iterdir() if p.is_dir())
    for split in ("train", "test"):
        xs, ys = [], []
        for k, cls in enumerate(classes):
            for f in sorted((root / split / cls).iterdir()):
                xs.append(np.asarray(Image.open(f).convert("RGB").resize((32, 32))))
                ys.append(k)
        out[f"x_{split}"], out[f"y_{split}"] = np.stack(xs), np.array(ys, dtype=np.int64)
    out["classes"] = np.array(classes)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.savez(cached, **out)
    return out


def _shot(im: Image.Image, rng: np.random.Generator) -> np.ndarray:
    w, h = im.size
    s = rng.uniform(0.85, 1.0)
    x0, y0 = rng.uniform(0, (1 - s) * w), rng.uniform(0, (1 - s) * h)
    im = im.crop((int(x0), int(y0), int(round(x0 + s * w)), int(round(y0 + s * h)))).resize((w, h))
    im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.85, 1.15))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=int(rng.integers(75, 95)))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


def scenario_data(name: str, cifar: dict[str, np.ndarray] | None, quick: bool) -> dict:
    """x/y for train, val and test, class names, and the low-variety class (or None)."""
    if name == "digits":
        from sklearn.datasets import load_digits
        from sklearn.model_selection import train_test_split

        d = load_digits()
        x = np.stack([np.asarray(Image.fromarray((im * (255 / 16)).astype(np.uint8), "L")
                                 .resize((32, 32), Image.BILINEAR).convert("RGB")) for im in d.images])
        y = d.target.astype(np.int64)
        x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
        x_tr, x_va, y_tr, y_va = train_test_split(x_tr, y_tr, test_size=0.2, stratify=y_tr, random_state=0)
        return {"train": (x_tr, y_tr), "val": (x_va, y_va), "test": (x_te, y_te),
                "classes": [str(i) for i in range(10)], "low_class": None}
    assert cifar is not None
    per_class = {"cifar2500": 250, "cifar10000": 1000, "lowvariety": 250}[name]
    n_val = 100
    if quick:
        per_class, n_val = max(per_class // 20, 20), 20
    rng = np.random.default_rng(0)
    classes = [str(c) for c in cifar["classes"]]
    tr, va = [], []
    for k in range(len(classes)):
        idx = rng.permutation(np.flatnonzero(cifar["y_train"] == k))
        tr.append(idx[:per_class])
        va.append(idx[per_class:per_class + n_val])
    tr_idx, va_idx = np.concatenate(tr), np.concatenate(va)
    x_tr, y_tr = cifar["x_train"][tr_idx].copy(), cifar["y_train"][tr_idx]
    low_class = None
    if name == "lowvariety":
        low_class = LOW_CLASS
        k = classes.index(LOW_CLASS)
        rows = np.flatnonzero(y_tr == k)
        scenes = [Image.fromarray(x_tr[i]) for i in rows[:10]]
        shot_rng = np.random.default_rng(1)
        for j, i in enumerate(rows):
            x_tr[i] = _shot(scenes[j % len(scenes)], shot_rng)
    test_n = 1000 if quick else len(cifar["y_test"])
    test_idx = np.random.default_rng(2).permutation(len(cifar["y_test"]))[:test_n]
    return {"train": (x_tr, y_tr), "val": (cifar["x_train"][va_idx], cifar["y_train"][va_idx]),
            "test": (cifar["x_test"][test_idx], cifar["y_test"][test_idx]), "classes": classes,
            "low_class": low_class}


def write_folder(data: dict, root: Path) -> None:
    """The training and validation images as a dataaudit-readable folder (PNG: the exact training pixels)."""
    if (root / ".complete").is_file():
        return
    for split in ("train", "val"):
        x, y = data[split]
        for i, (im, label) in enumerate(zip(x, y)):
            folder = root / split / data["classes"][int(label)]
            folder.mkdir(parents=True, exist_ok=True)
            Image.fromarray(im).save(folder / f"{i:05d}.png")
    (root / ".complete").write_text("")


_AUDIT_SCRIPT = """
import json, sys
import dataaudit
report = dataaudit.audit(sys.argv[1], select=["DA4"], cache=False, config=False, jobs=1)
rec = [f for f in report.findings if f.code == "DA404"]
out = {"codes": sorted({f.code for f in report.findings}), "message": rec[0].message if rec else "",
       "spec": rec[0].fix.payload["spec"] if rec else None,
       "code": rec[0].fix.files["augmentation.py"] if rec else None}
json.dump(out, open(sys.argv[2], "w"))
"""


def recommendation(root: Path, work: Path) -> dict:
    """DA404 on the folder, in a fresh process so the recommender as it is now on disk is what runs."""
    out = work / "recommendation.json"
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", _AUDIT_SCRIPT, str(root), str(out)], check=True, env=env)
    rec = json.loads(out.read_text())
    rec["audit_seconds"] = round(time.perf_counter() - started, 1)
    return rec


def spec_key(spec: dict | None) -> str:
    if not spec or not (spec.get("layers") or spec.get("strong_layers")):
        return "none"
    parts = {k: spec.get(k) for k in ("layers", "strong_layers", "strong_classes", "value_range")}
    for part in ("layers", "strong_layers"):
        parts[part] = [{"layer": d["layer"], "kwargs": d["kwargs"], "code": d.get("code", "")}
                       for d in parts[part] or []]
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:12]


def summary_of(spec: dict | None) -> str:
    if not spec:
        return "(no DA404: no augmentation)"
    def line(layers):
        return ", ".join(f"{d['layer']}({', '.join(repr(v) for v in d['kwargs'].values() if v != 'reflect')})"
                         for d in layers) or "nothing"
    text = line(spec.get("layers", []))
    if spec.get("strong_classes"):
        text += f"; for {', '.join(spec['strong_classes'])}: " + line(spec.get("strong_layers", []))
    return text


# --- training -------------------------------------------------------------------------------------

def small_cnn(keras, n_classes: int, learning_rate=1e-3):
    """Three conv blocks (batch-normalised) and a dense head: enough capacity to overfit a few thousand
    images without augmentation (a global-pooling head of this size underfits, and then no augmentation
    can help); without batch normalisation the augmented runs had not converged within a budget this
    machine can afford."""
    layers = keras.layers
    inputs = keras.Input((32, 32, 3))
    x = layers.Rescaling(1 / 255)(inputs)
    for filters in (16, 32, 64):
        x = layers.Conv2D(filters, 3, padding="same", use_bias=False)(x)
        x = layers.BatchNormalization()(x)
        x = layers.Activation("relu")(x)
        x = layers.MaxPooling2D()(x)
    x = layers.Flatten()(x)
    x = layers.Dense(128, activation="relu")(x)
    x = layers.Dropout(0.3)(x)
    outputs = layers.Dense(n_classes)(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    return model


def augmenter(config: str, rec: dict | None, work: Path, seed: int):
    """A function (batched train_ds -> augmented train_ds), or None for no augmentation."""
    import keras
    import tensorflow as tf

    if config == "none" or (config == "recommended" and spec_key(rec and rec["spec"]) == "none"):
        return None
    if config == "recommended":
        path = work / f"augmentation_{spec_key(rec['spec'])}.py"
        path.write_text(rec["code"])
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return lambda ds: module.augment_training(ds, seed=seed)
    if config == "generic":
        pipeline = keras.Sequential([
            keras.layers.RandomFlip("horizontal", seed=seed),
            keras.layers.RandomTranslation(0.1, 0.1, fill_mode="reflect", seed=seed),
            keras.layers.RandomZoom(0.1, fill_mode="reflect", seed=seed),
        ])
    elif config == "randaugment":
        pipeline = keras.Sequential([keras.layers.RandAugment(value_range=(0, 255), seed=seed)])
    else:
        raise ValueError(config)
    return lambda ds: ds.map(lambda x, y: (pipeline(tf.cast(x, tf.float32), training=True), y),
                             num_parallel_calls=tf.data.AUTOTUNE)


def train_once(data: dict, config: str, rec: dict | None, work: Path, seed: int, epochs: int) -> dict:
    """One training run under the protocol every configuration shares (module docstring: same epoch budget,
    same learning-rate schedule, the epoch with the best validation accuracy is the one scored)."""
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(seed)
    x_tr, y_tr = data["train"]
    train_ds = tf.data.Dataset.from_tensor_slices((x_tr, y_tr)).shuffle(len(x_tr), seed=seed,
                                                                        reshuffle_each_iteration=True).batch(BATCH)
    augment = augmenter(config, rec, work, seed)
    if augment is not None:
        train_ds = augment(train_ds)
    val = data["val"]
    steps = epochs * math.ceil(len(x_tr) / BATCH)
    model = small_cnn(keras, len(data["classes"]), keras.optimizers.schedules.CosineDecay(LEARNING_RATE, steps))
    # patience = the whole budget: nothing stops early, the best validation epoch is restored at the end.
    best = keras.callbacks.EarlyStopping(monitor="val_accuracy", mode="max", patience=epochs,
                                         restore_best_weights=True)
    started = time.perf_counter()
    history = model.fit(train_ds.prefetch(tf.data.AUTOTUNE), validation_data=val, epochs=epochs,
                        callbacks=[best], verbose=0)
    seconds = time.perf_counter() - started
    x_te, y_te = data["test"]
    pred = np.argmax(model.predict(x_te, batch_size=500, verbose=0), axis=1)
    out = {"test_acc": float(np.mean(pred == y_te)), "epochs": len(history.history["loss"]),
           "best_epoch": int(np.argmax(history.history["val_accuracy"])) + 1,
           "best_val_acc": float(np.max(history.history["val_accuracy"])), "seconds": round(seconds, 1)}
    if data["low_class"] is not None:
        k = data["classes"].index(data["low_class"])
        out["low_class_acc"] = float(np.mean(pred[y_te == k] == k))
    return out


# --- results --------------------------------------------------------------------------------------

def read_results(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def t_interval(values: list[float]) -> tuple[float, float]:
    from scipy import stats

    mean = float(np.mean(values))
    if len(values) < 2:
        return mean, float("nan")
    half = float(stats.t.ppf(0.975, len(values) - 1) * np.std(values, ddof=1) / math.sqrt(len(values)))
    return mean, half


def print_summary(results: list[dict], recs: dict[str, dict], budgets: dict[str, int]) -> None:
    print("\nTest accuracy: mean +/- 95% t-interval half-width over seeds (n = seeds);"
          " diff = paired mean difference to 'none' +/- its 95% half-width; best = median best validation epoch")
    for scenario in SCENARIOS:
        # Runs of other budgets are kept in the file but never pooled with these.
        rows = [r for r in results if r["scenario"] == scenario and r.get("budget") == budgets[scenario]]
        if not rows:
            continue
        rec_key = recs[scenario]["key"] if scenario in recs else None
        print(f"\n{scenario} (budget {budgets[scenario]} epochs)")
        by_seed_none = {r["seed"]: r for r in rows if r["config"] == "none"}
        intervals: dict[str, tuple[float, float]] = {}
        by_seed: dict[str, dict[int, float]] = {}
        for config in CONFIGS:
            key = rec_key if config == "recommended" else config
            if config == "recommended" and rec_key is None:
                # Summary without a live recommendation: the latest recommended key that has runs.
                keys = [r["key"] for r in rows if r["config"] == "recommended"]
                key = keys[-1] if keys else None
            chosen = [r for r in rows if r["key"] == key and (config != "recommended" or r["config"] in
                                                              ("recommended", "none"))]
            if config == "recommended" and key == "none":
                chosen = [r for r in rows if r["config"] == "none"]
            chosen = list({r["seed"]: r for r in chosen}.values())
            if not chosen:
                continue
            mean, half = t_interval([r["test_acc"] for r in chosen])
            intervals[config] = (mean - half, mean + half)
            by_seed[config] = {r["seed"]: r["test_acc"] for r in chosen}
            diffs = [r["test_acc"] - by_seed_none[r["seed"]]["test_acc"] for r in chosen if r["seed"] in by_seed_none]
            d_mean, d_half = t_interval(diffs) if diffs and config != "none" else (float("nan"), float("nan"))
            text = (f"  {config:12s} n={len(chosen)}  acc {mean:.4f} +/- {half:.4f}  "
                    f"[{mean - half:.4f}, {mean + half:.4f}]")
            if config != "none" and diffs:
                text += f"  diff {d_mean:+.4f} +/- {d_half:.4f}"
            if "low_class_acc" in chosen[0]:
                low_mean, low_half = t_interval([r["low_class_acc"] for r in chosen])
                text += f"  {LOW_CLASS} acc {low_mean:.3f} +/- {low_half:.3f}"
            text += f"  best~{int(np.median([r['best_epoch'] for r in chosen]))}"
            print(text)
        # The targets: recommended above none with intervals apart; not below generic (paired).
        if "recommended" in intervals and "none" in intervals:
            (r_lo, r_hi), (n_lo, n_hi) = intervals["recommended"], intervals["none"]
            apart = ("cannot be compared (one seed)" if math.isnan(r_lo + n_lo + r_hi + n_hi)
                     else "do not overlap" if r_lo > n_hi or r_hi < n_lo else "overlap")
            print(f"  recommended vs none: 95% intervals {apart}")
        if "recommended" in by_seed and "generic" in by_seed:
            seeds = sorted(set(by_seed["recommended"]) & set(by_seed["generic"]))
            if seeds:
                g_mean, g_half = t_interval([by_seed["recommended"][k] - by_seed["generic"][k] for k in seeds])
                print(f"  recommended - generic (paired, n={len(seeds)}): {g_mean:+.4f} +/- {g_half:.4f}")
        if scenario in recs:
            print(f"  recommended = {summary_of(recs[scenario]['spec'])}")
        else:
            pipelines = [r["pipeline"] for r in rows if r["config"] == "recommended"]
            if pipelines:
                print(f"  recommended = {pipelines[-1]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cifar", default="/tmp/i16-fixes/cifar", help="extracted cifar10-full.tar.gz")
    parser.add_argument("--work", default="/tmp/i16-fixes/augmentation-bench", help="scratch + results folder")
    parser.add_argument("--out", default=None, help="results JSONL (default WORK/results[-quick].jsonl)")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--scenarios", nargs="+", default=list(SCENARIOS), choices=SCENARIOS)
    parser.add_argument("--configs", nargs="+", default=list(CONFIGS), choices=CONFIGS)
    parser.add_argument("--epochs", nargs="+", metavar="SCENARIO=N",
                        help="epoch budget per scenario (default: " +
                        ", ".join(f"{k}={v}" for k, v in EPOCHS.items()) + ")")
    parser.add_argument("--reverse-seeds", action="store_true",
                        help="last seed first: a second process on the same --out meets the first in the middle")
    parser.add_argument("--quick", action="store_true", help="small subsets, 2 seeds, 3 epochs: a smoke test")
    parser.add_argument("--summary-only", action="store_true")
    args = parser.parse_args()

    work = Path(args.work) / ("quick" if args.quick else "full")
    work.mkdir(parents=True, exist_ok=True)
    out = Path(args.out) if args.out else work / "results.jsonl"
    seeds = list(range(2 if args.quick else args.seeds))
    max_epochs = dict(EPOCHS)
    for item in args.epochs or []:
        scenario, _, n = item.partition("=")
        if scenario not in max_epochs or not n.isdigit():
            parser.error(f"--epochs takes SCENARIO=N with SCENARIO one of {', '.join(SCENARIOS)}; got {item!r}")
        max_epochs[scenario] = int(n)
    if args.quick:
        max_epochs = dict.fromkeys(max_epochs, 3)

    recs_path = work / "recommendations.json"
    recs: dict[str, dict] = json.loads(recs_path.read_text()) if recs_path.is_file() else {}
    if args.summary_only:
        print_summary(read_results(out), recs, max_epochs)
        return 0

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    import tensorflow as tf

    tf.config.threading.set_intra_op_parallelism_threads(args.threads)
    tf.config.threading.set_inter_op_parallelism_threads(1)

    cifar = None
    if any(s != "digits" for s in args.scenarios):
        started = time.perf_counter()
        cifar = load_cifar(Path(args.cifar), Path(args.work))
        print(f"CIFAR-10 arrays: train {cifar['x_train'].shape}, test {cifar['x_test'].shape} "
              f"({time.perf_counter() - started:.0f} s)", flush=True)
    datasets = {s: scenario_data(s, cifar, args.quick) for s in args.scenarios}
    for s, d in datasets.items():
        print(f"{s}: train {len(d['train'][1])}, val {len(d['val'][1])}, test {len(d['test'][1])}", flush=True)

    done = {(r["scenario"], r["key"], r["seed"], r.get("budget")) for r in read_results(out)}
    recs = {}

    def run(scenario: str, config: str, seed: int) -> None:
        rec = None
        if config == "recommended":
            if scenario not in recs:
                folder = work / scenario / "data"
                write_folder(datasets[scenario], folder)
                rec = recommendation(folder, work / scenario)
                rec["key"] = spec_key(rec["spec"])
                recs[scenario] = rec
                # Merged with what another process (other scenarios) wrote meanwhile.
                stored = json.loads(recs_path.read_text()) if recs_path.is_file() else {}
                recs_path.write_text(json.dumps({**stored, **recs}, indent=1))
                print(f"{scenario}: DA4 codes {rec['codes']}, audit {rec['audit_seconds']} s; recommended = "
                      f"{summary_of(rec['spec'])}", flush=True)
            rec = recs[scenario]
            key = rec["key"]
        else:
            key = config
        # Another process (--reverse-seeds) may have finished this run meanwhile.
        done.update((r["scenario"], r["key"], r["seed"], r.get("budget")) for r in read_results(out))
        if (scenario, key, seed, max_epochs[scenario]) in done:
            return
        if key == "none" and config == "recommended":
            return  # the recommendation is no augmentation: the 'none' row stands for it
        result = train_once(datasets[scenario], config, rec, work / scenario, seed, max_epochs[scenario])
        row = {"scenario": scenario, "config": config, "key": key, "seed": seed, "budget": max_epochs[scenario],
               **result}
        if config == "recommended":
            row["pipeline"] = summary_of(rec["spec"])
        with out.open("a") as fh:
            fh.write(json.dumps(row) + "\n")
        done.add((scenario, key, seed, max_epochs[scenario]))
        print(f"  {scenario:11s} {config:12s} seed {seed}: acc {result['test_acc']:.4f}"
              + (f" ({LOW_CLASS} {result['low_class_acc']:.3f})" if "low_class_acc" in result else "")
              + f"  epochs {result['epochs']} (best {result['best_epoch']})  {result['seconds']:.0f} s", flush=True)

    # Seeds outermost, so a cut-off run stays balanced; scenarios in the order given.
    configs = {"lowvariety": ("none", "recommended", "generic")}
    for seed in reversed(seeds) if args.reverse_seeds else seeds:
        for scenario in args.scenarios:
            for config in configs.get(scenario, ("none", "recommended", "generic", "randaugment")):
                if config in args.configs:
                    run(scenario, config, seed)
    print_summary(read_results(out), recs, max_epochs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
