import pandas as pd
from sklearn.tree import DecisionTreeRegressor
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("ames_train.csv")
known = df[df["LotFrontage"].notna()]
unknown = df[df["LotFrontage"].isna()]
predictors = ['LotArea', 'GrLivArea', 'YearBuilt', 'OverallQual']
filler = DecisionTreeRegressor(max_depth=6).fit(known[predictors], known["LotFrontage"])
df.loc[df["LotFrontage"].isna(), "LotFrontage"] = filler.predict(unknown[predictors])

scores = cross_val_score(LogisticRegression(max_iter=5000), df[['LotFrontage', 'LotArea', 'GrLivArea', 'YearBuilt', 'OverallQual']], df["SalePrice"] > df["SalePrice"].median(), cv=5)
print(scores.mean())
