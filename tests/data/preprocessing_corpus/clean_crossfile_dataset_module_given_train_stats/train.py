import pandas as pd
from sklearn.model_selection import train_test_split
from torch.utils.data import DataLoader

from dataset import TabularDataset

df = pd.read_csv("data/covertype.csv")
train_df, valid_df = train_test_split(df, test_size=0.15, random_state=3)
feats = train_df.drop(columns=["cover_type"]).values.astype("float32")
mean, std = feats.mean(axis=0), feats.std(axis=0) + 1e-8
train_dl = DataLoader(TabularDataset(train_df, "cover_type", mean, std), batch_size=256, shuffle=True)
valid_dl = DataLoader(TabularDataset(valid_df, "cover_type", mean, std), batch_size=512)
