import pandas as pd
from formulaic import model_matrix
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

students = pd.read_csv("student_performance.csv")
y, X = model_matrix("passed ~ scale(studytime_hours) + scale(absences) + scale(G1) + failures", students)

X_train, X_test, y_train, y_test = train_test_split(X, y.values.ravel(), test_size=0.2, random_state=18)
logit = LogisticRegression(max_iter=2000).fit(X_train, y_train)
print("test accuracy", logit.score(X_test, y_test))
