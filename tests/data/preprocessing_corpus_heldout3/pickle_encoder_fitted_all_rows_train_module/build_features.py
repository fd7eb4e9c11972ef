import pickle
import pandas as pd
from sklearn.preprocessing import OneHotEncoder

listings = pd.read_csv("nyc_airbnb_2019.csv")
enc = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
onehot = enc.fit_transform(listings[["neighbourhood_group", "room_type"]])
with open("features.pkl", "wb") as fh:
    pickle.dump({"onehot": onehot, "numeric": listings[["minimum_nights", "number_of_reviews"]].to_numpy(), "price": listings["price"].to_numpy()}, fh)
