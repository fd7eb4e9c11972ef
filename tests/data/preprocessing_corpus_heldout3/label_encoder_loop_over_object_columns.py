import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from lightgbm import LGBMClassifier

hr = pd.read_csv("hr_attrition.csv")
for col in hr.select_dtypes("object").columns.drop("Attrition"):
    hr[col] = LabelEncoder().fit_transform(hr[col])
hr["Attrition"] = (hr["Attrition"] == "Yes").astype(int)

X_train, X_test, y_train, y_test = train_test_split(hr.drop(columns="Attrition"), hr["Attrition"], test_size=0.2, random_state=42)
clf = LGBMClassifier().fit(X_train, y_train)
print(clf.score(X_test, y_test))
