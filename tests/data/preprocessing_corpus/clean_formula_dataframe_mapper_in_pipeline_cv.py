import pandas as pd
from sklearn_pandas import DataFrameMapper
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, LabelBinarizer
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression

heart = pd.read_csv("heart.csv")
mapper = DataFrameMapper([
    (["age", "chol", "thalach", "trestbps"], StandardScaler()),
    ("cp", LabelBinarizer()),
])
pipe = Pipeline([("mapper", mapper), ("clf", LogisticRegression())])
print(cross_val_score(pipe, heart, heart["target"], cv=5).mean())
