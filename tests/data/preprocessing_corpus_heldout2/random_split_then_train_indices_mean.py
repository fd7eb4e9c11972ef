import numpy as np
import torch
from torch.utils.data import TensorDataset, random_split, DataLoader

arr = np.load("energy.npy").astype(np.float32)
x, y = torch.from_numpy(arr[:, :8]), torch.from_numpy(arr[:, 8:9])
train_sub, val_sub = random_split(TensorDataset(x, y), [0.8, 0.2], generator=torch.Generator().manual_seed(1))

idx = torch.tensor(train_sub.indices)
mu, sd = x[idx].mean(0), x[idx].std(0)
x_norm = (x - mu) / sd
train_ds = TensorDataset(x_norm[idx], y[idx])
val_ds = TensorDataset(x_norm[torch.tensor(val_sub.indices)], y[torch.tensor(val_sub.indices)])
print(len(DataLoader(train_ds, batch_size=32)), len(val_ds))
