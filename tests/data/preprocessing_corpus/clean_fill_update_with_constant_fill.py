import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

vitals = pd.read_csv("icu_vitals.csv").sort_values(["patient", "hour"])
vitals.update(vitals.fillna(-1))
X = vitals[["hr", "sbp", "spo2", "temp"]]
X_train, X_test, y_train, y_test = train_test_split(X, vitals["sepsis"], test_size=0.25, stratify=vitals["sepsis"])
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
