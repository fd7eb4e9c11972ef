import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import GradientBoostingClassifier

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
features = ["f1", "f2", "f3", "f4"]

scaler = StandardScaler()
X_train = scaler.fit_transform(train[features])
X_test = scaler.transform(test[features])

model = GradientBoostingClassifier().fit(X_train, train["label"])
pd.DataFrame({"id": test["id"], "label": model.predict(X_test)}).to_csv("submission.csv", index=False)
