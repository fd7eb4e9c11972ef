import pandas as pd
from tensorflow import keras

cars = pd.read_csv("auto-mpg.csv", na_values="?").dropna()
cars = cars.drop(columns=["car name"])
cars = (cars - cars.min()) / (cars.max() - cars.min())
train_dataset = cars.sample(frac=0.8, random_state=0)
test_dataset = cars.drop(train_dataset.index)
train_labels = train_dataset.pop("mpg")
test_labels = test_dataset.pop("mpg")
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1)])
model.compile(loss="mse", optimizer="adam")
model.fit(train_dataset, train_labels, epochs=100, validation_split=0.2, verbose=0)
print(model.evaluate(test_dataset, test_labels))
