import pandas as pd
from sklearn.ensemble import IsolationForest, RandomForestClassifier
from sklearn.model_selection import train_test_split

tx = pd.read_csv("transactions.csv")
cols = ["amount", "hour", "merchant_risk"]
iso = IsolationForest(random_state=0).fit(tx[cols])
tx["anomaly_score"] = iso.decision_function(tx[cols])
X_train, X_test, y_train, y_test = train_test_split(tx[cols + ["anomaly_score"]], tx["fraud"], stratify=tx["fraud"])
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
