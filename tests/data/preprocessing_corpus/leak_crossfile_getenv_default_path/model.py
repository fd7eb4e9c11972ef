import os

import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

claims = pd.read_csv(os.environ.get("FEATURES_PATH", "features/claims_features.csv"))
X_train, X_test, y_train, y_test = train_test_split(claims[["amount_rank", "age"]], claims["fraud"])
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
