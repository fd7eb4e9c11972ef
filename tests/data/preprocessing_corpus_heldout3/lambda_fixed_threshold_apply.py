import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB

students = pd.read_csv("student_performance_por.csv", sep=";")
students["high_absences"] = students["absences"].apply(lambda a: int(a > 10))
cols = ["studytime", "failures", "high_absences", "G1", "G2"]
tr, te = train_test_split(students, test_size=0.2, random_state=5)
print(GaussianNB().fit(tr[cols], tr["G3"] >= 10).score(te[cols], te["G3"] >= 10))
