import joblib
import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.ensemble import GradientBoostingClassifier

train = pd.read_csv("UNSW_NB15_training-set.csv")
num = train.select_dtypes("number").columns.drop(["id", "label"])
scaler = MinMaxScaler().fit(train[num])
clf = GradientBoostingClassifier().fit(scaler.transform(train[num]), train["label"])
joblib.dump({"scaler": scaler, "clf": clf, "columns": list(num)}, "artifacts/ids_model.joblib")
