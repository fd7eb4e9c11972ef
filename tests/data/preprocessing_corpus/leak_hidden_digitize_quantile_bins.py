import numpy as np
import pandas as pd
from sklearn.naive_bayes import CategoricalNB
from sklearn.model_selection import train_test_split

cust = pd.read_csv("customers.csv")
edges = np.quantile(cust["income"], [0.25, 0.5, 0.75])
cust["income_band"] = np.digitize(cust["income"], edges)
X_train, X_test, y_train, y_test = train_test_split(cust[["income_band", "region"]], cust["churned"])
print(CategoricalNB().fit(X_train, y_train).score(X_test, y_test))
