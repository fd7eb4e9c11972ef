import pandas as pd
from sklearn.cluster import MiniBatchKMeans
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

cust = pd.read_csv("bank_marketing_full.csv", sep=";")
numeric = ["age", "balance", "duration", "campaign", "pdays", "previous"]
seg = MiniBatchKMeans(n_clusters=8, random_state=4, n_init=3)
cust["segment"] = seg.fit_predict(cust[numeric])

X = cust[numeric + ["segment"]]
y = (cust["y"] == "yes").astype(int)
X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, stratify=y, random_state=4)
gbc = GradientBoostingClassifier().fit(X_train, y_train)
print(gbc.score(X_valid, y_valid))
