import pandas as pd
import keras
from keras import layers
from sklearn.model_selection import train_test_split

SEASONS = ["spring", "summer", "autumn", "winter"]
REGIONS = ["north", "south", "east", "west", "central"]

sales = pd.read_csv("beverage_sales.csv")
train, val = train_test_split(sales, test_size=0.2, random_state=0)
season_in = keras.Input(shape=(1,), dtype="string")
region_in = keras.Input(shape=(1,), dtype="string")
season_vec = layers.StringLookup(vocabulary=SEASONS, output_mode="one_hot")(season_in)
region_vec = layers.StringLookup(vocabulary=REGIONS, output_mode="one_hot")(region_in)
hidden = layers.Dense(16, activation="relu")(layers.concatenate([season_vec, region_vec]))
model = keras.Model([season_in, region_in], layers.Dense(1)(hidden))
model.compile("adam", "mse")
model.fit([train[["season"]].to_numpy(), train[["region"]].to_numpy()], train["units"].to_numpy(), epochs=5,
          validation_data=([val[["season"]].to_numpy(), val[["region"]].to_numpy()], val["units"].to_numpy()))
