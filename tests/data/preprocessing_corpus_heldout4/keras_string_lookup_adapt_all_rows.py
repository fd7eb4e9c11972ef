import numpy as np
import pandas as pd
import keras
from keras import layers
from sklearn.model_selection import train_test_split

flights = pd.read_csv("flight_delays_2015_sample.csv")
flights["late"] = (flights["ARRIVAL_DELAY"] > 15).astype("float32")
airline_lookup = layers.StringLookup(output_mode="one_hot")
airline_lookup.adapt(flights["AIRLINE"].to_numpy())

df_train, df_val = train_test_split(flights, test_size=0.2, random_state=31)


def to_inputs(frame):
    return {"airline": frame["AIRLINE"].to_numpy(), "dist": frame[["DISTANCE"]].to_numpy("float32") / 5000.0}


airline_in = keras.Input(shape=(), dtype="string", name="airline")
dist_in = keras.Input(shape=(1,), name="dist")
x = layers.concatenate([airline_lookup(airline_in), dist_in])
out = layers.Dense(1, activation="sigmoid")(layers.Dense(32, activation="relu")(x))
model = keras.Model([airline_in, dist_in], out)
model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
model.fit(to_inputs(df_train), df_train["late"].to_numpy(), epochs=3, batch_size=512,
          validation_data=(to_inputs(df_val), df_val["late"].to_numpy()))
