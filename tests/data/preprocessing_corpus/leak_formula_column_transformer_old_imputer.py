import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import Imputer, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

data = pd.read_csv("credit_approval.csv")
num = ["age", "debt", "years_employed", "income"]
numeric = Pipeline([("impute", Imputer(strategy="median")), ("scale", StandardScaler())])
prep = ColumnTransformer([("num", numeric, num)])
X = prep.fit_transform(data)
X_train, X_test, y_train, y_test = train_test_split(X, data["approved"], test_size=0.3)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
