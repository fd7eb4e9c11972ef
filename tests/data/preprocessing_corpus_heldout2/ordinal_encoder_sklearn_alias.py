import sklearn.preprocessing as pp
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor

diamonds = pd.read_csv("diamonds.csv")
cats = ["cut", "color", "clarity"]
enc = pp.OrdinalEncoder()
diamonds[cats] = enc.fit_transform(diamonds[cats])

X = diamonds.drop(columns="price")
y = diamonds["price"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.15, random_state=0)
hgb = HistGradientBoostingRegressor(categorical_features=[X.columns.get_loc(c) for c in cats])
hgb.fit(X_tr, y_tr)
print(hgb.score(X_te, y_te))
