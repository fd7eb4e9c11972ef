import torch
from torch.utils.data import TensorDataset, Subset, DataLoader

x = torch.load("x.pt")
y = torch.load("y.pt")
train_idx, valid_idx = range(0, 8000), range(8000, 10000)
mean, std = x[:8000].mean(0), x[:8000].std(0)
x = (x - mean) / std
full = TensorDataset(x, y)
train_loader = DataLoader(Subset(full, train_idx), batch_size=64, shuffle=True)
valid_loader = DataLoader(Subset(full, valid_idx), batch_size=256)
