"""Train a small Keras model behind the dataaudit gate, with the report's fixes applied.

    python examples/keras_training.py [WORKDIR]

1. Generates a tiny, imbalanced image dataset (train/val, three classes) with
   a validation image copied from training (a leak) and a copy filed under
   the wrong class (a label conflict).
2. Audits it and builds tf.data pipelines from the report's fixed dataset
   (`data.plan`): the leak-free re-split, label-conflicting and redundant
   copies left out, class weights or a sampling plan, the recommended
   augmentation on the training split.
3. Trains with `AuditCallback(data.plan)`, which audits exactly the fixed
   files again when `fit` starts: the fixes resolved the errors, so it passes.
4. Shows the same gate on the raw folder stopping `fit` before the first batch.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

import dataaudit
from dataaudit.demo.dataset import draw_image

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
IMAGE_SIZE = (32, 32)


def make_dataset(root: Path) -> Path:
    rng = np.random.default_rng(7)
    counts = {"train": {"circle": 24, "square": 24, "triangle": 8}, "val": {"circle": 6, "square": 6, "triangle": 6}}
    for split, per_class in counts.items():
        for shape, n in per_class.items():
            folder = root / split / shape
            folder.mkdir(parents=True, exist_ok=True)
            for i in range(n):
                draw_image(rng, shape, size=48).save(folder / f"{i:03d}.png")
    shutil.copy(root / "train" / "circle" / "000.png", root / "val" / "circle" / "leaked.png")
    shutil.copy(root / "train" / "square" / "001.png", root / "val" / "triangle" / "mislabelled.png")
    return root


def main(argv: list[str]) -> int:
    import keras

    from dataaudit.keras import AuditCallback, TrainingBlocked, training_datasets

    workdir = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp(prefix="dataaudit-keras-"))
    root = make_dataset(workdir / "shapes")

    report = dataaudit.audit(root)
    print(report.to_text())
    data = training_datasets(report, image_size=IMAGE_SIZE, batch_size=16, seed=0)
    print("\nclasses:", data.class_names)
    print("fixes applied:", *(data.applied or ["none needed"]), sep="\n  ")

    def model() -> keras.Model:
        net = keras.Sequential([
            keras.Input((*IMAGE_SIZE, 3)),
            keras.layers.Rescaling(1 / 255),
            keras.layers.Conv2D(8, 3, activation="relu"),
            keras.layers.MaxPooling2D(),
            keras.layers.Conv2D(16, 3, activation="relu"),
            keras.layers.GlobalAveragePooling2D(),
            keras.layers.Dense(len(data.class_names), activation="softmax"),
        ])
        net.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        return net

    # The gate audits the fixed files (data.plan) again: what the fixes resolved no longer blocks.
    history = model().fit(data.train, epochs=2, verbose=0, callbacks=[AuditCallback(data.plan)],
                          **data.fit_kwargs())
    print(f"trained 2 epochs: val accuracy {history.history['val_accuracy'][-1]:.2f}")

    try:  # the report of the raw folder is a gate too (no second audit): its errors block training
        model().fit(data.train, epochs=2, verbose=0, callbacks=[AuditCallback(report)], **data.fit_kwargs())
    except TrainingBlocked as exc:
        print("\nOn the raw folder, the gate stopped fit:", str(exc).splitlines()[0])
        return 0
    print("the gate did not stop training", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
