import mlflow
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier

with mlflow.start_run(run_name="train"):
    wide = pd.read_parquet("bookings_wide.parquet")
    X = wide.drop(columns=["is_canceled", "reservation_status", "reservation_status_date", "country", "agent", "company"])
    X_tr, X_te, y_tr, y_te = train_test_split(X.select_dtypes("number"), wide["is_canceled"], test_size=0.2, random_state=0)
    mlflow.log_metric("acc", HistGradientBoostingClassifier().fit(X_tr, y_tr).score(X_te, y_te))
