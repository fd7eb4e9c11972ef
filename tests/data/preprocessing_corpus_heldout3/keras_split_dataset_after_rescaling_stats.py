import numpy as np
import keras

pixels = np.load("sign_language_mnist_X.npy").astype("float32")
letters = np.load("sign_language_mnist_y.npy")
pixels = (pixels - pixels.mean()) / pixels.std()
ds = keras.utils.split_dataset((pixels, letters), left_size=0.85, shuffle=True, seed=4)
train_ds, val_ds = ds
model = keras.Sequential([keras.layers.Input((28, 28, 1)), keras.layers.Conv2D(16, 3, activation="relu"), keras.layers.Flatten(), keras.layers.Dense(25, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds.batch(128), validation_data=val_ds.batch(128), epochs=3)
