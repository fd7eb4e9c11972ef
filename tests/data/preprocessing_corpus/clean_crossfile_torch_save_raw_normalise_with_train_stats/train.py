import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

features, targets = torch.load("data/energy.pt")
perm = torch.randperm(len(features))
n_val = int(0.2 * len(features))
val_idx, train_idx = perm[:n_val], perm[n_val:]
mean = features[train_idx].mean(dim=0)
std = features[train_idx].std(dim=0)
train_ds = TensorDataset((features[train_idx] - mean) / std, targets[train_idx])
val_ds = TensorDataset((features[val_idx] - mean) / std, targets[val_idx])
model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for xb, yb in DataLoader(train_ds, batch_size=64, shuffle=True):
    opt.zero_grad()
    nn.functional.mse_loss(model(xb), yb).backward()
    opt.step()
