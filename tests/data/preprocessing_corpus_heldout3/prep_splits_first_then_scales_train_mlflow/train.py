import joblib
import mlflow
from sklearn.ensemble import RandomForestRegressor

train, test = joblib.load("data/processed/wine_parts.joblib")
with mlflow.start_run():
    rf = RandomForestRegressor(n_estimators=300).fit(train.drop(columns="quality"), train["quality"])
    mlflow.log_metric("r2", rf.score(test.drop(columns="quality"), test["quality"]))
