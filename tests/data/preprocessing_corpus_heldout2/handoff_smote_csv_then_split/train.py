import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score

data = pd.read_csv("data/bank_churn_balanced.csv")
X_train, X_test, y_train, y_test = train_test_split(data.drop(columns="Exited"), data["Exited"], test_size=0.2, random_state=42)
rf = RandomForestClassifier(n_estimators=400, random_state=42).fit(X_train, y_train)
print("F1", f1_score(y_test, rf.predict(X_test)))
