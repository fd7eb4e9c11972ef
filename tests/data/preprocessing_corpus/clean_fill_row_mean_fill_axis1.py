import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

scores = pd.read_csv("exam_scores.csv")
subjects = ["math", "reading", "writing"]
scores[subjects] = scores[subjects].apply(lambda row: row.fillna(row.mean()), axis=1)
X_train, X_test, y_train, y_test = train_test_split(scores[subjects], scores["gpa"], test_size=0.2, random_state=2)
print(GradientBoostingRegressor().fit(X_train, y_train).score(X_test, y_test))
