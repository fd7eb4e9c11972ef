import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

ins = pd.read_csv("insurance.csv")
y = ins.pop("charges")
ct = ColumnTransformer(
    transformers=[("num", StandardScaler(), ["age", "bmi", "children"]),
                  ("cat", OneHotEncoder(drop="first"), ["sex", "smoker", "region"])])
X = ct.fit_transform(ins)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
gbr = GradientBoostingRegressor(n_estimators=300, max_depth=3).fit(X_train, y_train)
print("R2", gbr.score(X_test, y_test))
