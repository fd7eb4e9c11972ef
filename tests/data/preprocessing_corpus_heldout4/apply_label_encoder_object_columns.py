import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

cars = pd.read_csv("car_evaluation.csv", names=["buying", "maint", "doors", "persons", "lug_boot", "safety", "acceptable"])
y = cars.pop("acceptable")
object_cols = cars.select_dtypes("object").columns
cars[object_cols] = cars[object_cols].apply(LabelEncoder().fit_transform)

X_train, X_test, y_train, y_test = train_test_split(cars, y, test_size=0.2, random_state=0, stratify=y)
rfc = RandomForestClassifier(n_estimators=150, random_state=0).fit(X_train, y_train)
print("test accuracy:", rfc.score(X_test, y_test))
