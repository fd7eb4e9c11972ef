import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

survey = pd.read_csv("survey_coded.csv")
items = [c for c in survey.columns if c.startswith("q")] + ["total"]
X_tr, X_te, y_tr, y_te = train_test_split(survey[items], survey["burnout"], test_size=0.25, random_state=0)
print(LogisticRegression(max_iter=1000).fit(X_tr, y_tr).score(X_te, y_te))
