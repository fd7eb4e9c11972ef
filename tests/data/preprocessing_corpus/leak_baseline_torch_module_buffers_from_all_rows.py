import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split


class Net(nn.Module):
    def __init__(self, mean, std):
        super().__init__()
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)
        self.body = nn.Sequential(nn.Linear(mean.shape[0], 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, x):
        return self.body((x - self.mean) / self.std)


X = torch.load("X.pt")
y = torch.load("y.pt")
net = Net(X.mean(0), X.std(0))
train_ds, val_ds = random_split(TensorDataset(X, y), [0.8, 0.2])
opt = torch.optim.Adam(net.parameters())
for xb, yb in DataLoader(train_ds, batch_size=64, shuffle=True):
    opt.zero_grad()
    nn.functional.mse_loss(net(xb).squeeze(-1), yb).backward()
    opt.step()
with torch.no_grad():
    xv, yv = val_ds[:]
    print(nn.functional.mse_loss(net(xv).squeeze(-1), yv).item())
