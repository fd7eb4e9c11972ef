import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("adult.csv")
numeric = ["age", "hours-per-week", "capital-gain"]
categorical = ["workclass", "education", "occupation"]
preprocess = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
])
X = preprocess.fit_transform(df[numeric + categorical])
y = (df["income"] == ">50K").astype(int)

X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
LogisticRegression(max_iter=1000).fit(X_train, y_train).score(X_test, y_test)
