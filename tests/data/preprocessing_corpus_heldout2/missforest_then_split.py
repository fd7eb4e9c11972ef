import pandas as pd
from missingpy import MissForest
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score

heart = pd.read_csv("heart_disease_uci.csv")
X = heart.drop(columns=["num"])
y = (heart["num"] > 0).astype(int)

imputer = MissForest(max_iter=10, random_state=1337)
X_imp = imputer.fit_transform(X)

X_train, X_test, y_train, y_test = train_test_split(X_imp, y, test_size=0.25, random_state=1337)
clf = RandomForestClassifier(n_estimators=500, random_state=1337).fit(X_train, y_train)
print("AUC", roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1]))
