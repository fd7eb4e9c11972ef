import pandas as pd
from sklearn_pandas import DataFrameMapper
from sklearn.preprocessing import StandardScaler, LabelBinarizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

heart = pd.read_csv("heart.csv")
mapper = DataFrameMapper([
    (["age", "chol", "thalach", "trestbps"], StandardScaler()),
    ("cp", LabelBinarizer()),
])
X = mapper.fit_transform(heart.copy())
X_train, X_test, y_train, y_test = train_test_split(X, heart["target"], test_size=0.25, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
