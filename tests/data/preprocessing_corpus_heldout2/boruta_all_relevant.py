import numpy as np
import pandas as pd
from boruta import BorutaPy
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

madelon = pd.read_csv("madelon.csv")
y = madelon.pop("label").values
X = madelon.values

rf = RandomForestClassifier(n_jobs=-1, class_weight="balanced", max_depth=5)
boruta = BorutaPy(rf, n_estimators="auto", verbose=0, random_state=1)
boruta.fit(X, y)
X_filtered = boruta.transform(X)
print("confirmed:", np.sum(boruta.support_))

X_train, X_test, y_train, y_test = train_test_split(X_filtered, y, test_size=0.25, random_state=1)
model = RandomForestClassifier(n_estimators=500).fit(X_train, y_train)
print(model.score(X_test, y_test))
