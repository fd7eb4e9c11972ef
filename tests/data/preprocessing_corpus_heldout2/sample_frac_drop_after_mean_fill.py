import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score

life = pd.read_csv("life_expectancy.csv")
num = life.select_dtypes("number").columns
life[num] = life[num].fillna(life[num].mean())

train = life.sample(frac=0.8, random_state=200)
test = life.drop(train.index)
feats = ["Adult Mortality", "BMI", "Schooling", "Income composition of resources", "HIV/AIDS"]
lm = LinearRegression().fit(train[feats], train["Life expectancy"])
print("R2 on the other 20%:", r2_score(test["Life expectancy"], lm.predict(test[feats])))
