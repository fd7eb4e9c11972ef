import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.ensemble import AdaBoostClassifier

patients = pd.read_csv("hepatitis.csv", na_values="?")
cols = [c for c in patients.columns if c != "class"]
patients[cols] = SimpleImputer(strategy="median").fit_transform(patients[cols])

train = patients.sample(frac=0.75, random_state=200)
test = patients.drop(train.index)

ada = AdaBoostClassifier(n_estimators=150, learning_rate=0.5)
ada.fit(train[cols], train["class"])
print("test accuracy:", ada.score(test[cols], test["class"]))
