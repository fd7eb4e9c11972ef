import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("stroke.csv")
X, y = df.drop(columns=["stroke", "id"]), df["stroke"]
X = X.select_dtypes("number")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=1)

imp = SimpleImputer(strategy="median").fit(X_train)
X_train = pd.DataFrame(imp.transform(X_train), columns=X.columns, index=X_train.index)

keep = X_test["bmi"].notnull()
X_test, y_test = X_test[keep], y_test[keep]
X_test = pd.DataFrame(imp.transform(X_test), columns=X.columns, index=X_test.index)

lr = LogisticRegression(class_weight="balanced", max_iter=2000).fit(X_train, y_train)
print(lr.score(X_test, y_test))
