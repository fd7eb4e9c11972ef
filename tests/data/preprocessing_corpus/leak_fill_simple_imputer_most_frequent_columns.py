import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import CategoricalNB
from sklearn.preprocessing import OrdinalEncoder

mushrooms = pd.read_csv("mushrooms.csv", na_values="?")
cat_cols = list(mushrooms.columns.drop("class"))
imputer = SimpleImputer(missing_values=pd.NA, strategy="most_frequent")
mushrooms[cat_cols] = imputer.fit_transform(mushrooms[cat_cols])
X = OrdinalEncoder().fit_transform(mushrooms[cat_cols])
X_train, X_test, y_train, y_test = train_test_split(X, mushrooms["class"], test_size=0.3, random_state=2)
print(CategoricalNB().fit(X_train, y_train).score(X_test, y_test))
