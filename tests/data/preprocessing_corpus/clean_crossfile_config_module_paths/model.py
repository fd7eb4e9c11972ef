import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline

import config

df = pd.read_csv(config.FEATURES)
X, y = df.drop(columns=config.TARGET), df[config.TARGET]
X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=42)
rf = make_pipeline(SimpleImputer(strategy="median"), RandomForestClassifier(n_estimators=250, max_depth=6))
rf.fit(X_train, y_train)
print("valid accuracy", rf.score(X_valid, y_valid))
