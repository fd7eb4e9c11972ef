import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline

events = pd.read_parquet("lake/events")
X_train, X_test, y_train, y_test = train_test_split(events[["duration"]], events["converted"], test_size=0.2)
model = make_pipeline(SimpleImputer(), LogisticRegression()).fit(X_train, y_train)
print(model.score(X_test, y_test))
