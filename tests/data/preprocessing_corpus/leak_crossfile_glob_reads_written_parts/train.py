import glob

import pandas as pd
from sklearn.ensemble import IsolationForest
from sklearn.model_selection import train_test_split

logs = pd.concat([pd.read_parquet(p) for p in sorted(glob.glob("prepared/*.parquet"))])
train, test = train_test_split(logs, test_size=0.3, random_state=0)
iso = IsolationForest(random_state=0).fit(train[["latency", "latency_z"]])
print((iso.predict(test[["latency", "latency_z"]]) == -1).mean())
