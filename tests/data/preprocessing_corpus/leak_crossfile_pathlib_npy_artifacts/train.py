from pathlib import Path

import numpy as np
import tensorflow as tf

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
x = np.load(ARTIFACTS / "images.npy")[..., None]
y = np.load(ARTIFACTS / "labels.npy")

model = tf.keras.Sequential([
    tf.keras.layers.Conv2D(16, 3, activation="relu"),
    tf.keras.layers.GlobalAveragePooling2D(),
    tf.keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
model.fit(x, y, epochs=10, validation_split=0.2)
