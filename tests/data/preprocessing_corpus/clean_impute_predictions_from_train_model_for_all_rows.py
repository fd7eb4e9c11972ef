import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge

df = pd.read_csv("sales.csv")
train, test = train_test_split(df, test_size=0.2, random_state=0)
feats = ["price", "promo", "week"]
ridge = Ridge().fit(train[feats], train["units"])
train = train.assign(pred=ridge.predict(train[feats]))
test = test.assign(pred=ridge.predict(test[feats]))
print(((test["pred"] - test["units"]) ** 2).mean())
