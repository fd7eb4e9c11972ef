import numpy as np
from pathlib import Path
from PIL import Image
from tensorflow import keras

paths = sorted(Path("dogs_vs_cats/train").glob("*.jpg"))
images = np.stack([np.asarray(Image.open(p).convert("RGB").resize((96, 96)), dtype="float32") for p in paths])
labels = np.array([p.name.startswith("dog") for p in paths], dtype="int32")
mean_img = np.mean([img for img in images], axis=0)
images -= mean_img

model = keras.Sequential([keras.layers.Input((96, 96, 3)), keras.layers.Conv2D(32, 3, activation="relu"), keras.layers.MaxPooling2D(), keras.layers.Flatten(), keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(images, labels, validation_split=0.2, epochs=5, shuffle=True)
