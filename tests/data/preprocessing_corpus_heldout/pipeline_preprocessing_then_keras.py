import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import QuantileTransformer
from tensorflow import keras

train_csv = pd.read_csv("otto_train.csv")
y = pd.get_dummies(train_csv.pop("target")).values.astype("float32")
raw_X = train_csv.drop(columns="id").values

prep = make_pipeline(SimpleImputer(strategy="constant", fill_value=0), QuantileTransformer(output_distribution="normal"))
X = prep.fit(raw_X).transform(raw_X).astype("float32")

net = keras.Sequential([
    keras.layers.Input((X.shape[1],)),
    keras.layers.Dense(512, activation="relu"),
    keras.layers.Dropout(0.3),
    keras.layers.Dense(y.shape[1], activation="softmax"),
])
net.compile(optimizer=keras.optimizers.Adam(1e-3), loss="categorical_crossentropy", metrics=["accuracy"])
net.fit(X, y, validation_split=0.15, epochs=25, batch_size=512)
