import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.linear_model import Lasso

df = pd.read_csv("prices.csv")
X = df[["a", "b", "c"]]
y = df["price"]
X_train, X_test = train_test_split(X, test_size=0.2, random_state=0)
y_train, y_test = train_test_split(y, test_size=0.2, random_state=0)

mms = MinMaxScaler().fit(X_train)
model = Lasso(alpha=0.01).fit(mms.transform(X_train), y_train)
print(model.score(mms.transform(X_test), y_test))
