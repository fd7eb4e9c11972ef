import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.preprocessing import OneHotEncoder, RobustScaler
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

df = pd.read_csv("employee_attrition.csv")
y = df.pop("Attrition")
ct = ColumnTransformer([
    ("num", RobustScaler(), make_column_selector(dtype_include=np.number)),
    ("cat", OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include=object)),
])
X = ct.fit_transform(df)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
