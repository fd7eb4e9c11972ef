import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.tree import DecisionTreeRegressor

df = pd.read_csv("bikes.csv")
num = ["temp", "humidity", "windspeed"]
part_a = df.sample(frac=0.75, random_state=42)
part_b = df[~df.index.isin(part_a.index)]
scaler = MinMaxScaler().fit(part_a[num])
tree = DecisionTreeRegressor().fit(scaler.transform(part_a[num]), part_a["count"])
print(tree.score(scaler.transform(part_b[num]), part_b["count"]))
