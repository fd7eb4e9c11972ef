import pandas as pd
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

stroke = pd.read_csv("healthcare-dataset-stroke-data.csv")
train, test = train_test_split(stroke, test_size=0.2, stratify=stroke["stroke"], random_state=0)
train = train.copy()
test = test.copy()
ols = smf.ols("bmi ~ age + avg_glucose_level + hypertension", data=train[train["bmi"].notna()]).fit()
for part in (train, test):
    part.loc[part["bmi"].isna(), "bmi"] = ols.predict(part[part["bmi"].isna()])
cols = ["age", "avg_glucose_level", "hypertension", "bmi"]
print(RandomForestClassifier().fit(train[cols], train["stroke"]).score(test[cols], test["stroke"]))
