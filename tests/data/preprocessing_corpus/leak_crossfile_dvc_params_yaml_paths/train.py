import joblib
import pandas as pd
import yaml
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

params = yaml.safe_load(open("params.yaml"))
prepared = params["data"]["prepared"]
df = pd.read_csv(prepared)
X = df.drop(columns=[params["target"]])
y = df[params["target"]]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=params["split"]["test_size"])
model = RandomForestClassifier(**params["model"]).fit(X_train, y_train)
print(model.score(X_test, y_test))
joblib.dump(model, params["model_path"])
