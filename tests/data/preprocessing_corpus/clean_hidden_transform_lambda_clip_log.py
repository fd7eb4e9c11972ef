import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

sales = pd.read_csv("online_retail.csv")
money = ["unit_price", "quantity", "discount"]
sales[money] = sales[money].transform(lambda s: np.log1p(s.clip(lower=0)))
X_train, X_test, y_train, y_test = train_test_split(sales[money], sales["revenue"], test_size=0.2)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
