import pandas as pd
from sklearn.feature_selection import VarianceThreshold
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

santander = pd.read_csv("santander_train.csv")
X = santander.drop(columns=["ID", "TARGET"])
selector = VarianceThreshold(threshold=0.01)
X = pd.DataFrame(selector.fit_transform(X), columns=X.columns[selector.get_support()])
X_train, X_test, y_train, y_test = train_test_split(X, santander["TARGET"], test_size=0.2, stratify=santander["TARGET"])
print(LogisticRegression(max_iter=200).fit(X_train, y_train).score(X_test, y_test))
