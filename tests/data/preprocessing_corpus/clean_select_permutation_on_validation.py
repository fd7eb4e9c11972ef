import pandas as pd
from sklearn.inspection import permutation_importance
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

frame = pd.read_csv("bike_sharing.csv")
X_train, X_val, y_train, y_val = train_test_split(frame.drop(columns="count"), frame["count"], test_size=0.2)
rf = RandomForestRegressor(n_estimators=100).fit(X_train, y_train)
result = permutation_importance(rf, X_val, y_val, n_repeats=10)
print(dict(zip(X_val.columns, result.importances_mean)))
