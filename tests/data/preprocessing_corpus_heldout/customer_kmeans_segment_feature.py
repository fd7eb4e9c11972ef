import pandas as pd
from sklearn.cluster import KMeans
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

customers = pd.read_csv("customers.csv")
behaviour = customers[["recency", "frequency", "monetary", "tenure"]]

segmenter = KMeans(n_clusters=6, n_init=10, random_state=0)
segmenter.fit(behaviour)
customers["segment"] = segmenter.predict(behaviour)
customers["dist_to_centre"] = segmenter.transform(behaviour).min(axis=1)

X = customers[["recency", "frequency", "monetary", "tenure", "segment", "dist_to_centre"]]
y = customers["responded"]
Xa, Xb, ya, yb = train_test_split(X, y, test_size=0.3, random_state=21)
forest = RandomForestClassifier(n_estimators=500, random_state=0).fit(Xa, ya)
print(accuracy_score(yb, forest.predict(Xb)))
