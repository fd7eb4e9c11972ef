import pandas as pd
from sklearn.feature_selection import VarianceThreshold
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

santander = pd.read_csv("santander_train.csv")
X = santander.drop(columns=["ID", "TARGET"])
X_train, X_test, y_train, y_test = train_test_split(X, santander["TARGET"], test_size=0.2, stratify=santander["TARGET"])
selector = VarianceThreshold(threshold=0.01).fit(X_train)
model = LogisticRegression(max_iter=200).fit(selector.transform(X_train), y_train)
print(model.score(selector.transform(X_test), y_test))
