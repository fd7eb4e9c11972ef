import numpy as np
import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.ensemble import GradientBoostingClassifier

df = pd.read_csv("bank_marketing.csv")
num = ["age", "balance", "duration", "campaign"]
df[num] = MinMaxScaler().fit_transform(df[num])
train, validate, test = np.split(df.sample(frac=1, random_state=42), [int(0.6 * len(df)), int(0.8 * len(df))])
gbc = GradientBoostingClassifier().fit(train[num], train["y"])
print("val", gbc.score(validate[num], validate["y"]))
print("test", gbc.score(test[num], test["y"]))
