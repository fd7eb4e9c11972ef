import pandas as pd
from sklearn.feature_extraction import FeatureHasher
from sklearn.model_selection import train_test_split
from sklearn.linear_model import SGDClassifier

clicks = pd.read_csv("clicks.csv")
hasher = FeatureHasher(n_features=2 ** 18, input_type="string")
X = hasher.transform(clicks[["site", "app", "device"]].astype(str).values)
X_train, X_test, y_train, y_test = train_test_split(X, clicks["click"], test_size=0.1)
print(SGDClassifier(loss="log_loss").fit(X_train, y_train).score(X_test, y_test))
