import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


def scale(value, low, high):
    return (value - low) / (high - low)


bank = pd.read_csv("bank.csv")
low, high = bank["balance"].min(), bank["balance"].max()
bank["balance"] = bank["balance"].apply(scale, args=(low, high))
X_train, X_test, y_train, y_test = train_test_split(bank[["balance", "age"]], bank["deposit"], test_size=0.2)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
