import pandas as pd
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression

patients = pd.read_csv("lab_results.csv").sort_values(["patient_id", "day"])
labs = ["creatinine", "sodium", "potassium"]
patients[labs] = patients[labs].transform(pd.Series.bfill)
print(cross_val_score(LogisticRegression(max_iter=500), patients[labs], patients["aki"], cv=5).mean())
