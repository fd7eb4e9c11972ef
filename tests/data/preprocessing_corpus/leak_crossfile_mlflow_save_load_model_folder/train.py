import mlflow.sklearn
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

pre = mlflow.sklearn.load_model("artifacts/preprocessor")
cars = pd.read_csv("car_insurance.csv")
X = pre.transform(cars)
X_train, X_test, y_train, y_test = train_test_split(X, cars["claim"], test_size=0.2, stratify=cars["claim"])
print(LogisticRegression(max_iter=500).fit(X_train, y_train).score(X_test, y_test))
