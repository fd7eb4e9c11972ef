import pandas as pd
import yaml
from sklearn.model_selection import train_test_split

with open("params.yaml") as fh:
    params = yaml.safe_load(fh)

df = pd.read_csv(params["data"]["raw"])
train, test = train_test_split(df, test_size=params["split"]["test_size"], random_state=params["seed"])
train.to_csv(params["data"]["train"], index=False)
test.to_csv(params["data"]["test"], index=False)
