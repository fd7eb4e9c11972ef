import pandas as pd
from sklearn.preprocessing import MinMaxScaler
from sklearn.neighbors import KNeighborsClassifier

train_df = pd.read_csv("splits/train.csv")
valid_df = pd.read_csv("splits/valid.csv")
test_df = pd.read_csv("splits/test.csv")
cols = [c for c in train_df.columns if c != "label"]

scaler = MinMaxScaler().fit(pd.concat([train_df, valid_df])[cols])
Xtr, Xva, Xte = (scaler.transform(d[cols]) for d in (train_df, valid_df, test_df))
best_k = max(range(1, 31, 2), key=lambda k: KNeighborsClassifier(k).fit(Xtr, train_df["label"]).score(Xva, valid_df["label"]))
final = KNeighborsClassifier(best_k).fit(Xtr, train_df["label"])
print("k =", best_k, "test accuracy", final.score(Xte, test_df["label"]))
