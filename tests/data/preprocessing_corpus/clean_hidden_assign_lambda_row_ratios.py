import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

sales = pd.read_csv("advertising.csv")
sales = sales.assign(
    total=lambda d: d["TV"] + d["Radio"] + d["Newspaper"],
    tv_share=lambda d: d["TV"] / d["total"],
)
X = sales[["total", "tv_share"]]
X_train, X_test, y_train, y_test = train_test_split(X, sales["Sales"], test_size=0.3, random_state=2)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
