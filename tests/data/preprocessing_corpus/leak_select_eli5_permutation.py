import pandas as pd
from eli5.sklearn import PermutationImportance
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

churn = pd.read_csv("telco_churn.csv")
X = churn.drop(columns="Churn")
y = churn["Churn"]
perm = PermutationImportance(LogisticRegression(max_iter=1000), cv=None).fit(X, y)
useful = X.columns[perm.feature_importances_ > 0]
X = X[useful]
X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.3)
print(LogisticRegression(max_iter=1000).fit(X_train, y_train).score(X_valid, y_valid))
