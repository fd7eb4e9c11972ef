import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor

abalone = pd.read_csv("abalone.csv")
numeric = ["Length", "Diameter", "Height", "WholeWeight", "ShellWeight"]
ranges = {}
for col in numeric:
    ranges[col] = (abalone[col].min(), abalone[col].max())
for col, (low, high) in ranges.items():
    abalone[col] = (abalone[col] - low) / (high - low)
X_train, X_test, y_train, y_test = train_test_split(abalone[numeric], abalone["Rings"], random_state=5)
print(KNeighborsRegressor(n_neighbors=9).fit(X_train, y_train).score(X_test, y_test))
