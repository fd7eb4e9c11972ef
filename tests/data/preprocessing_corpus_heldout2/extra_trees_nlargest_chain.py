import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

mobile = pd.read_csv("mobile_price_train.csv")
X, y = mobile.drop("price_range", axis=1), mobile["price_range"]

importances = pd.Series(ExtraTreesClassifier(n_estimators=250).fit(X, y).feature_importances_, index=X.columns)
best10 = importances.nlargest(10).index
importances.nlargest(10).plot(kind="barh")

X_train, X_test, y_train, y_test = train_test_split(X[best10], y, test_size=0.2, random_state=0)
knn = KNeighborsClassifier(n_neighbors=9).fit(X_train, y_train)
print("kNN accuracy on the top-10 features:", knn.score(X_test, y_test))
