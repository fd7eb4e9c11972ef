import pandas as pd
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split

ads = pd.read_csv("Advertising.csv")
train, test = train_test_split(ads, test_size=0.25, random_state=0)
# the centring is learned from `train`; predict() re-applies the training means to `test`
model = smf.ols("sales ~ center(TV) * center(radio) + newspaper", data=train).fit()
pred = model.predict(test)
ss_res = ((test["sales"] - pred) ** 2).sum()
ss_tot = ((test["sales"] - test["sales"].mean()) ** 2).sum()
print(model.params.round(4))
print("test R2", 1 - ss_res / ss_tot)
