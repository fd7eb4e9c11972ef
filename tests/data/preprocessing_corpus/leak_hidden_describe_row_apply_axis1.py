import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

wheat = pd.read_csv("wheat.csv")
cols = ["protein", "moisture", "hardness"]
stats = wheat[cols].describe()
wheat[cols] = wheat[cols].apply(lambda r: (r - stats.loc["mean"]) / stats.loc["std"], axis=1)
X_train, X_test, y_train, y_test = train_test_split(wheat[cols], wheat["grade"], test_size=0.25)
print(KNeighborsClassifier().fit(X_train, y_train).score(X_test, y_test))
