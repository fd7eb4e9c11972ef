import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPRegressor

stocks = pd.read_csv("stocks_wide.csv", index_col="Date")
stocks = stocks.apply(lambda col: col.fillna(method="ffill"))
returns = stocks.pct_change().dropna()
X = returns.drop(columns=["SPY"])
y = returns["SPY"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
mlp = MLPRegressor(hidden_layer_sizes=(64,), max_iter=500).fit(X_train, y_train)
print(mlp.score(X_test, y_test))
