import torch
from torch.utils.data import TensorDataset, Subset, DataLoader

blob = torch.load("covertype.pt")
full = TensorDataset(blob["x"], blob["y"])
train_ds, val_ds = Subset(full, blob["train_idx"].tolist()), Subset(full, blob["val_idx"].tolist())
print(len(DataLoader(train_ds, batch_size=1024)), len(DataLoader(val_ds, batch_size=4096)))
