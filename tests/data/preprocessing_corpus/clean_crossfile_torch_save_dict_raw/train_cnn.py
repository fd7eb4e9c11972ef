import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

blob = torch.load("ecg_tensors.pt")
n_val = len(blob["labels"]) // 7
perm = torch.randperm(len(blob["labels"]), generator=torch.Generator().manual_seed(1))
train_idx, val_idx = perm[n_val:], perm[:n_val]
x_train, x_val = blob["signals"][train_idx], blob["signals"][val_idx]
mu, sigma = x_train.mean(dim=0, keepdim=True), x_train.std(dim=0, keepdim=True)
train_set = TensorDataset(((x_train - mu) / sigma).unsqueeze(1), blob["labels"][train_idx])
val_set = TensorDataset(((x_val - mu) / sigma).unsqueeze(1), blob["labels"][val_idx])
net = nn.Sequential(nn.Conv1d(1, 16, 7), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(16, 5))
opt = torch.optim.Adam(net.parameters())
for xb, yb in DataLoader(train_set, batch_size=128, shuffle=True):
    opt.zero_grad()
    nn.functional.cross_entropy(net(xb), yb).backward()
    opt.step()
