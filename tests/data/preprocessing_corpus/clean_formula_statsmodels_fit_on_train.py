import pandas as pd
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split

df = pd.read_csv("advertising.csv")
train, test = train_test_split(df, test_size=0.25, random_state=1)
model = smf.ols("sales ~ standardize(tv) + center(radio)", data=train).fit()
print(model.predict(test).head())
