import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

wine = pd.read_csv("winequality-red-missing.csv")
cols = wine.columns.drop("quality")
train_set, test_set = train_test_split(wine, test_size=0.2, random_state=200)
imputer = KNNImputer(n_neighbors=5).fit(train_set[cols])
X_train = imputer.transform(train_set[cols])
X_test = imputer.transform(test_set[cols])
knn = KNeighborsClassifier(7).fit(X_train, train_set["quality"])
print(knn.score(X_test, test_set["quality"]))
