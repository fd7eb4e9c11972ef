import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

water = pd.read_csv("water_potability.csv")
X, y = water.drop(columns="Potability"), water["Potability"]
prep = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
prep.fit(X)
X_ready = prep.transform(X)

X_train, X_test, y_train, y_test = train_test_split(X_ready, y, test_size=0.2, random_state=0, stratify=y)
clf = LogisticRegression().fit(X_train, y_train)
print(clf.score(X_test, y_test))
