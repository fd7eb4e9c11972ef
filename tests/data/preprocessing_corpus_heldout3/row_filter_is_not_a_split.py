import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.cluster import KMeans

mall = pd.read_csv("mall_customers.csv")
adults = mall[mall["Age"].notnull() & (mall["Age"] >= 18)]
cols = ["Annual Income (k$)", "Spending Score (1-100)"]
scaled = StandardScaler().fit_transform(adults[cols])
adults = adults.assign(segment=KMeans(n_clusters=5, n_init=10, random_state=0).fit_predict(scaled))
print(adults.groupby("segment")[cols].mean())
