import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

df = pd.read_csv("life_expectancy.csv")
cols = ["GDP", "Schooling", "BMI", "Alcohol"]
for c, m, s in zip(cols, df[cols].mean(), df[cols].std()):
    df[c] = (df[c] - m) / s
X_train, X_test, y_train, y_test = train_test_split(df[cols].fillna(0), df["Life expectancy"], random_state=0)
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
