import pandas as pd
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

stroke = pd.read_csv("healthcare-dataset-stroke-data.csv")
known = stroke[stroke["bmi"].notna()]
ols = smf.ols("bmi ~ age + avg_glucose_level + hypertension", data=known).fit()
stroke.loc[stroke["bmi"].isna(), "bmi"] = ols.predict(stroke[stroke["bmi"].isna()])
X = stroke[["age", "avg_glucose_level", "hypertension", "bmi"]]
X_train, X_test, y_train, y_test = train_test_split(X, stroke["stroke"], test_size=0.2, stratify=stroke["stroke"])
print(RandomForestClassifier(class_weight="balanced").fit(X_train, y_train).score(X_test, y_test))
