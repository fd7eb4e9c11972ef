import pandas as pd
from sklearn.preprocessing import Imputer, StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.cross_validation import train_test_split
from sklearn.ensemble import RandomForestClassifier

hepatitis = pd.read_csv("hepatitis.csv", na_values="?")
X = hepatitis.drop("class", axis=1).values
y = hepatitis["class"].values
prep = make_pipeline(Imputer(strategy="mean", axis=0), StandardScaler())
X = prep.fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
print(RandomForestClassifier(n_estimators=50).fit(X_train, y_train).score(X_test, y_test))
