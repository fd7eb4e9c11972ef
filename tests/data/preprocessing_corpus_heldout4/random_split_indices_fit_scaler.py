import numpy as np
import torch
from torch.utils.data import TensorDataset, DataLoader, random_split
from sklearn.preprocessing import StandardScaler
from torch import nn

arr = np.load("qsar_biodeg.npz")
X_raw, y = arr["X"].astype(np.float32), arr["y"].astype(np.int64)
index_ds = TensorDataset(torch.arange(len(y)))
train_idx_ds, val_idx_ds = random_split(index_ds, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
train_idx, val_idx = np.array(train_idx_ds.indices), np.array(val_idx_ds.indices)

scaler = StandardScaler().fit(X_raw[train_idx])
X_tr = torch.tensor(scaler.transform(X_raw[train_idx]), dtype=torch.float32)
X_va = torch.tensor(scaler.transform(X_raw[val_idx]), dtype=torch.float32)
net = nn.Sequential(nn.Linear(X_tr.shape[1], 64), nn.ReLU(), nn.Linear(64, 2))
opt = torch.optim.Adam(net.parameters(), 1e-3)
for _ in range(50):
    for xb, yb in DataLoader(TensorDataset(X_tr, torch.tensor(y[train_idx])), batch_size=64, shuffle=True):
        opt.zero_grad()
        nn.functional.cross_entropy(net(xb), yb).backward()
        opt.step()
print("val accuracy", (net(X_va).argmax(1).numpy() == y[val_idx]).mean())
