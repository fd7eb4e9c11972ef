import sys
import joblib
import pandas as pd
from sklearn.preprocessing import MinMaxScaler

train, test = pd.read_parquet(sys.argv[1]), pd.read_parquet(sys.argv[2])
num_cols = ["tenure", "MonthlyCharges"]
mm = MinMaxScaler().fit(train[num_cols])
train[num_cols], test[num_cols] = mm.transform(train[num_cols]), mm.transform(test[num_cols])
train.to_parquet(sys.argv[3])
test.to_parquet(sys.argv[4])
