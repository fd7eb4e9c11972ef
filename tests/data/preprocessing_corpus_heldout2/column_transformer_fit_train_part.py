import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor

ins = pd.read_csv("insurance.csv")
X_train, X_test, y_train, y_test = train_test_split(ins.drop(columns="charges"), ins["charges"], test_size=0.2, random_state=0)
ct = ColumnTransformer([("num", StandardScaler(), ["age", "bmi", "children"]),
                        ("cat", OneHotEncoder(handle_unknown="ignore"), ["sex", "smoker", "region"])])
Xtr = ct.fit_transform(X_train)
Xte = ct.transform(X_test)
print(GradientBoostingRegressor().fit(Xtr, y_train).score(Xte, y_test))
