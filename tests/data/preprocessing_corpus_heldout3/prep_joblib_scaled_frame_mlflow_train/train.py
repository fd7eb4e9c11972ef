import joblib
import mlflow
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

frame = joblib.load("data/processed/wine_scaled.joblib")
X, y = frame.drop(columns="quality"), frame["quality"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
with mlflow.start_run():
    rf = RandomForestRegressor(n_estimators=300).fit(X_tr, y_tr)
    mlflow.log_metric("r2", rf.score(X_te, y_te))
