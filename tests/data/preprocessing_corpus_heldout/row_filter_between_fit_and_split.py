import pandas as pd
from sklearn.preprocessing import RobustScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import HuberRegressor

claims = pd.read_csv("claims.csv")
num = ["age", "bmi", "children", "visits"]
claims[num] = RobustScaler().fit_transform(claims[num])

# only rows with a settled amount can be used for training
claims = claims[claims["settled_amount"].notnull()]
claims = claims[claims["region"] != "test-region"]

X_train, X_test, y_train, y_test = train_test_split(claims[num], claims["settled_amount"], test_size=0.2, random_state=4)
huber = HuberRegressor(max_iter=500).fit(X_train, y_train)
print(huber.score(X_test, y_test))
