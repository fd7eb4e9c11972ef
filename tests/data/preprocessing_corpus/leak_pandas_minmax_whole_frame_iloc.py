import pandas as pd
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("sonar.csv", header=None)
y = df.pop(60)
df = (df - df.min()) / (df.max() - df.min())

train_X, test_X = df.iloc[:160], df.iloc[160:]
train_y, test_y = y.iloc[:160], y.iloc[160:]
print(LogisticRegression().fit(train_X, train_y).score(test_X, test_y))
