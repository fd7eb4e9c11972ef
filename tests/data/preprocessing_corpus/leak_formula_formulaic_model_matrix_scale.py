import pandas as pd
from formulaic import model_matrix
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

df = pd.read_csv("advertising.csv")
X = model_matrix("scale(TV) + scale(radio) + scale(newspaper)", df)
X_train, X_test, y_train, y_test = train_test_split(X, df["sales"], test_size=0.3, random_state=1)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
