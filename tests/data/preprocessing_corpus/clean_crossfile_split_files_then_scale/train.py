import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.neighbors import KNeighborsClassifier

train = pd.read_parquet("train.parquet")
test = pd.read_parquet("test.parquet")
scaler = MinMaxScaler().fit(train.drop(columns="label"))
knn = KNeighborsClassifier().fit(scaler.transform(train.drop(columns="label")), train["label"])
print(knn.score(scaler.transform(test.drop(columns="label")), test["label"]))
