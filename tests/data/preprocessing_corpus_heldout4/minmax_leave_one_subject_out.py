import numpy as np
import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.model_selection import LeaveOneGroupOut
from sklearn.ensemble import RandomForestClassifier

wesad = pd.read_csv("wesad_chest_features.csv")
signal_cols = [c for c in wesad.columns if c.startswith(("eda_", "ecg_", "resp_", "temp_"))]
wesad[signal_cols] = MinMaxScaler().fit_transform(wesad[signal_cols])

X, y, subjects = wesad[signal_cols].to_numpy(), wesad["stress"].to_numpy(), wesad["subject"].to_numpy()
scores = []
for tr, te in LeaveOneGroupOut().split(X, y, groups=subjects):
    rf = RandomForestClassifier(n_estimators=200, random_state=0).fit(X[tr], y[tr])
    scores.append(rf.score(X[te], y[te]))
print("LOSO accuracy", np.mean(scores))
