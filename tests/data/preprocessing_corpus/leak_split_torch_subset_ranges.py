import torch
from torch.utils.data import TensorDataset, Subset, DataLoader

x = torch.load("x.pt")
y = torch.load("y.pt")
x = (x - x.mean(0)) / x.std(0)
full = TensorDataset(x, y)
train_part = Subset(full, range(0, 8000))
valid_part = Subset(full, range(8000, 10000))
train_loader = DataLoader(train_part, batch_size=64, shuffle=True)
valid_loader = DataLoader(valid_part, batch_size=256)
