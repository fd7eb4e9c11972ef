import pandas as pd
from sklearn.cluster import MiniBatchKMeans
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

cust = pd.read_csv("bank_marketing_full.csv", sep=";")
numeric = ["age", "balance", "duration", "campaign", "pdays", "previous"]
y = (cust["y"] == "yes").astype(int)
X_train, X_valid, y_train, y_valid = train_test_split(cust[numeric], y, test_size=0.2, stratify=y, random_state=4)

seg = MiniBatchKMeans(n_clusters=8, random_state=4, n_init=3).fit(X_train)
X_train = X_train.assign(segment=seg.predict(X_train))
X_valid = X_valid.assign(segment=seg.predict(X_valid))
gbc = GradientBoostingClassifier().fit(X_train, y_train)
print(gbc.score(X_valid, y_valid))
