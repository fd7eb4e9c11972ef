import json

import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import balanced_accuracy_score

with open("config/selected_columns.json") as f:
    columns = json.load(f)
df = pd.read_csv("data/secom.csv").fillna(0)
X_tr, X_te, y_tr, y_te = train_test_split(df[columns], df["pass_fail"], test_size=0.25, stratify=df["pass_fail"], random_state=0)
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, class_weight="balanced")).fit(X_tr, y_tr)
print("balanced accuracy", balanced_accuracy_score(y_te, model.predict(X_te)))
