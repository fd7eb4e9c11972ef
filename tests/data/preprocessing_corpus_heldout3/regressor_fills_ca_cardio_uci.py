import pandas as pd
from sklearn.tree import DecisionTreeRegressor
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("processed_cleveland.csv")
known = df[df["ca"].notna()]
unknown = df[df["ca"].isna()]
predictors = ['age', 'trestbps', 'chol', 'thalach', 'oldpeak']
filler = DecisionTreeRegressor(max_depth=6).fit(known[predictors], known["ca"])
df.loc[df["ca"].isna(), "ca"] = filler.predict(unknown[predictors])

scores = cross_val_score(LogisticRegression(max_iter=5000), df[['age', 'trestbps', 'chol', 'thalach', 'oldpeak', 'ca']], df["num"] > df["num"].median(), cv=5)
print(scores.mean())
