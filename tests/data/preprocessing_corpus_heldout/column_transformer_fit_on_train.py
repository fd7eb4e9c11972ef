import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

houses = pd.read_csv("kc_house.csv")
target = houses.pop("price")
num = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "yr_built"]
cat = ["zipcode", "waterfront", "view"]
X_train, X_test, y_train, y_test = train_test_split(houses, target, test_size=0.2, random_state=0)

ct = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
])
Xt_train = ct.fit_transform(X_train)
Xt_test = ct.transform(X_test)
rf = RandomForestRegressor(n_estimators=300, n_jobs=-1).fit(Xt_train, y_train)
print(rf.score(Xt_test, y_test))
