import numpy as np
import pandas as pd
import keras
from keras import layers
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

ckd = pd.read_csv("chronic_kidney_disease_numeric.csv")
target = ckd.pop("ckd").to_numpy()
values = ckd.to_numpy("float32")
mask = np.isnan(values)
scaled = np.nan_to_num(np.log1p(np.clip(values, 0, None)), nan=0.0)

inp = keras.Input(shape=(scaled.shape[1],))
h = layers.Dropout(0.3)(inp)
h = layers.Dense(16, activation="relu")(h)
out = layers.Dense(scaled.shape[1])(h)
dae = keras.Model(inp, out)
dae.compile(optimizer="adam", loss="mse")
dae.fit(scaled, scaled, epochs=200, batch_size=32, verbose=0)
filled = np.where(mask, dae.predict(scaled, verbose=0), scaled)

X_tr, X_te, y_tr, y_te = train_test_split(filled, target, test_size=0.25, random_state=10, stratify=target)
print(RandomForestClassifier(300, random_state=0).fit(X_tr, y_tr).score(X_te, y_te))
