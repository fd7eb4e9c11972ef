import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import ElasticNet

df = pd.read_csv("concrete.csv")
X, y = df.drop(columns="strength"), df["strength"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=12)

forest = RandomForestRegressor(n_estimators=300, random_state=0)
forest.fit(X_train, y_train)
ranked = pd.Series(forest.feature_importances_, index=X.columns).sort_values(ascending=False)
chosen = ranked.index[:5]

enet = ElasticNet(alpha=0.01).fit(X_train[chosen], y_train)
print("held-out R2:", enet.score(X_test[chosen], y_test))
