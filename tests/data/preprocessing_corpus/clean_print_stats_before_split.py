import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LinearRegression

df = pd.read_csv("salaries.csv")
print(df.describe())
print("mean salary:", df["salary"].mean(), "median:", df["salary"].median())
print(df.corr(numeric_only=True))

X = df[["years", "level"]]
y = df["salary"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=5)
scaler = StandardScaler().fit(X_train)
lm = LinearRegression().fit(scaler.transform(X_train), y_train)
print(lm.score(scaler.transform(X_test), y_test))
