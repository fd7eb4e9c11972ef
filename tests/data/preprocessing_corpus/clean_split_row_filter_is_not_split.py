import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.cluster import KMeans

shops = pd.read_csv("shops.csv")
shops = shops[shops["revenue"].notnull()]
cols = ["revenue", "visitors", "area"]
shops[cols] = StandardScaler().fit_transform(shops[cols])
active = shops[shops["visitors"] > 0]
labels = KMeans(n_clusters=4, n_init=10).fit_predict(active[cols])
print(pd.Series(labels).value_counts())
