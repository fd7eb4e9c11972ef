import mlflow.sklearn
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler

cars = pd.read_csv("car_insurance.csv")
pre = ColumnTransformer([
    ("num", StandardScaler(), ["age", "annual_mileage"]),
    ("cat", OneHotEncoder(handle_unknown="ignore"), ["vehicle_type"]),
])
pre.fit(cars)
mlflow.sklearn.save_model(pre, "artifacts/preprocessor")
