import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LinearRegression

df = pd.read_csv("census.csv")
cols = ["age", "hours", "education_num"]
df[cols] = StandardScaler().fit_transform(df[cols])
have = df[df["income"].notnull()]
lack = df[df["income"].isnull()]
filler = LinearRegression().fit(have[cols], have["income"])
df.loc[df["income"].isnull(), "income"] = filler.predict(lack[cols])
df.to_csv("census_filled.csv", index=False)
