import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

scores = pd.read_csv("judges_scores.csv")
judges = ["j1", "j2", "j3", "j4", "j5"]
# each performance's judges ranked against each other: a row on its own
ranks = scores[judges].rank(axis=1)
X = pd.concat([scores[judges], ranks.add_suffix("_rank")], axis=1)
y = scores["medal"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
print(GradientBoostingClassifier().fit(X_train, y_train).score(X_test, y_test))
