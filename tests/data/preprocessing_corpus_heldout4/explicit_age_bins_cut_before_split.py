import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

AGE_EDGES = [0, 18, 30, 45, 60, 75, 120]
GLUCOSE_EDGES = [0, 100, 126, 200, 1000]

patients = pd.read_csv("diabetes_130_us_hospitals_small.csv")
patients["age_band"] = pd.cut(patients["age_years"], bins=AGE_EDGES, labels=False, right=False)
patients["glucose_band"] = pd.cut(patients["glucose_mg_dl"], bins=GLUCOSE_EDGES, labels=False)
cols = ["age_band", "glucose_band", "num_medications", "number_inpatient"]
patients = patients.dropna(subset=cols)

X_train, X_test, y_train, y_test = train_test_split(patients[cols], patients["readmitted_30d"], test_size=0.2, random_state=0)
tree = DecisionTreeClassifier(max_depth=6, class_weight="balanced").fit(X_train, y_train)
print("test accuracy", tree.score(X_test, y_test))
