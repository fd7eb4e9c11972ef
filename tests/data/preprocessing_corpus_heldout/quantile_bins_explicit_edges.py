import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

people = pd.read_csv("census_income.csv")
# fixed edges from the statistics office's age bands, not from the data
people["age_band"] = pd.cut(people["age"], bins=[0, 25, 35, 45, 55, 65, 120], labels=False)
people["hours_band"] = np.digitize(people["hours_per_week"], [20, 35, 40, 50])

X = people[["age_band", "hours_band", "education_num"]]
y = people["income_gt_50k"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
print(LogisticRegression(max_iter=500).fit(X_train, y_train).score(X_test, y_test))
