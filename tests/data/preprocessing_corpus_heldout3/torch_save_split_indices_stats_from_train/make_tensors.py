import pandas as pd
import torch

df = pd.read_csv("covertype.csv")
x = torch.tensor(df.drop(columns="Cover_Type").to_numpy(), dtype=torch.float32)
y = torch.tensor(df["Cover_Type"].to_numpy() - 1)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
n_val = len(y) // 5
val_idx, train_idx = perm[:n_val], perm[n_val:]
mu, sd = x[train_idx].mean(0), x[train_idx].std(0) + 1e-6
torch.save({"x": (x - mu) / sd, "y": y, "train_idx": train_idx, "val_idx": val_idx}, "covertype.pt")
