import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

scores = pd.read_csv("exam_scores.csv")
subjects = ["math", "reading", "writing"]
scores["spread"] = scores[subjects].apply(lambda row: row.max() - row.min(), axis=1)
scores["centred_math"] = scores[subjects].apply(lambda row: row["math"] - row.mean(), axis=1)
X_train, X_test, y_train, y_test = train_test_split(scores[["spread", "centred_math"]], scores["passed"])
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
