import pandas as pd


class StudentData:
    def __init__(self, path="data/students_clean.csv"):
        self.frame = pd.read_csv(path)

    def xy(self):
        return self.frame[["study_hours", "attendance"]], self.frame["final_grade"]
