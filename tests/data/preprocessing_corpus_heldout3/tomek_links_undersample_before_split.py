import pandas as pd
from imblearn.combine import SMOTETomek
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

ins = pd.read_csv("porto_seguro_sample.csv")
X, y = ins.drop(columns=["id", "target"]), ins["target"]
X_s, y_s = SMOTETomek(random_state=1).fit_resample(X, y)
X_tr, X_te, y_tr, y_te = train_test_split(X_s, y_s, test_size=0.25, random_state=1)
print(XGBClassifier().fit(X_tr, y_tr).score(X_te, y_te))
