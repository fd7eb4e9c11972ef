import pandas as pd
import yaml
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

with open("stats.yaml") as f:
    stats = yaml.safe_load(f)
df = pd.read_csv("data/bike_sharing.csv")
for col, s in stats.items():
    df[col] = (df[col] - s["min"]) / (s["max"] - s["min"])
X = df[list(stats)]
X_train, X_test, y_train, y_test = train_test_split(X, df["cnt"], test_size=0.2, random_state=5)
rf = RandomForestRegressor(n_estimators=200).fit(X_train, y_train)
print(rf.score(X_test, y_test))
