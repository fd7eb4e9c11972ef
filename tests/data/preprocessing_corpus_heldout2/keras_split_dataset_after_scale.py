import numpy as np
import keras
from sklearn.preprocessing import MaxAbsScaler

x = np.load("eeg_features.npy")
y = np.load("eeg_labels.npy")
x = MaxAbsScaler().fit_transform(x)

full = keras.utils.split_dataset((x, y), left_size=0.8, shuffle=True, seed=3)
train_ds, val_ds = full
model = keras.Sequential([keras.Input((x.shape[1],)), keras.layers.Dense(64, activation="relu"),
                          keras.layers.Dropout(0.3), keras.layers.Dense(4, activation="softmax")])
model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds.batch(64), validation_data=val_ds.batch(64), epochs=25)
