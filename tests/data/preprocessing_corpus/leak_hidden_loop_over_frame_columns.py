import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

wine = pd.read_csv("wine.csv")
y = wine.pop("cultivar")
for col in wine:
    wine[col] = (wine[col] - wine[col].mean()) / wine[col].std()
X_train, X_test, y_train, y_test = train_test_split(wine, y, test_size=0.3, stratify=y)
print(KNeighborsClassifier(5).fit(X_train, y_train).score(X_test, y_test))
