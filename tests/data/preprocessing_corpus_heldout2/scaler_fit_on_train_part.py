import sklearn.preprocessing as pp
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

df = pd.read_csv("wheat_seeds.csv")
X_train, X_test, y_train, y_test = train_test_split(df.iloc[:, :-1], df.iloc[:, -1], test_size=0.2, random_state=1)
scaler = pp.StandardScaler().fit(X_train)
X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
knn = KNeighborsClassifier(n_neighbors=5).fit(X_train, y_train)
print(knn.score(X_test, y_test))
print("means", scaler.mean_.round(2))
print("scales", scaler.scale_.round(2))
