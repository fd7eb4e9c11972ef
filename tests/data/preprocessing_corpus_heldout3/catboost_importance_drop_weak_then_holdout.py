import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import train_test_split

flights = pd.read_csv("flight_delays_2015_sample.csv")
cat_cols = ["AIRLINE", "ORIGIN_AIRPORT", "DESTINATION_AIRPORT"]
X, y = flights.drop(columns="DELAYED"), flights["DELAYED"]
scout = CatBoostClassifier(iterations=300, verbose=0, cat_features=cat_cols)
scout.fit(X, y)
weak = [c for c, v in zip(X.columns, scout.get_feature_importance()) if v < 1.0]
X = X.drop(columns=weak)

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=6)
kept_cats = [c for c in cat_cols if c in X.columns]
final = CatBoostClassifier(iterations=800, verbose=0, cat_features=kept_cats).fit(X_tr, y_tr)
print(final.score(X_te, y_te))
