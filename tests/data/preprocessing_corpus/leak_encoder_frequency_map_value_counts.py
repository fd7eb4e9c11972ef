import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

ads = pd.read_csv("ads.csv")
freq = ads["publisher"].value_counts(normalize=True)
ads["publisher_freq"] = ads["publisher"].map(freq)
X = ads[["publisher_freq", "position", "hour"]]
X_tr, X_te, y_tr, y_te = train_test_split(X, ads["clicked"], test_size=0.2, random_state=0)
print(GradientBoostingClassifier().fit(X_tr, y_tr).score(X_te, y_te))
