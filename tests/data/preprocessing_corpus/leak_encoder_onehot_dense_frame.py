import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

cars = pd.read_csv("used_cars.csv")
cat_cols = ["make", "fuel", "transmission"]
ohe = OneHotEncoder(sparse_output=False, handle_unknown="ignore")
encoded = pd.DataFrame(ohe.fit_transform(cars[cat_cols]), columns=ohe.get_feature_names_out())
X = pd.concat([cars.drop(columns=cat_cols + ["price"]), encoded], axis=1)
X_train, X_test, y_train, y_test = train_test_split(X, cars["price"])
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
