import torch
from torch.utils.data import TensorDataset, random_split

blob = torch.load("cache/har_raw.pt")
x, y = blob["x"], blob["y"]
train_sub, val_sub = random_split(range(len(x)), [0.85, 0.15], generator=torch.Generator().manual_seed(7))
tr = torch.tensor(list(train_sub))
va = torch.tensor(list(val_sub))
mean, std = x[tr].mean(dim=(0, 1)), x[tr].std(dim=(0, 1))
train_ds = TensorDataset((x[tr] - mean) / std, y[tr])
val_ds = TensorDataset((x[va] - mean) / std, y[va])
print(len(train_ds), len(val_ds))
