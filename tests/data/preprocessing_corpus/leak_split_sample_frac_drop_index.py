import pandas as pd
from tensorflow import keras

df = pd.read_csv("auto_mpg.csv")
df = (df - df.min()) / (df.max() - df.min())
train_df = df.sample(frac=0.8, random_state=0)
test_df = df.drop(train_df.index)
model = keras.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(train_df.drop(columns="mpg"), train_df["mpg"], epochs=50, verbose=0)
print(model.evaluate(test_df.drop(columns="mpg"), test_df["mpg"]))
