import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

df = pd.read_csv("working/train_processed.csv")
X = df.select_dtypes(include="number").drop(columns=["SalePrice"])
y = df["SalePrice"]
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=0)
rf = RandomForestRegressor(n_estimators=300, n_jobs=-1).fit(X_tr, y_tr)
print(rf.score(X_val, y_val))
