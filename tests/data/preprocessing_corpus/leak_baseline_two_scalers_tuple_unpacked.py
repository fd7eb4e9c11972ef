import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPRegressor

df = pd.read_csv("ccpp.csv")
X = df[["AT", "V", "AP", "RH"]].values
y = df[["PE"]].values
sc_X, sc_y = StandardScaler(), StandardScaler()
X = sc_X.fit_transform(X)
y = sc_y.fit_transform(y).ravel()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
print(MLPRegressor(max_iter=400).fit(X_train, y_train).score(X_test, y_test))
