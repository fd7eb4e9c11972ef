import numpy as np
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader, random_split

blob = np.load("processed/nir_pca30.npz")
ds = TensorDataset(torch.from_numpy(blob["X"]), torch.from_numpy(blob["y"]).unsqueeze(1))
train_ds, val_ds = random_split(ds, [0.85, 0.15], generator=torch.Generator().manual_seed(0))
net = nn.Sequential(nn.Linear(30, 64), nn.ReLU(), nn.Linear(64, 1))
opt = torch.optim.AdamW(net.parameters(), lr=2e-3)
for epoch in range(100):
    for xb, yb in DataLoader(train_ds, batch_size=32, shuffle=True):
        opt.zero_grad()
        nn.functional.mse_loss(net(xb), yb).backward()
        opt.step()
xv, yv = val_ds[:]
print("val RMSE", nn.functional.mse_loss(net(xv), yv).sqrt().item())
