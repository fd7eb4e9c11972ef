import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier

wine = pd.read_csv("wine.csv")
features = [c for c in wine.columns if c != "cultivar"]
scaler = StandardScaler()
scaler.fit(wine[features])
wine[features] = scaler.transform(wine[features])
train = wine.sample(frac=0.75, random_state=3)
test = wine.loc[~wine.index.isin(train.index)]
knn = KNeighborsClassifier(n_neighbors=5).fit(train[features], train["cultivar"])
print(knn.score(test[features], test["cultivar"]))
