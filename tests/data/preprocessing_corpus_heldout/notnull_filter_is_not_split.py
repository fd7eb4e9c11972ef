import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import GradientBoostingRegressor

# model for this year's scoring run: trained on every labelled row, applied to new rows from another file
history = pd.read_csv("history.csv")
cols = ["sqft", "beds", "baths", "lot", "year_built"]
history = history[history["sale_price"].notnull()]
history = history[history["sqft"] > 200]

scaler = StandardScaler()
X = scaler.fit_transform(history[cols])
reg = GradientBoostingRegressor(n_estimators=400).fit(X, history["sale_price"])

incoming = pd.read_csv("new_listings.csv")
incoming = incoming[incoming["sqft"].notnull()]
incoming["predicted_price"] = reg.predict(scaler.transform(incoming[cols]))
incoming.to_csv("scored_listings.csv", index=False)
