import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

heart = pd.read_csv("heart_failure.csv")
heart["Sex"] = heart["Sex"].map({"M": 1, "F": 0})
heart["ExerciseAngina"] = heart["ExerciseAngina"].replace({"Y": 1, "N": 0})
heart["ST_up"] = (heart["ST_Slope"] == "Up").astype(int)
heart["ST_flat"] = (heart["ST_Slope"] == "Flat").astype(int)

cols = ["Age", "Sex", "RestingBP", "Cholesterol", "MaxHR", "ExerciseAngina", "Oldpeak", "ST_up", "ST_flat"]
X_train, X_test, y_train, y_test = train_test_split(heart[cols], heart["HeartDisease"], test_size=0.2, random_state=4)
svc = SVC(kernel="linear").fit(X_train, y_train)
print(svc.score(X_test, y_test))
