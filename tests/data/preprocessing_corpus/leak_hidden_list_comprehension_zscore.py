import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

wine = pd.read_csv("wine.csv")
wine["alcohol_z"] = [(v - wine["alcohol"].mean()) / wine["alcohol"].std() for v in wine["alcohol"]]
X_train, X_test, y_train, y_test = train_test_split(wine[["alcohol_z", "ph"]], wine["quality"], test_size=0.3)
print(KNeighborsClassifier().fit(X_train, y_train).score(X_test, y_test))
