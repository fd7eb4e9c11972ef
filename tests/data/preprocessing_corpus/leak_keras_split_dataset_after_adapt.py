import keras
import numpy as np

x = np.load("audio_features.npy")
y = np.load("audio_labels.npy")
norm = keras.layers.Normalization()
norm.adapt(x)

train_x, val_x = keras.utils.split_dataset(x, left_size=0.8, shuffle=True, seed=0)
train_y, val_y = keras.utils.split_dataset(y, left_size=0.8, shuffle=True, seed=0)
model = keras.Sequential([norm, keras.layers.Dense(8, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy")
model.fit(np.array(list(train_x)), np.array(list(train_y)), validation_data=(np.array(list(val_x)), np.array(list(val_y))))
