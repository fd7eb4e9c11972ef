import pandas as pd

students = pd.read_csv("student_performance.csv")
students["study_hours"] = students["study_hours"].fillna(students["study_hours"].mean())
students.to_csv("data/students_clean.csv", index=False)
