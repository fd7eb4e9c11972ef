import numpy as np
import pandas as pd
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

CAT = ["workclass", "education", "marital_status", "occupation", "relationship", "race", "native_country"]
NUM = ["age", "hours_per_week", "capital_gain"]

adult = pd.read_csv("adult.csv").dropna()
enc = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
enc.fit(adult[CAT])
onehot = enc.transform(adult[CAT])
X = np.hstack([adult[NUM].to_numpy(), onehot])
y = (adult["income"] == ">50K").astype(int).to_numpy()

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
logreg = LogisticRegression(max_iter=3000).fit(X_train, y_train)
print("accuracy:", logreg.score(X_test, y_test))
