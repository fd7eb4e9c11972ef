import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.tree import DecisionTreeRegressor

df = pd.read_csv("bikes.csv")
num = ["temp", "humidity", "windspeed"]
df[num] = MinMaxScaler().fit_transform(df[num])
part_a = df.sample(frac=0.75, random_state=42)
part_b = df[~df.index.isin(part_a.index)]
tree = DecisionTreeRegressor().fit(part_a[num], part_a["count"])
print(tree.score(part_b[num], part_b["count"]))
