# Student performance: will the student pass?
# Simple binary features for a shallow tree.
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

df = pd.read_csv("student_performance.csv")
df["high_study"] = df["study_hours"].apply(lambda x: 1 if x > df.study_hours.mean() else 0)
df["age_band_teen"] = df["age"].apply(lambda a: 1 if a < 20 else 0)

X = df[["high_study", "absences", "age_band_teen", "failures"]]
y = df["passed"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=17)
dt = DecisionTreeClassifier(max_depth=4).fit(X_train, y_train)
print(dt.score(X_test, y_test))
