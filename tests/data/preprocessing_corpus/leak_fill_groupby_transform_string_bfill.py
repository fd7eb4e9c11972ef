import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

visits = pd.read_csv("clinic_visits.csv").sort_values(["patient", "visit_date"])
visits[["weight", "bp"]] = visits.groupby("patient")[["weight", "bp"]].transform("bfill")
X_train, X_test, y_train, y_test = train_test_split(visits[["weight", "bp", "age"]], visits["readmitted"],
                                                    test_size=0.2, random_state=4)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
