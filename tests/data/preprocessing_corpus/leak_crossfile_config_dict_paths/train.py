import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

import config

df = pd.read_parquet(config.PATHS["features"])
X_train, X_test, y_train, y_test = train_test_split(df[["tenure_bin", "monthly"]], df["churn"],
                                                    random_state=config.SEED)
print(GradientBoostingClassifier().fit(X_train, y_train).score(X_test, y_test))
