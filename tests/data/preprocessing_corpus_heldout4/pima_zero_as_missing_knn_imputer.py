import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

pima = pd.read_csv("diabetes.csv")
zero_means_missing = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
pima[zero_means_missing] = pima[zero_means_missing].replace(0, np.nan)

imputer = KNNImputer(n_neighbors=7, weights="distance")
X = imputer.fit_transform(pima.drop(columns="Outcome"))
y = pima["Outcome"].to_numpy()

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=8)
logreg = LogisticRegression(max_iter=5000).fit(X_tr, y_tr)
print("AUC", roc_auc_score(y_te, logreg.predict_proba(X_te)[:, 1]))
