import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import cross_val_score

data = pd.read_csv("gisette_digits.csv")
X, y = data.drop(columns="is_four"), data["is_four"]
probe = lgb.LGBMClassifier(n_estimators=300, importance_type="gain")
probe.fit(X, y)
order = np.argsort(probe.feature_importances_)[::-1]
top = X.columns[order[:40]]

final = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03)
print(cross_val_score(final, X[top], y, cv=5, scoring="accuracy").mean())
