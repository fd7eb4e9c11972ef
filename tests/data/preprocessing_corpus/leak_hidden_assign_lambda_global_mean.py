import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

sales = pd.read_csv("advertising.csv")
tv_mean, radio_mean = sales["TV"].mean(), sales["Radio"].mean()
sales = sales.assign(
    tv_centered=lambda d: d["TV"] - tv_mean,
    radio_centered=lambda d: d["Radio"] - radio_mean,
    interaction=lambda d: d["tv_centered"] * d["radio_centered"],
)
X = sales[["tv_centered", "radio_centered", "interaction"]]
X_train, X_test, y_train, y_test = train_test_split(X, sales["Sales"], test_size=0.3, random_state=2)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
