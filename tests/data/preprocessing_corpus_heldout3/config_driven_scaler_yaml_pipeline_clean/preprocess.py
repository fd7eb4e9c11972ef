import yaml
import joblib
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

cfg = yaml.safe_load(open("config.yaml"))
df = pd.read_csv(cfg["data"])
train, test = train_test_split(df, test_size=cfg["test_size"], random_state=cfg["seed"])
sc = StandardScaler().fit(train[cfg["features"]])
joblib.dump({"scaler": sc, "train": train, "test": test}, "prepared.joblib")
