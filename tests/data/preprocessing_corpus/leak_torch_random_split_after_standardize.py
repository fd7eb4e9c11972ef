import numpy as np
import torch
from torch.utils.data import DataLoader, TensorDataset, random_split

X = np.load("X.npy").astype(np.float32)
y = np.load("y.npy").astype(np.int64)
X = (X - X.mean(0)) / (X.std(0) + 1e-7)

dataset = TensorDataset(torch.from_numpy(X), torch.from_numpy(y))
train_set, val_set = random_split(dataset, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
train_loader = DataLoader(train_set, batch_size=64, shuffle=True)
val_loader = DataLoader(val_set, batch_size=256)
