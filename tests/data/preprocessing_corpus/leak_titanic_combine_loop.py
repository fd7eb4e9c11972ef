import pandas as pd
from sklearn.ensemble import RandomForestClassifier

train_df = pd.read_csv("../input/train.csv")
test_df = pd.read_csv("../input/test.csv")
combine = [train_df, test_df]

for dataset in combine:
    dataset["Sex"] = dataset["Sex"].map({"female": 1, "male": 0}).astype(int)
    dataset["Age"] = dataset["Age"].fillna(dataset["Age"].median())
    dataset["Fare"] = dataset["Fare"].fillna(dataset["Fare"].median())

features = ["Pclass", "Sex", "Age", "Fare"]
rf = RandomForestClassifier(n_estimators=100)
rf.fit(train_df[features], train_df["Survived"])
predictions = rf.predict(test_df[features])
