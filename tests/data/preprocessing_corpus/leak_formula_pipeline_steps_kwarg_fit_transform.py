import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import RobustScaler
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

df = pd.read_csv("breast_cancer.csv")
prep = Pipeline(steps=[("impute", SimpleImputer(strategy="median")), ("scale", RobustScaler())])
X = prep.fit_transform(df.drop(columns="diagnosis"))
X_train, X_test, y_train, y_test = train_test_split(X, df["diagnosis"], stratify=df["diagnosis"])
print(SVC().fit(X_train, y_train).score(X_test, y_test))
