import pandas as pd
import tensorflow as tf

raw = pd.read_csv("auto-mpg.data", sep=" ", comment="\t", skipinitialspace=True)
dataset = raw.dropna()
stats = dataset.describe().transpose()
normed = (dataset - stats["mean"]) / stats["std"]

train_dataset = normed.sample(frac=0.8, random_state=0)
test_dataset = normed.drop(train_dataset.index)
train_labels = train_dataset.pop("MPG")
test_labels = test_dataset.pop("MPG")

model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(1)])
model.compile(loss="mse", optimizer="adam")
model.fit(train_dataset, train_labels, epochs=100, verbose=0)
model.evaluate(test_dataset, test_labels)
