import pandas as pd
import yaml
from sklearn.preprocessing import StandardScaler

with open("params.yaml") as fh:
    params = yaml.safe_load(fh)

df = pd.read_csv(params["data"]["raw"])
num = params["features"]["numeric"]
df[num] = StandardScaler().fit_transform(df[num])
df.to_csv(params["data"]["prepared"], index=False)
