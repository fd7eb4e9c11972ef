import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression

data = pd.read_csv("hepatitis.csv")
y = data.pop("class")
pipe = make_pipeline(IterativeImputer(max_iter=10), LogisticRegression(max_iter=1000))
print(cross_val_score(pipe, data, y, cv=5).mean())
