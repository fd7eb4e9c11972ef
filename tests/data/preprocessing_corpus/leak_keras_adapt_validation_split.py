import numpy as np
import keras
from keras import layers

x = np.load("tabular_x.npy")
y = np.load("tabular_y.npy")

norm = layers.Normalization()
norm.adapt(x)

inputs = keras.Input(shape=(x.shape[1],))
h = norm(inputs)
h = layers.Dense(32, activation="relu")(h)
outputs = layers.Dense(1, activation="sigmoid")(h)
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
history = model.fit(x, y, epochs=20, batch_size=64, validation_split=0.2)
