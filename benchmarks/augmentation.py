"""Does the recommended augmentation help? Train a small Keras CNN with and without it.

Builds a train/val folder from the CIFAR-10 sample (150 training and 50
validation images per class, by file order) and makes one class low-variety:
its training images become 10 scenes shot 15 times each (reframed, exposure
changed, re-encoded). dataaudit audits the folder (DA4 codes only), and the
recommended pipeline's own generated code (`augmentation.py` of the fix) is
imported and used to augment the training split. The same small CNN is trained
for a fixed number of epochs without and with it, three seeds each; validation
accuracy (overall and on the low-variety class) is printed side by side.

    python benchmarks/augmentation.py [DATA_DIR] [--epochs 15] [--seeds 0 1 2] [--low-class cat]
    python benchmarks/augmentation.py --digits      # scikit-learn's load_digits instead (8x8 digits)
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_DATA = REPO.parent / "shared" / "data" / "cifar10-sample"


def _shot(im: Image.Image, rng: np.random.Generator) -> Image.Image:
    w, h = im.size
    s = rng.uniform(0.85, 1.0)
    x0, y0 = rng.uniform(0, (1 - s) * w), rng.uniform(0, (1 - s) * h)
    im = im.crop((int(x0), int(y0), int(round(x0 + s * w)), int(round(y0 + s * h)))).resize((w, h))
    im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.85, 1.15))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=int(rng.integers(75, 95)))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def build_cifar_folder(src: Path, dst: Path, low_class: str, n_train: int = 150, n_val: int = 50,
                       scenes: int = 10) -> None:
    rng = np.random.default_rng(0)
    for cls_dir in sorted(p for p in src.iterdir() if p.is_dir()):
        files = sorted(cls_dir.glob("*.jpg"))
        if len(files) < n_train + n_val:
            raise SystemExit(f"{cls_dir} has {len(files)} images; need {n_train + n_val}.")
        train, val = files[:n_train], files[n_train:n_train + n_val]
        for split, chosen in (("train", train), ("val", val)):
            (dst / split / cls_dir.name).mkdir(parents=True, exist_ok=True)
        if cls_dir.name == low_class:
            bases = [Image.open(f).convert("RGB") for f in train[:scenes]]
            for i in range(n_train):
                _shot(bases[i % scenes], rng).save(dst / "train" / cls_dir.name / f"{i:04d}.jpg", quality=95)
        else:
            for f in train:
                (dst / "train" / cls_dir.name / f.name).write_bytes(f.read_bytes())
        for f in val:
            (dst / "val" / cls_dir.name / f.name).write_bytes(f.read_bytes())


def build_digits_folder(dst: Path) -> None:
    from sklearn.datasets import load_digits

    digits = load_digits()
    order = np.random.default_rng(0).permutation(len(digits.images))
    for k, i in enumerate(order):
        split = "train" if k < 1200 else "val"
        folder = dst / split / str(digits.target[i])
        folder.mkdir(parents=True, exist_ok=True)
        im = Image.fromarray((digits.images[i] * (255 / 16)).astype(np.uint8), "L").resize((32, 32), Image.BILINEAR)
        im.save(folder / f"{i:04d}.png")


def load_split(root: Path, split: str, class_names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for k, cls in enumerate(class_names):
        for f in sorted((root / split / cls).iterdir()):
            xs.append(np.asarray(Image.open(f).convert("RGB").resize((32, 32)), dtype=np.float32))
            ys.append(k)
    return np.stack(xs), np.array(ys, dtype=np.int64)


def small_cnn(keras, n_classes: int):
    layers = keras.layers
    inputs = keras.Input((32, 32, 3))
    x = layers.Rescaling(1 / 255)(inputs)
    for filters in (32, 64, 96):
        x = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
        x = layers.MaxPooling2D()(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(0.2)(x)
    outputs = layers.Dense(n_classes)(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(2e-3),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    return model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--digits", action="store_true", help="use scikit-learn's load_digits instead")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--low-class", default="cat")
    args = parser.parse_args()

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    import dataaudit

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        if args.digits:
            build_digits_folder(root)
            low_class = None
            print("dataset: scikit-learn load_digits (1,200 train / 597 val, 8x8 upscaled to 32x32)")
        else:
            src = Path(args.data)
            if not src.is_dir():
                print(f"The CIFAR-10 sample folder {src} is missing; pass its path, or use --digits.",
                      file=sys.stderr)
                return 2
            build_cifar_folder(src, root, args.low_class)
            low_class = args.low_class
            print(f"dataset: {src} (150 train / 50 val per class; train/{low_class} made of 10 scenes x 15 shots)")

        started = time.perf_counter()
        report = dataaudit.audit(root, select=["DA4"], cache=False, config=False)
        print(f"audit (DA4 only): {time.perf_counter() - started:.1f} s")
        for f in report.findings:
            print(f"  {f.code} {f.message[:300]}")
        (rec,) = [f for f in report.findings if f.code == "DA404"]
        code_path = Path(tmp) / "augmentation_generated.py"
        code_path.write_text(rec.fix.files["augmentation.py"])
        spec = importlib.util.spec_from_file_location("augmentation_generated", code_path)
        generated = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(generated)

        import keras
        import tensorflow as tf

        class_names = list(rec.fix.payload["spec"]["class_names"])
        x_train, y_train = load_split(root, "train", class_names)
        x_val, y_val = load_split(root, "val", class_names)
        low_index = class_names.index(low_class) if low_class else None

        results: dict[str, list[tuple[float, float | None]]] = {"none": [], "recommended": []}
        for seed in args.seeds:
            for mode in ("none", "recommended"):
                keras.utils.set_random_seed(seed)
                train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(
                    len(x_train), seed=seed).batch(64)
                if mode == "recommended":
                    train_ds = generated.augment_training(train_ds, seed=seed)
                model = small_cnn(keras, len(class_names))
                t0 = time.perf_counter()
                model.fit(train_ds.prefetch(tf.data.AUTOTUNE), epochs=args.epochs, shuffle=False, verbose=0)
                pred = np.argmax(model.predict(x_val, batch_size=256, verbose=0), axis=1)
                acc = float(np.mean(pred == y_val))
                low_acc = float(np.mean(pred[y_val == low_index] == low_index)) if low_index is not None else None
                results[mode].append((acc, low_acc))
                print(f"  seed {seed} {mode:12s} val acc {acc:.3f}"
                      + (f"  {low_class} acc {low_acc:.3f}" if low_acc is not None else "")
                      + f"  ({time.perf_counter() - t0:.0f} s)", flush=True)

        print(f"\nvalidation accuracy after {args.epochs} epochs (small CNN), seeds {args.seeds}:")
        header = f"{'':14s}{'no augmentation':>18s}{'recommended':>14s}"
        print(header)
        for i, seed in enumerate(args.seeds):
            print(f"{'seed ' + str(seed):14s}{results['none'][i][0]:>18.3f}{results['recommended'][i][0]:>14.3f}")
        med = {m: float(np.median([r[0] for r in v])) for m, v in results.items()}
        print(f"{'median':14s}{med['none']:>18.3f}{med['recommended']:>14.3f}")
        if low_index is not None:
            low_med = {m: float(np.median([r[1] for r in v])) for m, v in results.items()}
            print(f"{low_class + ' (median)':14s}{low_med['none']:>18.3f}{low_med['recommended']:>14.3f}")
        print(f"recommended pipeline: {rec.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
