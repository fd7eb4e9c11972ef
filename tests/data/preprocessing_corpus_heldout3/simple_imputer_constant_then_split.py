import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

concrete = pd.read_csv("concrete_compressive_strength_gaps.csv")
cols = ["cement", "slag", "flyash", "water", "superplasticizer", "age"]
concrete[cols] = SimpleImputer(strategy="constant", fill_value=0.0).fit_transform(concrete[cols])
tr, te = train_test_split(concrete, test_size=0.2, random_state=9)
rf = RandomForestRegressor(n_estimators=300).fit(tr[cols], tr["strength"])
print(rf.score(te[cols], te["strength"]))
