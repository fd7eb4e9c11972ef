import pandas as pd
from sklearn.linear_model import LinearRegression

life = pd.read_csv("life_expectancy.csv")
train = life.sample(frac=0.8, random_state=200)
test = life.drop(train.index)

feats = ["Adult Mortality", "BMI", "Schooling", "HIV/AIDS"]
means = train[feats].mean()
train[feats] = train[feats].fillna(means)
test[feats] = test[feats].fillna(means)
train, test = train.dropna(subset=["Life expectancy"]), test.dropna(subset=["Life expectancy"])
lm = LinearRegression().fit(train[feats], train["Life expectancy"])
print(lm.score(test[feats], test["Life expectancy"]))
