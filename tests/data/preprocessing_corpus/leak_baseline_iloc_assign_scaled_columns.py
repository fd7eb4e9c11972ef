import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeRegressor

df = pd.read_csv("Real_estate.csv")
df.iloc[:, 1:-1] = MinMaxScaler().fit_transform(df.iloc[:, 1:-1])
X, y = df.iloc[:, 1:-1], df.iloc[:, -1]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)
print(DecisionTreeRegressor(max_depth=5).fit(X_train, y_train).score(X_test, y_test))
