import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import recall_score

train, test = pd.read_parquet("train.parquet"), pd.read_parquet("test.parquet")
X_tr, y_tr = SMOTE(random_state=7).fit_resample(train.drop(columns="fraud"), train["fraud"])
rf = RandomForestClassifier(n_estimators=300).fit(X_tr, y_tr)
print(recall_score(test["fraud"], rf.predict(test.drop(columns="fraud"))))
