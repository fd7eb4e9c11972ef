import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor

df = pd.read_csv("wine_quality.csv")
feature_cols = [c for c in df.columns if c != "quality"]
df[feature_cols] = df[feature_cols].apply(lambda col: (col - col.min()) / (col.max() - col.min()))

train, test = train_test_split(df, test_size=0.25, random_state=0)
knn = KNeighborsRegressor(n_neighbors=7).fit(train[feature_cols], train["quality"])
print(knn.score(test[feature_cols], test["quality"]))
