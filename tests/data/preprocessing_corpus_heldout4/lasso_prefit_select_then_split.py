import pandas as pd
from sklearn.linear_model import Lasso
from sklearn.feature_selection import SelectFromModel
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor

crime = pd.read_csv("communities_and_crime.csv", na_values="?")
crime = crime.drop(columns=["state", "county", "community", "communityname", "fold"]).fillna(0.0)
target = crime.pop("ViolentCrimesPerPop")
lasso = Lasso(alpha=0.002, max_iter=20000)
lasso.fit(crime, target)
keep = SelectFromModel(lasso, prefit=True)
reduced = keep.transform(crime)
print("columns kept:", list(crime.columns[keep.get_support()]))

r_train, r_test, t_train, t_test = train_test_split(reduced, target, test_size=0.25, random_state=12)
forest = RandomForestRegressor(n_estimators=400, random_state=12).fit(r_train, t_train)
print("R2 on test", forest.score(r_test, t_test))
