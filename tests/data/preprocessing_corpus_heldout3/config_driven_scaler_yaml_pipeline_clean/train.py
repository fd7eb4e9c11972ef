import yaml
import joblib
from sklearn.linear_model import LogisticRegression

cfg = yaml.safe_load(open("config.yaml"))
bundle = joblib.load("prepared.joblib")
sc, train, test = bundle["scaler"], bundle["train"], bundle["test"]
clf = LogisticRegression(max_iter=1000).fit(sc.transform(train[cfg["features"]]), train[cfg["target"]])
print(clf.score(sc.transform(test[cfg["features"]]), test[cfg["target"]]))
