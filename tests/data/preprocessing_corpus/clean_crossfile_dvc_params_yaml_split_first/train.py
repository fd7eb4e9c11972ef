import pandas as pd
import yaml
from sklearn.ensemble import RandomForestClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

params = yaml.safe_load(open("params.yaml"))
train = pd.read_csv(params["data"]["train"])
test = pd.read_csv(params["data"]["test"])
target = params["target"]
model = make_pipeline(StandardScaler(), RandomForestClassifier()).fit(train.drop(columns=[target]), train[target])
print(model.score(test.drop(columns=[target]), test[target]))
