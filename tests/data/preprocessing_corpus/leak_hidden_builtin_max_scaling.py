from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
import pandas as pd

df = pd.read_csv("scores.csv")
peak = max(df["hours"])
df["hours_scaled"] = [h / peak for h in df["hours"]]
X_train, X_test, y_train, y_test = train_test_split(df[["hours_scaled"]], df["score"], test_size=0.2)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
