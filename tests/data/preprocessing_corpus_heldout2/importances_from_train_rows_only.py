import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

cars = pd.read_csv("car_prices_numeric.csv")
X, y = cars.drop(columns="price"), cars["price"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=10)

ranker = RandomForestRegressor(n_estimators=300, random_state=0).fit(X_train, y_train)
imp = pd.Series(ranker.feature_importances_, index=X.columns).sort_values(ascending=False)
keep = imp.index[:8]

model = RandomForestRegressor(n_estimators=600, random_state=0).fit(X_train[keep], y_train)
print(keep.tolist())
print("test R2", model.score(X_test[keep], y_test))
