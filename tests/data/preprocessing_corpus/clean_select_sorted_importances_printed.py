import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split

bikes = pd.read_csv("bike_hour.csv")
features = [c for c in bikes.columns if c not in ("cnt", "casual", "registered", "dteday")]
X_train, X_test, y_train, y_test = train_test_split(bikes[features], bikes["cnt"], test_size=0.25, random_state=0)
gbr = GradientBoostingRegressor().fit(X_train, y_train)
for score, name in sorted(zip(gbr.feature_importances_, features), reverse=True)[:10]:
    print(f"{name:>12s} {score:.3f}")
print("R2", gbr.score(X_test, y_test))
