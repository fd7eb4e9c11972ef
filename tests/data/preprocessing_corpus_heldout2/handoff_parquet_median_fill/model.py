import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier

df = pd.read_parquet("data/clean/cardio.parquet")
features = ["age", "height", "weight", "ap_hi", "ap_lo", "bmi", "cholesterol", "gluc", "smoke", "active"]
X_train, X_test, y_train, y_test = train_test_split(df[features], df["cardio"], test_size=0.2, random_state=1)
model = HistGradientBoostingClassifier(max_iter=400).fit(X_train, y_train)
print("accuracy", model.score(X_test, y_test))
