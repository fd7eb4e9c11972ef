import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

iris = pd.read_csv("iris.csv")
features = iris.drop("species", axis=1)
features_norm = (features - features.min()) / (features.max() - features.min())
x_train, x_test, y_train, y_test = train_test_split(features_norm, iris["species"], test_size=0.3)
knn = KNeighborsClassifier(n_neighbors=3)
knn.fit(x_train, y_train)
print("accuracy:", knn.score(x_test, y_test))
