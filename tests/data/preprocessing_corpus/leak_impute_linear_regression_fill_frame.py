import pandas as pd
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import cross_val_score

df = pd.read_csv("health.csv")
predictors = ["height", "age", "sex"]
observed = df.dropna(subset=["weight"])
filler = LinearRegression()
filler.fit(observed[predictors], observed["weight"])
gaps = df["weight"].isna()
df.loc[gaps, "weight"] = filler.predict(df.loc[gaps, predictors])
print(cross_val_score(LogisticRegression(), df[predictors + ["weight"]], df["diabetic"], cv=5).mean())
