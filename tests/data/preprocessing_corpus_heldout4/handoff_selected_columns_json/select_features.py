import json

import pandas as pd
from sklearn.ensemble import RandomForestClassifier

df = pd.read_csv("data/secom.csv").fillna(0)
y = df.pop("pass_fail")
forest = RandomForestClassifier(n_estimators=500, n_jobs=-1, random_state=0).fit(df, y)
ranked = pd.Series(forest.feature_importances_, index=df.columns).nlargest(40)
with open("config/selected_columns.json", "w") as f:
    json.dump(list(ranked.index), f, indent=2)
