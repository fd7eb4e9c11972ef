import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from tensorflow import keras

occ = pd.read_csv("occupancy_detection.csv")
cols = ["Temperature", "Humidity", "Light", "CO2", "HumidityRatio"]
tr, va = train_test_split(occ, test_size=0.25, random_state=0)
sc = StandardScaler().fit(tr[cols])
net = keras.Sequential([keras.layers.Input((5,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
net.compile("adam", "binary_crossentropy", metrics=["accuracy"])
net.fit(sc.transform(tr[cols]), tr["Occupancy"].to_numpy(), validation_data=(sc.transform(va[cols]), va["Occupancy"].to_numpy()), epochs=10)
