import csv

from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

with open("wheat_seeds.csv") as fh:
    reader = csv.reader(fh)
    next(reader)
    rows = [[float(v) for v in r] for r in reader]
features = [r[:-1] for r in rows]
labels = [int(r[-1]) for r in rows]
features = [[(v - min(r)) / (max(r) - min(r)) for v in r] for r in features]
X_train, X_test, y_train, y_test = train_test_split(features, labels, test_size=0.3, random_state=1)
print(KNeighborsClassifier(n_neighbors=5).fit(X_train, y_train).score(X_test, y_test))
