import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

df = pd.read_csv("data/interim/patients_imputed.csv")
X_train, X_test, y_train, y_test = train_test_split(df[["bmi", "glucose", "bp"]], df["diabetic"], test_size=0.2)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
