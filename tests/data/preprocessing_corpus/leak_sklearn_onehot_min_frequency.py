import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("listings.csv")
encoder = OneHotEncoder(min_frequency=20, handle_unknown="infrequent_if_exist", sparse_output=False)
X = encoder.fit_transform(df[["neighbourhood", "room_type", "property_type"]])
y = df["booked"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
LogisticRegression().fit(X_train, y_train).score(X_test, y_test)
